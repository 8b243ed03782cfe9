import Activation
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Localization

/// `kmswizard activate`: a host check. It speaks the real KMS protocol to a KMS host and reports
/// whether the host would activate the chosen product, with everything the host answered. Nothing
/// changes on any Windows: the activation itself is Windows' own (the `.cmd` from `script`, or
/// `script --run` inside WSL). Without `--product` the host is checked with a probe product, and
/// its answer is kept as the host's, never as a product the user has.
struct ActivateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activate",
        abstract: HelpText.text("activate.abstract"),
        discussion: HelpText.discussion("activate.discussion"))

    @OptionGroup var output: OutputOptions
    @OptionGroup var hostOption: KMSHostOption
    @OptionGroup var timeoutOption: TimeoutOption

    @Option(name: .long, help: HelpText.argument("activate.product", valueName: "name", ["default": ProductCatalog.defaultShortName]),
            completion: .productNames)
    var product: String?

    @Option(name: .customLong("protocol"), help: HelpText.argument("activate.protocol", valueName: "4|5|6"),
            completion: .list(KMSVersion.allCases.map { String($0.rawValue) }))
    var protocolVersion: Int?

    @Option(name: .long, help: HelpText.argument("activate.count", valueName: "N"))
    var count: Int?

    @Option(name: .long, help: HelpText.argument("activate.interval", valueName: "seconds"))
    var interval: Double?

    func validate() throws {
        if let protocolVersion, KMSVersion(major: protocolVersion) == nil {
            throw HelpText.usageError("protocol", ["value": String(protocolVersion)])
        }
        if let count, !(1...1_000_000).contains(count) {
            throw HelpText.usageError("count", ["value": String(count)])
        }
        if let interval, !(interval >= 0 && interval <= 3600) {
            throw HelpText.usageError("interval", ["value": "\(interval)"])
        }
    }

    func run() async throws {
        let context = try CommandContext(output, host: hostOption, timeout: timeoutOption)
        let t = context.localizer
        let settings = context.settings
        let chosen = try chooseProduct(context)
        let store = context.stateStore
        let machineID: UUID
        do {
            machineID = try store.machineID()
        } catch let error as StateError {
            throw context.failure(error, json: output.json)
        }
        let version = protocolVersion.flatMap(KMSVersion.init(major:))
        let request = ActivateReport.Request(endpoint: settings.kmsHost, product: chosen,
                                             version: version ?? KMSVersion(major: chosen.protocolVersion) ?? .v6)
        let client = KMSClient(settings: settings)
        if let count {
            return try await repeatActivation(client, count: count, product: chosen, version: version, machineID: machineID,
                                              request: request, settings: settings, context: context)
        }
        let raced = await ActivateInterruption.race { () async -> Result<ActivationResult, ActivationFailure> in
            do throws(ActivationFailure) {
                return .success(try await client.activate(product: chosen, protocol: version, machineID: machineID))
            } catch {
                return .failure(error)
            }
        }
        let outcome: Result<ActivationResult, ActivationFailure>
        switch raced {
        case let .success(finished): outcome = finished
        case let .failure(interruption): throw interrupted(interruption, t)
        }
        switch outcome {
        case let .success(result):
            let record = ActivateReport.record(result)
            self.record(in: store, t) { state in
                if product == nil { state.hostProbe = record } else { state.recordHostCheck(record, for: chosen.shortName) }
            }
            try show(ActivateReport(request: request, result: result, failure: nil), t)
            if !output.json { print(t("activate.nextStep", ["product": chosen.shortName])) }
        case let .failure(failure):
            if product != nil { record(in: store, t) { $0.recordHostCheckFailure(ActivateReport.record(failure), for: chosen.shortName) } }
            let explained = ActivateFailureText(failure, request: request, settings: settings, t)
            try show(ActivateReport(request: request, result: failure.answer, failure: explained), t)
            throw explained.cliFailure
        }
    }

    private func repeatActivation(_ client: KMSClient, count: Int, product: Product, version: KMSVersion?, machineID: UUID,
                                  request: ActivateReport.Request, settings: Settings, context: CommandContext) async throws {
        let t = context.localizer
        let repeated = ActivateRepeat(client: client, product: product, version: version, machineID: machineID, count: count,
                                      interval: interval ?? ActivateRepeat.defaultInterval(for: settings.kmsHost), t: t,
                                      json: output.json)
        let (summary, lastFailure, lastResult, interruption) = await repeated.run()
        // Interrupted: nothing is recorded (as the message says) and, with --json, the error
        // object is the only one printed.
        if let interruption { throw interrupted(interruption, t) }
        if let lastResult {
            let record = ActivateReport.record(lastResult)
            self.record(in: context.stateStore, t) { state in
                if self.product == nil { state.hostProbe = record } else { state.recordHostCheck(record, for: product.shortName) }
            }
        }
        if output.json { try JSONOutput.write(summary) }
        guard let lastFailure else { return }
        throw ActivateFailureText(lastFailure, request: request, settings: settings, t).cliFailure
    }

    /// Exit 130 with a message; nothing was recorded, so the state file is as it was.
    private func interrupted(_ interruption: ActivateInterruption, _ t: Localizer) -> CLIFailure {
        CLIFailure(status: .interrupted, code: "interrupted",
                   message: t("activate.interrupted", ["signal": interruption.signalName]), json: output.json)
    }

    private func chooseProduct(_ context: CommandContext) throws -> Product {
        let t = context.localizer
        let catalog: ProductCatalog
        do {
            catalog = try ProductCatalog.bundled(environment: context.environment)
        } catch {
            throw CLIFailure.catalog(error, t, json: output.json)
        }
        do {
            return try catalog.find(product ?? ProductCatalog.defaultShortName)
        } catch {
            throw CLIFailure.product(error, t, json: output.json)
        }
    }

    private func show(_ report: ActivateReport, _ t: Localizer) throws {
        if output.json {
            try JSONOutput.write(report)
        } else if report.result != nil {
            for line in ActivateScreen(report: report, t: t).lines { print(line) }
        }
    }

    /// Keeps the last success or failure per product; a state file that cannot be written only
    /// costs a note, never the activation answer itself.
    private func record(in store: StateStore, _ t: Localizer, _ change: (inout KMSWizardState) -> Void) {
        do {
            try store.update { change(&$0) }
        } catch {
            printError(t("activate.failure.stateNotSaved", ["reason": "\(error)"]))
        }
    }
}
