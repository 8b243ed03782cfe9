import ArgumentParser

/// A command that can be made from a plain command line without ArgumentParser's parse.
///
/// ArgumentParser builds every argument set by reflection before it reads a word: 8.5 M of the
/// 14 M instructions `explain 0xC004F074` ran (issue 15), for commands whose own work is a
/// table lookup. ArgumentParser stays the one definition of every command and option (help, the
/// man page, completions, every error): a conforming command only asks `DirectArguments` for the
/// names it declares there and sets its properties, and `DirectParsingTests` holds the names and
/// the parsed values equal to ArgumentParser's for every argument. Such a command runs
/// synchronously: an `async` run would start a worker thread for work that never waits.
protocol DirectlyParsed: ParsableCommand {
    /// The name on the command line, which its `configuration` also uses: matching it costs
    /// none of the help texts a configuration is made of.
    static var commandName: String { get }

    /// The command from `arguments`, or nil when a value is one its ArgumentParser definition
    /// would refuse (ArgumentParser then says why).
    ///
    /// A function, not an initializer: inside an initializer the compiler may take an assignment
    /// to a property wrapper as its initialization, `Flag(wrappedValue:)`, which makes a
    /// definition with that default rather than a parsed value.
    static func direct(_ arguments: inout DirectArguments) -> Self?
}

enum DirectParsing {
    /// The short commands whose start matters more than their work.
    static let commands: [any DirectlyParsed.Type] = [ExplainCommand.self, ProductsCommand.self, StatusCommand.self]

    /// The command `arguments` (the command's name first) ask for, when they are plain and pass
    /// its `validate()`; otherwise nil, and the caller hands them to ArgumentParser.
    static func command(_ arguments: [String]) -> sending (any DirectlyParsed)? {
        guard let name = arguments.first,
              let type = commands.first(where: { $0.commandName == name }) else { return nil }
        var words = DirectArguments(Array(arguments.dropFirst()))
        guard var command = type.direct(&words), words.isComplete else { return nil }
        do { try command.validate() } catch { return nil }
        return command
    }
}
