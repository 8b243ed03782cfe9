import ArgumentParser

/// A command whose plain command line can be read without ArgumentParser's parse.
///
/// ArgumentParser builds every argument set by reflection before it reads a word: 8.5 M of the
/// 14 M instructions `explain 0xC004F074` ran (issue 15), for commands whose own work is a
/// table lookup. ArgumentParser stays the one definition of every command and option (help, the
/// man page, completions, every error). Such a command runs a plain `Request`, which either
/// ArgumentParser's parse (`request`) or a direct read of a plain line (`request(_:)`, asking
/// `DirectArguments` for the names declared in ArgumentParser) makes; `DirectParsingTests` holds
/// the names equal to ArgumentParser's definition and the two requests equal for every argument.
/// Checks of values belong in the request's run, not in a `validate()` a direct read would skip.
protocol DirectlyParsed: ParsableCommand {
    associatedtype Request: DirectRequest

    /// The name on the command line, which its `configuration` also uses: matching it costs
    /// none of the help texts a configuration is made of.
    static var commandName: String { get }

    /// The line ArgumentParser parsed.
    var request: Request { get }

    /// The same from a plain line, or nil when a value is one ArgumentParser would refuse
    /// (ArgumentParser then says why).
    static func request(_ arguments: inout DirectArguments) -> Request?
}

extension DirectlyParsed {
    /// The parsed line's request, as a direct read's would run.
    func run() throws { try request.run() }
}

/// What a directly parsed command runs. Synchronous: none of them waits, and an `async` run
/// would start a worker thread.
protocol DirectRequest: Equatable, Sendable {
    func run() throws
}

enum DirectParsing {
    /// The short commands whose start matters more than their work.
    static let commands: [any DirectlyParsed.Type] = [ExplainCommand.self, ProductsCommand.self, StatusCommand.self]

    /// The request `arguments` (the command's name first) make when they are plain; otherwise
    /// nil, and the caller hands them to ArgumentParser.
    static func request(_ arguments: [String]) -> (any DirectRequest)? {
        guard let name = arguments.first,
              let type = commands.first(where: { $0.commandName == name }) else { return nil }
        var words = DirectArguments(Array(arguments.dropFirst()))
        guard let request = type.request(&words), words.isComplete else { return nil }
        return request
    }
}
