import Activation
import Localization

/// Catalog errors as command-line failures in the user's language, for every command that loads
/// the catalog or takes `--product` (products, activate, script, renew, the wizard).
extension CLIFailure {
    /// A catalog file that cannot be used: exit 72 when it is missing, 74 when unreadable, 65 when broken.
    static func catalog(_ error: CatalogError, _ t: Localizer, json: Bool = false) -> CLIFailure {
        let (status, key, arguments): (ExitStatus, String, [String: String]) = switch error {
        case let .missing(name, searched):
            (.missingResource, "catalog.error.missing", ["name": name, "searched": searched.joined(separator: ", ")])
        case let .unreadable(path, reason):
            (.ioError, "catalog.error.unreadable", ["path": path, "reason": reason])
        case let .tooLarge(path, bytes, limit):
            (.dataError, "catalog.error.tooLarge", ["path": path, "bytes": String(bytes), "limit": String(limit)])
        case let .malformed(path, detail):
            (.dataError, "catalog.error.malformed", ["path": path, "detail": detail])
        case let .unsupportedSchema(path, found, supported):
            (.dataError, "catalog.error.unsupportedSchema", ["path": path, "found": String(found), "supported": String(supported)])
        case let .invalid(path, problems):
            (.dataError, "catalog.error.invalid", ["path": path, "count": String(problems.count),
                                                   "problems": problems.prefix(10).joined(separator: "; ")])
        }
        return CLIFailure(status: status, code: "catalog", message: t(key, arguments), hint: t("catalog.error.hint"), json: json)
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
