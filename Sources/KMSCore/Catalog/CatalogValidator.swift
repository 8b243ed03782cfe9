import Platform

/// The rules every catalog entry must meet. Beyond catching typos in the data, they are what lets
/// the script generator and the state file use names and folders without quoting worries: short
/// names and Office folders are plain `[a-z0-9-]` / `OfficeNN` text, display names hold no control
/// characters.
enum CatalogValidator {
    static let windowsApplicationID = UUID(uuidString: "55c92734-d682-4d71-983e-d6ec3f16059f")!
    static let office2010ApplicationID = UUID(uuidString: "59a52881-a989-479d-af46-f275c6370663")!
    static let office2013PlusApplicationID = UUID(uuidString: "0ff1ce15-a989-479d-af46-f275c6370663")!
    static let protocolVersions = 4...6
    static let officeFolders: Set<String> = ["Office14", "Office15", "Office16"]

    /// Every broken rule, in entry order, each naming the entry; empty when the catalog is sound.
    static func problems(in products: [Product]) -> [String] {
        guard !products.isEmpty else { return ["the catalog lists no products"] }
        var problems: [String] = []
        var names: [String: String] = [:]   // lower-cased name or alias -> entry that owns it
        var skus: [UUID: String] = [:]
        // Sized up front: growing entry by entry, the names table was reallocated and rehashed eight times.
        names.reserveCapacity(2 * products.count)
        skus.reserveCapacity(products.count)
        for (index, product) in products.enumerated() {
            // Written only for a problem: most entries have none.
            func label() -> String { "products[\(index)] (\(product.shortName.isEmpty ? "no shortName" : product.shortName))" }
            problems += entryProblems(product).map { "\(label()): \($0)" }
            for name in [product.shortName] + product.aliases {
                let key = name.lowercased()
                if let owner = names[key] {
                    problems.append("\(label()): name \"\(name)\" is already used by \(owner)")
                } else {
                    names[key] = product.shortName
                }
            }
            if let owner = skus[product.skuID] {
                problems.append("\(label()): SKU ID \(UUIDText.lowercased(product.skuID)) is already used by \(owner)")
            } else {
                skus[product.skuID] = product.shortName
            }
        }
        return problems
    }

    /// The rules about one entry on its own.
    static func entryProblems(_ product: Product) -> [String] {
        var problems: [String] = []
        for name in [product.shortName] + product.aliases where !isShortName(name) {
            problems.append("name \"\(name)\" must be 1 to 40 lower-case letters, digits and inner hyphens")
        }
        if product.displayName.isEmpty || isLonger(product.displayName, than: 80)
            || product.displayName.unicodeScalars.contains(where: isControl) {
            problems.append("displayName must be 1 to 80 printable characters")
        }
        if product.release.isEmpty || isLonger(product.release, than: 40) {
            problems.append("release must be 1 to 40 characters")
        }
        if !protocolVersions.contains(product.protocolVersion) {
            problems.append("protocolVersion \(product.protocolVersion) is not 4, 5 or 6")
        }
        if product.minimumCount <= 0 || product.minimumCount > 1000 {
            problems.append("minimumCount \(product.minimumCount) must be between 1 and 1000")
        }
        if !isGVLK(product.gvlk) {
            problems.append("gvlk \"\(product.gvlk)\" is not five groups of five letters/digits (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)")
        }
        problems += familyProblems(product)
        return problems
    }

    /// Application ID, kind and Office folder must agree with the family.
    static func familyProblems(_ product: Product) -> [String] {
        var problems: [String] = []
        switch product.family {
        case .windows:
            if product.applicationID != windowsApplicationID {
                problems.append("a Windows product must have application ID \(UUIDText.lowercased(windowsApplicationID))")
            }
            if product.kind == .office { problems.append("a Windows product cannot be of kind office") }
            if product.officeFolder != nil { problems.append("a Windows product has no officeFolder") }
        case .office:
            if product.applicationID != office2010ApplicationID && product.applicationID != office2013PlusApplicationID {
                problems.append("an Office product must have the Office 2010 or Office 2013+ application ID")
            }
            if product.kind != .office { problems.append("an Office product must be of kind office") }
            if let folder = product.officeFolder {
                if !officeFolders.contains(folder) {
                    problems.append("officeFolder \"\(folder)\" is not one of \(officeFolders.sorted().joined(separator: ", "))")
                }
            } else {
                problems.append("an Office product needs its officeFolder (Office14, Office15 or Office16)")
            }
        }
        return problems
    }

    static func isShortName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...40).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else {
            return false
        }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    /// Five groups of five, byte by byte: splitting the key into Substrings cost more than
    /// reading the rest of its entry (issue 15).
    static func isGVLK(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            bytes.count == 29 && bytes.indices.allSatisfy { index in
                index % 6 == 5 ? bytes[index] == UInt8(ascii: "-") : isUpperAlphanumeric(bytes[index])
            }
        }
    }

    /// More than `limit` characters. Counting characters walks grapheme breaks, so text of no
    /// more UTF-8 bytes than the limit, which cannot have more characters, is not counted.
    private static func isLonger(_ text: String, than limit: Int) -> Bool {
        text.utf8.count > limit && text.count > limit
    }

    /// General category Cc, which Unicode's stability policy fixes as U+0000-U+001F and
    /// U+007F-U+009F; looking the category up in the property tables cost a few hundred
    /// instructions a scalar.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isUpperAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
