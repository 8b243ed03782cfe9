import Platform

/// `products.json` read through `JSONReader`, field by field.
///
/// Not JSONDecoder: its keyed containers and UUID parsing took 18 M instructions of a 49 M
/// `products --json` (issue 15). A field that is missing, of the wrong kind or not a valid value
/// is named with its place, `products[3].skuID is missing`, as the catalog's errors always said.
enum CatalogFileReader {
    /// Why a well-formed JSON text is not a catalog: the place and what is wrong there.
    struct Problem: Error {
        let detail: String
    }

    /// The file's `schemaVersion`, read first so that a future file gets "unsupported version",
    /// not a shape error.
    static func schemaVersion(of root: JSONValue) throws(Problem) -> Int {
        try Field(root).integer("schemaVersion")
    }

    static func products(of root: JSONValue) throws(Problem) -> [Product] {
        let list = try Field(root).array("products")
        var products: [Product] = []
        products.reserveCapacity(list.count)
        for (index, entry) in list.enumerated() {
            products.append(try product(Field(entry, index: index)))
        }
        return products
    }

    private static func product(_ entry: Field) throws(Problem) -> Product {
        let family: Product.Family = try entry.word("family")
        return Product(
            shortName: try entry.string("shortName"), displayName: try entry.string("displayName"), family: family,
            release: try entry.string("release"), applicationID: try entry.uuid("applicationID"),
            skuID: try entry.uuid("skuID"), kmsCountedID: try entry.uuid("kmsCountedID"),
            protocolVersion: try entry.integer("protocolVersion"), gvlk: try entry.string("gvlk"),
            minimumCount: try entry.integer("minimumCount"), kind: try entry.optionalWord("kind"),
            aliases: try entry.optionalStrings("aliases") ?? [], officeFolder: try entry.optionalString("officeFolder"))
    }

    /// One object of the file and its place in it, for the error messages.
    private struct Field {
        let value: JSONValue
        /// The entry's index in `products`; nil for the top level.
        let index: Int?

        init(_ value: JSONValue, index: Int? = nil) {
            self.value = value
            self.index = index
        }

        /// `products[3]`, written only for an error message; empty for the top level.
        var place: String { index.map { "products[\($0)]" } ?? "" }

        func path(_ key: String) -> String { place.isEmpty ? key : place + "." + key }

        /// The member `key`, present and not null.
        func required(_ key: String) throws(Problem) -> JSONValue {
            guard case .object = value else {
                throw Problem(detail: "\(place.isEmpty ? "the top level" : place) should be an object, not \(value.kindName)")
            }
            guard let member = value.member(key) else { throw Problem(detail: "\(path(key)) is missing") }
            if case .null = member { throw Problem(detail: "\(path(key)) should have a value, not null") }
            return member
        }

        /// The member `key`, or nil when it is absent or null.
        func optional(_ key: String) throws(Problem) -> JSONValue? {
            guard let member = value.member(key) else { return nil }
            if case .null = member { return nil }
            return member
        }

        func mismatch(_ key: String, _ expected: String, _ found: JSONValue) -> Problem {
            Problem(detail: "\(path(key)) should be \(expected), not \(found.kindName)")
        }

        func string(_ key: String) throws(Problem) -> String {
            let member = try required(key)
            guard case let .string(text) = member else { throw mismatch(key, "a string", member) }
            return text
        }

        func optionalString(_ key: String) throws(Problem) -> String? {
            guard let member = try optional(key) else { return nil }
            guard case let .string(text) = member else { throw mismatch(key, "a string", member) }
            return text
        }

        func optionalStrings(_ key: String) throws(Problem) -> [String]? {
            guard let member = try optional(key) else { return nil }
            guard case let .array(items) = member else { throw mismatch(key, "an array of strings", member) }
            var texts: [String] = []
            for (index, item) in items.enumerated() {
                guard case let .string(text) = item else { throw mismatch("\(key)[\(index)]", "a string", item) }
                texts.append(text)
            }
            return texts
        }

        func array(_ key: String) throws(Problem) -> [JSONValue] {
            let member = try required(key)
            guard case let .array(items) = member else { throw mismatch(key, "an array", member) }
            return items
        }

        func integer(_ key: String) throws(Problem) -> Int {
            let member = try required(key)
            guard case let .number(text) = member, let number = Int(text) else { throw mismatch(key, "a whole number", member) }
            return number
        }

        func uuid(_ key: String) throws(Problem) -> UUID {
            let text = try string(key)
            guard let uuid = UUIDText.uuid(text) else { throw Problem(detail: "\(path(key)): \"\(text)\" is not a UUID") }
            return uuid
        }

        /// One of the enum's words (`windows`, `office`).
        func word<Word: RawRepresentable & CaseIterable>(_ key: String) throws(Problem) -> Word where Word.RawValue == String {
            let text = try string(key)
            guard let word = Word(rawValue: text) else {
                throw Problem(detail: "\(path(key)): \"\(text)\" is not one of \(Word.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return word
        }

        func optionalWord<Word: RawRepresentable & CaseIterable>(_ key: String) throws(Problem) -> Word? where Word.RawValue == String {
            guard try optional(key) != nil else { return nil }
            return try word(key) as Word
        }
    }
}
