import KMSCore
import Localization

/// Catalog errors as command-line failures in the user's language, for every command that loads
/// the catalog or takes `--product` (products, activate, script, renew, the wizard).
extension CLIFailure {
    /// A catalog file that cannot be used: `catalog-missing` (72), `catalog-io` (74) or, broken, `catalog` (65).
    static func catalog(_ error: CatalogError, _ t: Localizer, json: Bool = false) -> CLIFailure {
        let code: CLIErrorCode = switch error {
        case .missing: .catalogMissing
        case .unreadable: .catalogIO
        case .tooLarge, .malformed, .unsupportedSchema, .invalid: .catalog
        }
        return CLIFailure(code, message: error.text(t), hint: t("catalog.error.hint"), json: json)
    }

    /// A product name that picks no single entry: exit 64, listing what the user may have meant.
    static func product(_ error: ProductLookupError, _ t: Localizer, json: Bool = false) -> CLIFailure {
        let names = error.suggestions.map { "\($0.shortName) (\($0.displayName))" }.joined(separator: ", ")
        let (code, message): (CLIErrorCode, String) = switch error {
        case let .notFound(query, closest):
            (.unknownProduct, t("catalog.lookup.notFound", ["query": query])
                + (closest.isEmpty ? "" : " " + t("catalog.lookup.closest", ["names": names])))
        case let .ambiguous(query, _):
            (.ambiguousProduct, t("catalog.lookup.ambiguous", ["query": query, "names": names]))
        }
        return CLIFailure(code, message: message, hint: t("catalog.lookup.hint"), json: json)
    }
}
