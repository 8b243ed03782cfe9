import ArgumentParser

/// `kmswizard`: the wizard when run alone on a terminal, a plain command for each job beside it.
@main
struct KMSWizardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kmswizard",
        abstract: HelpText.text("root.abstract"),
        discussion: HelpText.discussion("root.discussion"),
        version: BuildInfo.versionLine,
        subcommands: [
            WizardCommand.self,
            ActivateCommand.self,
            ProductsCommand.self,
            DiagnoseCommand.self,
            ExplainCommand.self,
            StatusCommand.self,
            RenewCommand.self,
            RemindCommand.self,
            ScriptCommand.self,
            ConfigCommand.self,
        ],
        defaultSubcommand: WizardCommand.self
    )

    /// Runs the chosen command; a `CLIFailure` becomes its message and exit status, anything
    /// else goes through ArgumentParser (help, version, usage errors exit 64).
    static func main() async {
        StandardOutput.checkAtExit()
        do {
            let subcommands = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
            var command = try parseAsRoot(LanguageArguments.forParsing(Array(CommandLine.arguments.dropFirst()), subcommands: subcommands))
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CLIFailure {
            report(failure)
            terminate(failure.status)
        } catch {
            reportUsageErrorAsJSON(error)
            exit(withError: error)
        }
    }

    /// A script that asked for `--json` gets its usage error as a JSON object too, so it never
    /// has to parse text; help and version requests (exit 0) stay as they are, and so does an
    /// `ExitCode` a command throws after writing its own JSON (renew's 20/21/22, script's 4, explain's 5).
    private static func reportUsageErrorAsJSON(_ error: any Error) {
        guard CommandLine.arguments.dropFirst().contains("--json"), !(error is ExitCode),
              exitCode(for: error) != .success else { return }
        let failure = CLIFailure(status: .usage, code: "usage", message: fullMessage(for: error))
        try? JSONOutput.write(CLIFailure.Envelope(error: failure.errorObject))
    }

    private static func report(_ failure: CLIFailure) {
        if failure.json {
            try? JSONOutput.write(CLIFailure.Envelope(error: failure.errorObject))
        }
        var text = failure.message
        if let hint = failure.hint { text += "\n" + hint }
        printError(text)
    }
}
