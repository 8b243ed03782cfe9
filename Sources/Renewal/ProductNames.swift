import KMSCore

/// Display names for the short names a state file keys its records by; a name the catalog does
/// not know (a record from another kmswizard version) shows as itself.
public struct ProductNames: Sendable {
    private let names: [String: String]

    public init(_ products: [Product]) {
        names = Dictionary(products.map { ($0.shortName, $0.displayName) }, uniquingKeysWith: { first, _ in first })
    }

    public func callAsFunction(_ shortName: String) -> String {
        names[shortName] ?? shortName
    }
}
