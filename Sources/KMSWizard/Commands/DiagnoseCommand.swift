import ArgumentParser

/// Placeholder until its issue lands: says so and exits with EX_SOFTWARE instead of pretending.
struct DiagnoseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diagnose", abstract: "(not yet available)")

    func run() async throws {
        printError("kmswizard diagnose is not available in this build yet.")
        throw ExitCode(ExitStatus.software.rawValue)
    }
}
