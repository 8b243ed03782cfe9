import Localization

/// `--lang` on the command line, read before ArgumentParser parses it, and the command lines
/// where ArgumentParser needs it moved or taken out.
///
/// `--lang` is an option of every subcommand, not of the root, and ArgumentParser answers a root
/// `--help` (or `--version`) only when that flag stands alone, and its `help` command takes no
/// options. So `kmswizard --help --lang en` would become the wizard's help, `kmswizard help
/// activate --lang en` an error, and `kmswizard --lang en diagnose` (global options first, as
/// many tools take them) an unexpected argument. `HelpText.language` has read the option by then.
enum LanguageArguments {
    /// The last valid `--lang X` or `--lang=X` before a `--` that ends the options.
    static func language(in arguments: ArraySlice<String>) -> Language? {
        var found: Language?
        var rest = arguments.makeIterator()
        while let argument = rest.next(), argument != "--" {
            if argument == "--lang" {
                found = rest.next().flatMap(Language.init(argument:)) ?? found
            } else if argument.hasPrefix("--lang=") {
                found = Language(argument: String(argument.dropFirst("--lang=".count))) ?? found
            }
        }
        return found
    }

    /// The arguments (without the program name) to hand to ArgumentParser: without `--lang` for
    /// the root's help, version and `help` command; with a leading `--lang` moved behind the
    /// subcommand it comes before; anything else unchanged. `subcommands` is asked only for a
    /// leading `--lang`: the names come from each command's configuration, whose help texts a
    /// plain run never needs.
    static func forParsing(_ arguments: [String], subcommands: @autoclosure () -> Set<String>) -> [String] {
        let (options, rest) = separated(arguments[...])
        if rest.first == "help" || (rest.count == 1 && rootFlags.contains(rest[0])) { return rest }
        if arguments.first.map(isLanguageOption) == true, let command = rest.first, subcommands().contains(command) {
            return [command] + options + rest.dropFirst()
        }
        return arguments
    }

    /// Whether ArgumentParser will print help: `-h`, `--help` or `--help-hidden` before a `--`,
    /// or the `help` command, also after a leading `--lang` (`kmswizard --lang en help status`).
    static func asksForHelp(_ arguments: ArraySlice<String>) -> Bool {
        separated(arguments).rest.first == "help" || arguments.prefix { $0 != "--" }.contains { helpFlags.contains($0) }
    }

    /// The `--lang X` and `--lang=X` options before a `--`, and every other argument in order.
    private static func separated(_ arguments: ArraySlice<String>) -> (options: [String], rest: [String]) {
        var options: [String] = []
        var rest: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            let pairLength = argument == "--lang" ? 2 : argument.hasPrefix("--lang=") ? 1 : 0
            if pairLength > 0 {
                options += arguments[index..<min(index + pairLength, arguments.endIndex)]
                index += pairLength
            } else {
                rest.append(argument)
                index += 1
            }
        }
        return (options, rest)
    }

    private static let helpFlags: Set = ["-h", "--help", "--help-hidden"]

    private static func isLanguageOption(_ argument: String) -> Bool {
        argument == "--lang" || argument.hasPrefix("--lang=")
    }

    /// The flags ArgumentParser answers itself, at the root, when nothing else is given.
    private static let rootFlags: Set = ["-h", "--help", "--help-hidden", "--experimental-dump-help", "--version"]
}
