import Platform
import KMSCore
import ArgumentParser
import Diagnostics
import Localization

/// `kmswizard diagnose`: every check at once, one line each, then a verdict; exit 0 when all
/// pass, 10 when some warn, 11 when any fails.
struct DiagnoseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: HelpText.text("diagnose.abstract"),
        discussion: HelpText.discussion("diagnose.discussion"))

    @OptionGroup var hostOption: KMSHostOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var timeoutOption: TimeoutOption
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = try CommandContext(output.choice, host: hostOption, timeout: timeoutOption, network: network)
        let settings = context.settings
        let campus: [CIDR]
        do {
            campus = try StandardChecks.campusRanges(settings)
        } catch {
            throw CLIFailure(.usage, message: "--campus: " + error.error.message(context.localizer), json: output.json)
        }
        let checks = StandardChecks.checks(settings: settings, campus: campus, environment: context.environment,
                                           kms: kmsRequest(context))
        let raced = await SignalInterruption.race {
            await CheckRunner.run(checks, timeout: settings.timeoutSeconds)
        }
        let diagnosis: Diagnosis
        switch raced {
        case let .success(finished): diagnosis = finished
        case let .failure(interruption): throw interruption.failure(context.localizer, json: output.json)
        }
        let advice = Advisor.advise(diagnosis.checks, vpnServer: settings.vpnServer)
        if output.json {
            try JSONOutput.write(DiagnosisJSON(diagnosis: diagnosis, advice: advice, localizer: context.localizer))
        } else {
            print(DiagnosisText.render(diagnosis, advice: advice, localizer: context.localizer))
        }
        let outcome: CommandOutcome? = switch diagnosis.status {
        case .pass, .skip: nil
        case .warn: .checksWarned
        case .fail: .checksFailed
        }
        if let outcome { terminate(outcome.status) }
    }

    /// The catalog's default product and this computer's kept machine ID (a fresh one when the
    /// state file cannot be used: the exchange is only a test); nil without a catalog.
    private func kmsRequest(_ context: CommandContext) -> KMSCheck.Request? {
        guard let catalog = try? ProductCatalog.bundled(environment: context.environment),
              let product = try? catalog.find(ProductCatalog.defaultShortName) else {
            printError(context.localizer("diagnose.kms.noCatalog"))
            return nil
        }
        let machineID = (try? context.stateStore.machineID()) ?? UUID()
        return KMSCheck.Request(product: product, machineID: machineID)
    }
}

