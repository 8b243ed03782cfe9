import KMSCore
import Platform
import ArgumentParser

/// `--color auto|always|never`: whether text output and the wizard may use colour.
///
/// `auto` follows the conventions users expect from terminal tools: no colour when `NO_COLOR`
/// is set to anything non-empty (https://no-color.org), when `TERM` is `dumb`, or when the
/// output is not a terminal. An explicit `always`/`never` (flag or config file) wins over
/// `NO_COLOR`, as that convention asks.
enum ColorChoice: String, CaseIterable, Sendable, Codable, ExpressibleByArgument {
    case auto
    case always
    case never

    /// Whether to colour output written to `descriptor` (standard output unless told otherwise).
    func isEnabled(environment: Variables, descriptor: Int32 = STDOUT_FILENO) -> Bool {
        isEnabled(environment: environment, isTerminal: isatty(descriptor) == 1)
    }

    /// The decision itself, with the terminal test passed in so that tests can fix it.
    func isEnabled(environment: Variables, isTerminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTerminal
        }
    }
}

/// The `--color` flag, for commands that print text or draw the wizard.
struct ColorOption: ParsableArguments {
    @Option(name: .long, help: HelpText.argument("option.color", valueName: "auto|always|never"))
    var color: ColorChoice?
}
