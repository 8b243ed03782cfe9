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
    /// The options from a plain command line (`DirectlyParsed`); nil for a `--lang` it would refuse.
    static func direct(_ arguments: inout DirectArguments) -> Self? {
        var options = Self()
        options.json = arguments.flag("json")
        let text = arguments.option("lang")
        guard let language = text.map({ try? language($0) }) else {
            options.lang = nil
            return options
        }
        guard let language else { return nil }
        options.lang = language
        return options
    }
}
