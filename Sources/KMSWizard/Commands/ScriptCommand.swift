import ArgumentParser

/// Placeholder until its issue lands: says so and exits with EX_SOFTWARE instead of pretending.
struct ScriptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "script", abstract: "(not yet available)")

    func run() async throws {
        printError("kmswizard script is not available in this build yet.")
        throw ExitCode(ExitStatus.software.rawValue)
    }
}
