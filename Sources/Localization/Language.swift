import KMSCore

/// The two languages every user-facing text exists in.
///
/// Traditional Chinese is the default because the campus guide is written in it; English is
/// chosen by `--lang en`, or by a locale environment that says English.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zhTW = "zh-TW"
    case en

    /// Accepts the spellings people type: `zh-TW`, `zh_TW`, `zh`, `tw`, `en`, `en_US.UTF-8`...
    public init?(argument: String) {
        let lowered = String(argument.lowercased().map { $0 == "_" ? "-" : $0 })
        if lowered == "zh-tw" || lowered == "zh" || lowered == "tw" || lowered.hasPrefix("zh-tw") || lowered.hasPrefix("zh-hant") {
            self = .zhTW
        } else if lowered == "en" || lowered.hasPrefix("en-") || lowered.hasPrefix("en.") {
            self = .en
        } else {
            return nil
        }
    }

    /// The language the environment asks for, following POSIX precedence (LC_ALL, LC_MESSAGES,
    /// LANG); anything that is not English keeps the default, Traditional Chinese.
    public static func fromEnvironment(_ environment: Variables) -> Language {
        guard let name = localeVariable(in: environment), let value = environment[name] else { return .zhTW }
        return value.lowercased().hasPrefix("en") ? .en : .zhTW
    }

    /// The locale variable that decides the language when nothing else does: the first of
    /// LC_ALL, LC_MESSAGES and LANG that is set and not empty (the POSIX order, written only here).
    public static func localeVariable(in environment: Variables) -> String? {
        ["LC_ALL", "LC_MESSAGES", "LANG"].first { environment[$0].map { !$0.isEmpty } ?? false }
    }

    /// The other language: what the `l` key in the wizard switches to.
    public var other: Language { self == .zhTW ? .en : .zhTW }
}
