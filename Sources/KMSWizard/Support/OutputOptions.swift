import ArgumentParser
import Localization

/// `--json` and `--lang`: how a command speaks, shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: HelpText.argument("option.json"))
    var json = false

    @Option(name: .long, help: HelpText.argument("option.lang", valueName: "zh-TW|en"),
            completion: .list(Language.allCases.map(\.rawValue)), transform: language)
    var lang: Language?

    /// `--lang`'s value, or the reader's usage error.
    static func language(_ text: String) throws -> Language {
        guard let language = Language(argument: text) else {
            throw HelpText.usageError("lang", ["value": text])
        }
        return language
    }
}

extension OutputOptions {
    var choice: OutputChoice { OutputChoice(json: json, lang: lang) }
}
