import KMSCore
import Localization

/// Catalog errors as command-line failures in the user's language, for every command that loads
/// the catalog or takes `--product` (products, activate, script, renew, the wizard).
extension CLIFailure {
    /// A catalog file that cannot be used: exit 72 when it is missing, 74 when unreadable, 65 when broken.
    static func catalog(_ error: CatalogError, _ t: Localizer, json: Bool = false) -> CLIFailure {
        let status: ExitStatus = switch error {
        case .missing: .missingResource
        case .unreadable: .ioError
        case .tooLarge, .malformed, .unsupportedSchema, .invalid: .dataError
        }
        return CLIFailure(status: status, code: "catalog", message: error.text(t), hint: t("catalog.error.hint"), json: json)
    }

    /// A product name that picks no single entry: exit 64, listing what the user may have meant.
    static func product(_ error: ProductLookupError, _ t: Localizer, json: Bool = false) -> CLIFailure {
        let names = error.suggestions.map { "\($0.shortName) (\($0.displayName))" }.joined(separator: ", ")
        let (code, message): (String, String) = switch error {
        case let .notFound(query, closest):
            ("unknown-product", t("catalog.lookup.notFound", ["query": query])
                + (closest.isEmpty ? "" : " " + t("catalog.lookup.closest", ["names": names])))
        case let .ambiguous(query, _):
            ("ambiguous-product", t("catalog.lookup.ambiguous", ["query": query, "names": names]))
        }
        return CLIFailure(status: .usage, code: code, message: message, hint: t("catalog.lookup.hint"), json: json)
    }
}
