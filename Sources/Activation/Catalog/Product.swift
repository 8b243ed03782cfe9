#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One volume-licensed edition that a KMS host can activate: the IDs the request carries, the
/// protocol version its client speaks, its public KMS client setup key (GVLK), and the count the
/// host must reach before it activates this product group.
public struct Product: Codable, Sendable, Hashable, Identifiable {
    public enum Family: String, Codable, Sendable { case windows, office }

    /// Short, typeable, stable name: `win10-enterprise`, `office2016-proplus`. Also the key in the state file.
    public let shortName: String
    /// As Microsoft names it: "Windows 10/11 Enterprise".
    public let displayName: String
    public let family: Family
    /// The release it belongs to, as users say it: "7", "10", "11", "Server 2019", "2016".
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

    public var id: String { shortName }

    public init(shortName: String, displayName: String, family: Family, release: String,
                applicationID: UUID, skuID: UUID, kmsCountedID: UUID,
                protocolVersion: Int, gvlk: String, minimumCount: Int) {
        self.shortName = shortName
        self.displayName = displayName
        self.family = family
        self.release = release
        self.applicationID = applicationID
        self.skuID = skuID
        self.kmsCountedID = kmsCountedID
        self.protocolVersion = protocolVersion
        self.gvlk = gvlk
        self.minimumCount = minimumCount
    }
}
