import ArgumentParser

/// Placeholder until its issue lands: says so and exits with EX_SOFTWARE instead of pretending.
struct RenewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "renew", abstract: "(not yet available)")

    func run() async throws {
        printError("kmswizard renew is not available in this build yet.")
        throw ExitCode(ExitStatus.software.rawValue)
    }
}
