import ArgumentParser

/// Placeholder until its issue lands: says so and exits with EX_SOFTWARE instead of pretending.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "(not yet available)")

    func run() async throws {
        printError("kmswizard status is not available in this build yet.")
        throw ExitCode(ExitStatus.software.rawValue)
    }
}
