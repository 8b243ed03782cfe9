import ArgumentParser
import Localization

/// `--json` and `--lang`: how a command speaks, shared by every command that prints a result.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON object (stable keys, schemaVersion) instead of text.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Language of the messages: zh-TW (default) or en; also KMSWIZARD_LANG, lang in config.toml, LC_ALL/LC_MESSAGES/LANG.", valueName: "zh-TW|en"),
            transform: { text in
                guard let language = Language(argument: text) else {
                    throw ValidationError("--lang takes zh-TW or en, not \"\(text)\"")
                }
                return language
            })
    var lang: Language?
}
