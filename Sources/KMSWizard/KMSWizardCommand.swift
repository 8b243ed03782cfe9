import ArgumentParser

/// `kmswizard`: the wizard when run alone on a terminal, a plain command for each job beside it.
@main
struct KMSWizardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kmswizard",
        abstract: "Activate NKNU's Windows and Office volume licences against the campus KMS host, and keep them activated.",
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
        ],
        defaultSubcommand: WizardCommand.self
    )
}
