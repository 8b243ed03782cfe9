import ArgumentParser

/// What ArgumentParser could not take on a command line, as data: which command was parsing,
/// what went wrong and the word at fault. `CLIFailure.usage` makes the reader's text from it.
///
/// ArgumentParser throws parse errors as an internal type and makes only its English text
/// public, so the kind and the word are read by reflection (`Mirror` sees case names and
/// values without naming the type). A version that changes their shape ends up `.unreadable`,
/// still exit 64 with a pointer to the help, and the usage tests in both languages notice.
struct UsageProblem: Equatable {
    enum Kind: Equatable {
        /// An option the command does not have, as typed (`--bogus`, `-x`).
        case unknownOption(String)
        case missingValue(option: String)
        /// A word where the command takes none (at the root: a command that does not exist).
        case unexpectedArgument(String)
        case badValue(option: String, value: String)
        /// A required argument, by its value name (`code`).
        case missingArgument(String)
        /// One of our own checks (a `validate()` or an option's transform) refused it and said
        /// why, already in the reader's language.
        case explained(String)
        case unreadable
    }

    var commandName: String?
    var kind: Kind

    init(commandName: String?, kind: Kind) {
        self.commandName = commandName
        self.kind = kind
    }

    /// Reads `error`, which ArgumentParser threw while parsing.
    init(reading error: any Error) {
        let mirror = Mirror(reflecting: error)
        let stack = mirror.descendant("commandStack") as? [any ParsableCommand.Type] ?? []
        commandName = stack.count > 1 ? stack.last?.configuration.commandName : nil
        guard let parserError = mirror.descendant("parserError"), let (name, payload) = Self.enumCase(parserError) else {
            kind = Self.explained(error) ?? .unreadable
            return
        }
        let fields = payload.map { Mirror(reflecting: $0) }
        switch name {
        case "unknownOption":
            kind = Self.option(fields?.descendant(".1")).map(Kind.unknownOption) ?? .unreadable
        case "missingValueForOption":
            kind = Self.option(fields?.descendant(".1")).map { .missingValue(option: $0) } ?? .unreadable
        case "unexpectedExtraValues":
            kind = (fields?.descendant(0, ".1") as? String).map(Kind.unexpectedArgument) ?? .unreadable
        case "unableToParseValue":
            if let original = fields?.descendant("originalError", "some"), let explained = Self.explained(original) {
                kind = explained
            } else if let option = Self.option(fields?.descendant(".1", "some")), let value = fields?.descendant(".2") as? String {
                kind = .badValue(option: option, value: value)
            } else {
                kind = .unreadable
            }
        case "noValue":
            kind = (fields?.descendant("name") as? String).map(Kind.missingArgument) ?? .unreadable
        case "userValidationError", "noArguments":
            kind = payload.flatMap(Self.explained) ?? .unreadable
        default:
            kind = .unreadable
        }
    }

    /// The case name of an enum value and its payload (nil for a case without one).
    private static func enumCase(_ value: Any) -> (String, Any?)? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum else { return nil }
        if let child = mirror.children.first, let label = child.label { return (label, child.value) }
        return (String(describing: value), nil)
    }

    /// An ArgumentParser `Name` as typed: `.long("host")` is `--host`, `.short("h")` is `-h`.
    private static func option(_ name: Any?) -> String? {
        guard let name, let (form, payload) = enumCase(name) else { return nil }
        switch form {
        case "long": return (payload as? String).map { "--" + $0 }
        case "longWithSingleDash": return (payload as? String).map { "-" + $0 }
        case "short": return payload.flatMap { Mirror(reflecting: $0).children.first?.value as? Character }.map { "-" + String($0) }
        default: return nil
        }
    }

    /// The text of an error our own checks threw (`HelpText.usageError`).
    private static func explained(_ error: Any) -> Kind? {
        (error as? ValidationError).map { .explained($0.message) }
    }
}
