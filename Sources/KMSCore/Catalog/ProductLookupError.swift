/// A product name that does not pick exactly one catalog entry. Both cases carry the entries to
/// offer instead, so the command line and the wizard can show them.
public enum ProductLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing matched; `closest` holds the nearest entries by spelling and shared words (may be empty).
    case notFound(query: String, closest: [Product])
    /// Several entries match equally well; `candidates` lists them, best first.
    case ambiguous(query: String, candidates: [Product])

    public var query: String {
        switch self {
        case let .notFound(query, _), let .ambiguous(query, _): query
        }
    }

    /// The entries the user probably meant.
    public var suggestions: [Product] {
        switch self {
        case let .notFound(_, closest): closest
        case let .ambiguous(_, candidates): candidates
        }
    }

    public var description: String {
        let names = suggestions.map { "\($0.shortName) (\($0.displayName))" }.joined(separator: ", ")
        switch self {
        case let .notFound(query, closest):
            return closest.isEmpty
                ? "no product matches \"\(query)\"; run `kmswizard products` for the list"
                : "no product matches \"\(query)\"; closest: \(names)"
        case let .ambiguous(query, _):
            return "\"\(query)\" matches several products: \(names); give one of these short names"
        }
    }
}
