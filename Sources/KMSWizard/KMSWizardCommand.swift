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

    /// Runs the chosen command; a `CLIFailure` becomes its message and exit status, a command line
    /// ArgumentParser refused becomes the reader's usage message (exit 64), and help and version
    /// requests go through ArgumentParser. A plain line of a short command is read without
    /// ArgumentParser's parse (`DirectParsing`); every other line is ArgumentParser's.
    static func main() async {
        StandardOutput.checkAtExit()
        // `kmswizard --version` alone: ArgumentParser would print `configuration.version`, which is
        // this line, after building every command's argument set by reflection (10 M instructions
        // of a 15 M run; issue 15). The option stays ArgumentParser's (help, man page, completions,
        // `--version` among other arguments); a test holds the two outputs equal.
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
            print(versionAnswer)
            return
        }
        LibraryLoading.installReport()
        let arguments = LanguageArguments.forParsing(Array(CommandLine.arguments.dropFirst()),
                                                     subcommands: Set(configuration.subcommands.compactMap { $0.configuration.commandName }))
        do {
            if let request = DirectParsing.request(arguments) {
                try request.run()
                return
            }
            var command: any ParsableCommand
            if let named = namedSubcommand(arguments) {
                command = named
            } else {
                command = try parseAsRoot(arguments)
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CLIFailure {
            report(failure)
            terminate(failure.status)
        } catch {
            // A help screen: as ArgumentParser would print it (stdout, exit 0), its own sentences in the reader's language.
            if HelpText.showsHelp, exitCode(for: error) == .success {
                print(HelpText.withLibrarySentences(fullMessage(for: error)))
                terminate(.ok)
            }
            guard isUsageError(error) else { exit(withError: error) }
            let failure = CLIFailure.usage(UsageProblem(reading: error), arguments: arguments,
                                           json: CommandLine.arguments.dropFirst().contains("--json"))
            report(failure)
            terminate(failure.status)
        }
    }

    /// A command line that starts with a command's name (`explain 0xC004F074`), parsed by that
    /// command's own type: the same ArgumentParser definition, without the root first building the
    /// default wizard command's argument set by reflection (about 5 M instructions of a 20 M
    /// `explain`; issue 15). Anything that command's parse does not take as a plain run (help,
    /// a usage error, a completion-script request) is left to the root, which answers it as
    /// `kmswizard <command>` always did.
    private static func namedSubcommand(_ arguments: [String]) -> sending (any ParsableCommand)? {
        guard let name = arguments.first,
              let type = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
              type != configuration.defaultSubcommand else { return nil }
        return try? type.parse(Array(arguments.dropFirst()))
    }

    /// What `--version` prints.
    static let versionAnswer = BuildInfo.versionLine

    /// Whether ArgumentParser refused the command line (its exit 64). Help and version requests
    /// (exit 0) go through ArgumentParser as they are, and so does an `ExitCode` a command throws
    /// after writing its own output (renew's 20/21/22, script's 4, explain's 5).
    private static func isUsageError(_ error: any Error) -> Bool {
        !(error is ExitCode) && exitCode(for: error) == .validationFailure
    }

    static func report(_ failure: CLIFailure) {
        if failure.json {
            try? JSONOutput.write(CLIFailure.Envelope(error: failure.errorObject))
        }
        var text = failure.message
        if let hint = failure.hint { text += "\n" + hint }
        printError(text)
    }
}
