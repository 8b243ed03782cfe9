import Platform

/// One volume-licensed edition that a KMS host can activate: the IDs the request carries, the
/// protocol version its client speaks, its public KMS client setup key (GVLK), and the count the
/// host must reach before it activates this product group.
///
/// Entries come from `Resources/products.json` (see `ProductCatalog`); the catalog validates them
/// on load, so code that holds a `Product` may trust its names and folder to be plain, typeable text.
public struct Product: Encodable, Sendable, Hashable, Identifiable {
    public enum Family: String, Encodable, Sendable, CaseIterable { case windows, office }

    /// What the host counts it as: Windows client editions need 25 machines, servers and Office 5.
    public enum Kind: String, Encodable, Sendable, CaseIterable { case client, server, office }

    /// Short, typeable, stable name: `win10-enterprise`, `office2016-proplus`. Also the key in the state file.
    public let shortName: String
    /// As Microsoft names it: "Windows 10/11 Enterprise".
    public let displayName: String
    public let family: Family
    public let kind: Kind
    /// The release it belongs to, as users say it: "7", "10/11", "Server 2019", "2016".
    public let release: String
    public let applicationID: UUID
    public let skuID: UUID
    public let kmsCountedID: UUID
    /// KMS protocol major version the product's client speaks: 4, 5 or 6.
    public let protocolVersion: Int
    /// The public KMS client setup key.
    public let gvlk: String
    /// The host's activation threshold for this product group: 25 Windows clients, 5 servers and Office.
    public let minimumCount: Int
    /// Other short names that mean this entry, e.g. `win11-enterprise` for the shared Windows 10/11 SKU.
    public let aliases: [String]
    /// Office only: the folder under `Microsoft Office\` that holds `ospp.vbs` (`Office14`, `Office15`, `Office16`).
    public let officeFolder: String?

    public var id: String { shortName }

    public init(shortName: String, displayName: String, family: Family, release: String,
                applicationID: UUID, skuID: UUID, kmsCountedID: UUID,
                protocolVersion: Int, gvlk: String, minimumCount: Int,
                kind: Kind? = nil, aliases: [String] = [], officeFolder: String? = nil) {
        self.shortName = shortName
        self.displayName = displayName
        self.family = family
        self.kind = kind ?? Self.impliedKind(family: family, minimumCount: minimumCount)
        self.release = release
        self.applicationID = applicationID
        self.skuID = skuID
        self.kmsCountedID = kmsCountedID
        self.protocolVersion = protocolVersion
        self.gvlk = gvlk
        self.minimumCount = minimumCount
        self.aliases = aliases
        self.officeFolder = officeFolder
    }

    /// The kind a family and threshold imply, for entries written before `kind` existed.
    static func impliedKind(family: Family, minimumCount: Int) -> Kind {
        switch family {
        case .office: .office
        case .windows: minimumCount < 25 ? .server : .client
        }
    }

    enum CodingKeys: String, CodingKey {
        case shortName, displayName, family, kind, release, applicationID, skuID, kmsCountedID
        case protocolVersion, gvlk, minimumCount, aliases, officeFolder
    }

    /// Every key always present (`officeFolder` as null for Windows), GUIDs in lower case as
    /// Microsoft's tools print them, so `--json` consumers see one stable shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(shortName, forKey: .shortName)
        try container.encode(displayName, forKey: .displayName)
        try container.encode(family, forKey: .family)
        try container.encode(kind, forKey: .kind)
        try container.encode(release, forKey: .release)
        try container.encode(UUIDText.lowercased(applicationID), forKey: .applicationID)
        try container.encode(UUIDText.lowercased(skuID), forKey: .skuID)
        try container.encode(UUIDText.lowercased(kmsCountedID), forKey: .kmsCountedID)
        try container.encode(protocolVersion, forKey: .protocolVersion)
        try container.encode(gvlk, forKey: .gvlk)
        try container.encode(minimumCount, forKey: .minimumCount)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(officeFolder, forKey: .officeFolder)
    }
}
