import Activation
import Localization

/// Catalog errors as command-line failures in the user's language, for every command that loads
/// the catalog or takes `--product` (products, activate, script, renew, the wizard).
extension CLIFailure {
    /// A catalog file that cannot be used: exit 72 when it is missing, 74 when unreadable, 65 when broken.
    static func catalog(_ error: CatalogError, _ t: Localizer, json: Bool = false) -> CLIFailure {
        let status: ExitStatus
        let message: String
        switch error {
        case let .missing(name, searched):
            status = .missingResource
            message = t("catalog.error.missing", ["name": name, "searched": searched.joined(separator: ", ")])
        case let .unreadable(path, reason):
            status = .ioError
            message = t("catalog.error.unreadable", ["path": path, "reason": reason])
        case let .tooLarge(path, bytes, limit):
            status = .dataError
            message = t("catalog.error.tooLarge", ["path": path, "bytes": String(bytes), "limit": String(limit)])
        case let .malformed(path, detail):
            status = .dataError
            message = t("catalog.error.malformed", ["path": path, "detail": detail])
        case let .unsupportedSchema(path, found, supported):
            status = .dataError
            message = t("catalog.error.unsupportedSchema", ["path": path, "found": String(found), "supported": String(supported)])
        case let .invalid(path, problems):
            status = .dataError
            message = t("catalog.error.invalid", ["path": path, "count": String(problems.count),
                                                  "problems": problems.prefix(10).joined(separator: "; ")])
        }
        return CLIFailure(status: status, code: "catalog", message: message, hint: t("catalog.error.hint"), json: json)
    }

    /// A product name that picks no single entry: exit 64, listing what the user may have meant.
    static func product(_ error: ProductLookupError, _ t: Localizer, json: Bool = false) -> CLIFailure {
        let names = error.suggestions.map { "\($0.shortName) (\($0.displayName))" }.joined(separator: ", ")
        switch error {
        case let .notFound(query, closest):
            var message = t("catalog.lookup.notFound", ["query": query])
            if !closest.isEmpty { message += " " + t("catalog.lookup.closest", ["names": names]) }
            return CLIFailure(status: .usage, code: "unknown-product", message: message, hint: t("catalog.lookup.hint"), json: json)
        case let .ambiguous(query, _):
            return CLIFailure(status: .usage, code: "ambiguous-product",
                              message: t("catalog.lookup.ambiguous", ["query": query, "names": names]),
                              hint: t("catalog.lookup.hint"), json: json)
        }
    }
}
