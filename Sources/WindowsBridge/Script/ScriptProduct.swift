import KMSCore

/// What a Windows activation script needs to know about one product, each value checked so that
/// nothing a batch file or cmd.exe would interpret can reach the generated commands.
public struct ScriptProduct: Sendable, Equatable {
    public enum Family: Sendable, Equatable {
        case windows
        /// Office, with its `OfficeNN` folder under `Microsoft Office` (Office14 = 2010, Office15 = 2013, Office16 = 2016 and later).
        case office(folder: String)
    }

    public let shortName: String
    public let displayName: String
    public let family: Family
    /// The public KMS client setup key (GVLK).
    public let gvlk: String

    /// Checks every field; the display name is only ever echoed, escaped, so it may hold spaces and parentheses.
    public init(shortName: String, displayName: String, family: Family, gvlk: String) throws(WindowsScriptError) {
        guard !shortName.isEmpty, shortName.count <= 64,
              shortName.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == ".") }) else {
            throw .badProductName(shortName)
        }
        guard !displayName.isEmpty, displayName.count <= 120,
              !displayName.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "%" || $0 == "!" || $0 == "\"" }) else {
            throw .badDisplayName(shortName)
        }
        guard Self.isGVLK(gvlk) else { throw .badKey(shortName) }
        if case let .office(folder) = family {
            guard folder.count == 8, folder.hasPrefix("Office"), folder.dropFirst(6).allSatisfy(\.isASCIIDigit) else {
                throw .badOfficeFolder(shortName, folder)
            }
        }
        self.shortName = shortName
        self.displayName = displayName
        self.family = family
        self.gvlk = gvlk
    }

    public var isOffice: Bool {
        if case .office = family { return true }
        return false
    }

    public var officeFolder: String? {
        if case let .office(folder) = family { return folder }
        return nil
    }

    /// Five groups of five capital letters or digits: `NPPR9-FWDCX-D2C8J-H872K-2YT43`.
    static func isGVLK(_ key: String) -> Bool {
        let groups = key.split(separator: "-", omittingEmptySubsequences: false)
        return groups.count == 5 && groups.allSatisfy { group in
            group.count == 5 && group.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        }
    }
}

extension ScriptProduct {
    /// The catalog entry's values, checked again here because they end up in a batch file.
    public init(_ product: Product) throws(WindowsScriptError) {
        let family: Family
        switch product.family {
        case .windows: family = .windows
        case .office:
            guard let folder = product.officeFolder else { throw .badOfficeFolder(product.shortName, "(none)") }
            family = .office(folder: folder)
        }
        try self.init(shortName: product.shortName, displayName: product.displayName, family: family, gvlk: product.gvlk)
    }
}
