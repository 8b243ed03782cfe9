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
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .zhTW
        }
        return .zhTW
    }

    /// The other language: what the `l` key in the wizard switches to.
    public var other: Language { self == .zhTW ? .en : .zhTW }
}
