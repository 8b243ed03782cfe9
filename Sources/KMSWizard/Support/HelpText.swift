import KMSCore
import ArgumentParser
import Localization

/// The texts ArgumentParser shows, in the user's language: `--help`, the man page and the
/// completion scripts (area `cli`, keys `help.*` of the strings file), and the usage errors that
/// option checks throw while it parses (keys `usage.*`), before any command can load its own texts.
///
/// swift-argument-parser reads help texts from each command's static `configuration` and from
/// the initialisers of its property wrappers, before any `run()`, with no way to hand it a
/// language. So the language is decided once, the first time a help text is needed, from the
/// command line and the environment with the precedence every other setting has (`--lang`,
/// `KMSWIZARD_LANG`, `lang` in config.toml, LC_ALL/LC_MESSAGES/LANG). Static lets make that
/// once-only and thread-safe without any mutable global.
enum HelpText {
    static let language = language(arguments: CommandLine.arguments, resolver: SettingsResolver())

    /// The run's one strings table (ArgumentParser builds its help texts on every parse, so every
    /// start needs it). A missing strings file leaves `⟦key⟧` marks in the help instead of
    /// stopping it; the commands themselves report the missing file (exit 72).
    private static let table = (try? BundledStrings.loaded.get()) ?? StringTable(entries: [:])

    /// `cli.help.<key>` in the help language, placeholders filled from `arguments`, for an
    /// abstract or an option (ArgumentParser shows those from its help column on).
    static func text(_ key: String, _ arguments: Variables = [:]) -> String {
        fitted(key, arguments, width: HelpLayout.screenWidth - HelpLayout.helpColumn)
    }

    /// The same for a command's discussion, which has the whole screen.
    static func discussion(_ key: String, _ arguments: Variables = [:]) -> String {
        fitted(key, arguments, width: HelpLayout.screenWidth)
    }

    /// Chinese is fitted to the terminal only when help is asked for: wrapping by cells costs about
    /// a millisecond on every start, and elsewhere (usage errors, completion scripts, the JSON help
    /// dump) ArgumentParser does not wrap these texts. English keeps ArgumentParser's own wrapping.
    private static func fitted(_ key: String, _ arguments: Variables, width: Int) -> String {
        let text = table.text("cli.help." + key, language, arguments)
        return language == .zhTW && showsHelp ? HelpLayout.fitted(text, width: width) : text
    }

    static let showsHelp = LanguageArguments.asksForHelp(CommandLine.arguments.dropFirst())

    /// A finished help screen with ArgumentParser's own sentences in the help language. The library
    /// writes three of them itself, in English, with no way to hand it a text: the help of
    /// `--version` and of `--help`, each at the end of its line, and the line pointing to
    /// `kmswizard help <subcommand>`. English help is left as the library wrote it.
    static func withLibrarySentences(_ help: String) -> String {
        guard language != .en else { return help }
        let own: [(library: String, key: String)] = [("Show the version.", "library.version"), ("Show help information.", "library.help")]
        return help.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (library, key) in own where line.hasSuffix("  " + library) {
                return line.dropLast(library.count) + table.text("cli.help." + key, language)
            }
            let trimmed = line.drop { $0 == " " }
            let (opening, closing) = ("See '", " <subcommand>' for detailed help.")
            if trimmed.hasPrefix(opening), trimmed.hasSuffix(closing) {
                let command = trimmed.dropFirst(opening.count).dropLast(closing.count)
                return line.prefix(line.count - trimmed.count)
                    + table.text("cli.help.library.seeSubcommand", language, ["command": String(command)])
            }
            return String(line)
        }.joined(separator: "\n")
    }

    /// A usage error (exit 64) with the text `cli.usage.<key>`, thrown from a `validate()` or an
    /// option's transform.
    static func usageError(_ key: String, _ arguments: Variables = [:]) -> ValidationError {
        ValidationError(usageText(key, arguments))
    }

    /// The text `cli.usage.<key>` in the help language, for the messages of usage errors.
    static func usageText(_ key: String, _ arguments: Variables = [:]) -> String {
        table.text("cli.usage." + key, language, arguments)
    }

    /// The same text as the help of a flag, option or argument.
    static func argument(_ key: String, valueName: String? = nil, _ arguments: Variables = [:]) -> ArgumentHelp {
        ArgumentHelp(text(key, arguments), valueName: valueName)
    }

    /// The language a run with these arguments and this environment speaks: a `--lang` given on
    /// the command line wins, then the layers `SettingsResolver` stacks for every setting.
    /// A bad config file does not hide the help; the command reports it when it runs.
    static func language(arguments: [String], environment: Variables) -> Language {
        language(arguments: arguments, resolver: SettingsResolver(environment: environment))
    }

    /// The same through `resolver` (the run's own: its environment and config file, read once).
    static func language(arguments: [String], resolver: SettingsResolver) -> Language {
        var flags = ConfigValues()
        flags.lang = LanguageArguments.language(in: arguments.dropFirst())
        return (try? resolver.resolve(flags: flags))?.language ?? resolver.fallbackLanguage(flags: flags)
    }
}
