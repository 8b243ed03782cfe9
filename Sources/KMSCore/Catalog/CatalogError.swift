/// Why the product catalog file could not be used. Every case names the file, and says what is
/// wrong in words a help desk can act on; none of them is ever a crash.
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `products.json` in any of the places searched.
    case missing(name: String, searched: [String])
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is larger than any real catalog, so it is refused before it is read.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// Not JSON, or JSON of the wrong shape; `detail` names the place (`products[3].skuID`).
    case malformed(path: String, detail: String)
    /// Written for another version of kmswizard.
    case unsupportedSchema(path: String, found: Int, supported: Int)
    /// Well-formed, but the entries break the catalog's rules (duplicates, bad keys, ...).
    case invalid(path: String, problems: [String])

    /// The file the error is about (for `missing`, the name looked for).
    public var path: String {
        switch self {
        case let .missing(name, _): name
        case let .unreadable(path, _), let .tooLarge(path, _, _), let .malformed(path, _),
             let .unsupportedSchema(path, _, _), let .invalid(path, _): path
        }
    }

    public var description: String {
        switch self {
        case let .missing(name, searched):
            "product catalog \(name) not found; looked in: \(searched.joined(separator: ", ")) (set KMSWIZARD_RESOURCES to the folder that holds it)"
        case let .unreadable(path, reason):
            "product catalog \(path) cannot be read: \(reason)"
        case let .tooLarge(path, bytes, limit):
            "product catalog \(path) is \(bytes) bytes, more than the \(limit) a catalog can be"
        case let .malformed(path, detail):
            "product catalog \(path) is not valid: \(detail)"
        case let .unsupportedSchema(path, found, supported):
            "product catalog \(path) has schemaVersion \(found); this kmswizard reads version \(supported) (install the matching kmswizard)"
        case let .invalid(path, problems):
            "product catalog \(path) has \(problems.count) problem(s): \(problems.joined(separator: "; "))"
        }
    }
}
