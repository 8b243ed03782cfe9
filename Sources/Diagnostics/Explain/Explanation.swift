import KMSCore
import Localization

/// What `kmswizard explain` says about one code, in one language; its Codable keys are the
/// command's JSON keys (`code`, `known`, `name`, `title`, `cause`, `fix`, `guide`).
public struct Explanation: Sendable, Equatable, Codable {
    /// The canonical form, `0xC004F074`.
    public var code: String
    public var known: Bool
    /// The symbolic name (`SL_E_VL_BINDING_SERVICE_UNAVAILABLE`), when documented.
    public var name: String?
    public var title: String
    public var cause: String
    public var fix: String
    /// Whether the campus guide lists this code.
    public var guide: Bool

    /// The catalog's texts for `code`, or an honest "not known" that guesses nothing.
    public init(code: ActivationErrorCode, localizer t: Localizer) {
        self.code = code.hex
        guard let entry = ErrorCatalog.entry(for: code) else {
            known = false
            name = nil
            title = t("explain.unknown.title", ["code": code.hex])
            cause = t("explain.unknown.cause", ["code": code.hex])
            fix = t("explain.unknown.fix", ["code": code.hex])
            guide = false
            return
        }
        known = true
        name = entry.name
        title = t(entry.key(.title), ErrorCatalog.textArguments)
        cause = t(entry.key(.cause), ErrorCatalog.textArguments)
        fix = t(entry.key(.fix), ErrorCatalog.textArguments)
        guide = entry.inGuide
    }
}
