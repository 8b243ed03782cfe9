import Localization

/// `--json` and `--lang` as plain values: what a command's run and its settings read, made by
/// ArgumentParser's `OutputOptions` or by a direct read of a plain line.
struct OutputChoice: Equatable, Sendable {
    var json = false
    var lang: Language?

    /// The options from a plain line (`DirectlyParsed`); nil for a `--lang` that `OutputOptions`
    /// would refuse, which ArgumentParser then reports.
    static func direct(_ arguments: inout DirectArguments) -> OutputChoice? {
        let json = arguments.flag("json")
        guard let text = arguments.option("lang") else { return OutputChoice(json: json) }
        guard let language = try? OutputOptions.language(text) else { return nil }
        return OutputChoice(json: json, lang: language)
    }
}
