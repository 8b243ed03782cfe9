import KMSCore

extension CatalogError {
    /// The catalog's problem in the reader's language (the commands and the wizard say the same).
    public func text(_ t: Localizer) -> String {
        switch self {
        case let .missing(name, searched):
            t("catalog.error.missing", ["name": name, "searched": searched.joined(separator: ", ")])
        case let .unreadable(path, reason):
            t("catalog.error.unreadable", ["path": path, "reason": reason])
        case let .tooLarge(path, bytes, limit):
            t("catalog.error.tooLarge", ["path": path, "bytes": String(bytes), "limit": String(limit)])
        case let .malformed(path, detail):
            t("catalog.error.malformed", ["path": path, "detail": detail])
        case let .unsupportedSchema(path, found, supported):
            t("catalog.error.unsupportedSchema", ["path": path, "found": String(found), "supported": String(supported)])
        case let .invalid(path, problems):
            t("catalog.error.invalid", ["path": path, "count": String(problems.count), "problems": problems.prefix(10).joined(separator: "; ")])
        }
    }
}
