import Platform
import KMSCore
import KMSProtocol
import Renewal
import ArgumentParser
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
        let context = try CommandContext(output.choice, host: hostOption, timeout: timeoutOption)
        let t = context.localizer
        let store = context.stateStore
        let machineID: UUID
        do {
            machineID = try store.machineID()
        } catch let error as StateError {
            throw context.failure(error, json: output.json)
        }
        let targets = try chooseProducts(context)
        if let count, let target = targets.first {
            return try await repeatActivation(count: count, product: target.product, asProbe: target.isProbe, machineID: machineID,
                                              context: context)
        }
        var checks: [(report: ActivateReport, failure: CLIFailure?)] = []
        for target in targets {
            let check = try await checkHost(target.product, asProbe: target.isProbe, machineID: machineID, context: context)
            checks.append(check)
            if !output.json {
                for line in ActivateScreen(report: check.report, t: t).lines where check.report.result != nil { print(line) }
                if check.failure == nil {
                    print(t(target.isProbe ? "activate.probeNote" : "activate.nextStep", ["product": target.product.shortName]))
                }
                if targets.count > 1 { print("") }
            }
        }
        if output.json {
            if checks.count == 1 {
                try JSONOutput.write(checks[0].report)
            } else {
                try JSONOutput.write(ActivateChecks(checks: checks.map(\.report)))
            }
        }
        // The first failure's message and exit status; the reports above hold every answer.
        if let failure = checks.compactMap(\.failure).first { throw failure }
    }

    /// One host check: the exchange, raced against the signals, recorded as the product's host
    /// check (or as the host probe), and returned with the failure to report, if any.
    private func checkHost(_ product: Product, asProbe: Bool, machineID: UUID, context: CommandContext) async throws
        -> (report: ActivateReport, failure: CLIFailure?) {
        let t = context.localizer, settings = context.settings, store = context.stateStore
        let version = protocolVersion.flatMap(KMSVersion.init(major:))
        let request = ActivateReport.Request(endpoint: settings.kmsHost, product: product,
                                             version: version ?? KMSVersion(major: product.protocolVersion) ?? .v6)
        let client = KMSClient(settings: settings)
        let raced = await SignalInterruption.race { () async -> Result<ActivationResult, ActivationFailure> in
            do throws(ActivationFailure) {
                return .success(try await client.activate(product: product, protocol: version, machineID: machineID))
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
            let notSaved = try self.record(in: store, t) { state in
                if asProbe { state.hostProbe = record } else { state.recordHostCheck(record, for: product.shortName) }
            }
            return (ActivateReport(request: request, result: result, failure: nil, stateProblem: notSaved), notSaved.map(notSavedFailure))
        case let .failure(failure):
            let notSaved = asProbe ? nil
                : try record(in: store, t) { $0.recordHostCheckFailure(ActivateReport.record(failure), for: product.shortName) }
            let explained = ActivateFailureText(failure, request: request, settings: settings, t)
            return (ActivateReport(request: request, result: failure.answer, failure: explained, stateProblem: notSaved),
                    explained.cliFailure)
        }
    }

    private func repeatActivation(count: Int, product: Product, asProbe: Bool, machineID: UUID, context: CommandContext) async throws {
        let t = context.localizer, settings = context.settings
        let version = protocolVersion.flatMap(KMSVersion.init(major:))
        let request = ActivateReport.Request(endpoint: settings.kmsHost, product: product,
                                             version: version ?? KMSVersion(major: product.protocolVersion) ?? .v6)
        let repeated = ActivateRepeat(client: KMSClient(settings: settings), product: product, version: version, machineID: machineID,
                                      count: count, interval: interval ?? ActivateRepeat.defaultInterval(for: settings.kmsHost), t: t,
                                      json: output.json)
        let (summary, lastFailure, lastResult, interruption) = await repeated.run()
        // Interrupted: nothing is recorded (as the message says) and, with --json, the error
        // object is the only one printed.
        if let interruption { throw interrupted(interruption, t) }
        var notSaved: String?
        if let lastResult {
            let record = ActivateReport.record(lastResult)
            notSaved = try self.record(in: context.stateStore, t) { state in
                if asProbe { state.hostProbe = record } else { state.recordHostCheck(record, for: product.shortName) }
            }
        }
        if output.json { try JSONOutput.write(summary) }
        if let notSaved { throw notSavedFailure(notSaved) }
        guard let lastFailure else { return }
        throw ActivateFailureText(lastFailure, request: request, settings: settings, t).cliFailure
    }

    /// Exit 130 with a message; nothing was recorded, so the state file is as it was.
    private func interrupted(_ interruption: SignalInterruption, _ t: Localizer) -> CLIFailure {
        CLIFailure(.interrupted,
                   message: t("activate.interrupted", ["signal": interruption.signalName]), json: output.json)
    }

    /// What to check: the product named; without one, inside WSL the KMS products Windows
    /// reports installed, else the probe product, whose answer is the host's only.
    private func chooseProducts(_ context: CommandContext) throws -> [(product: Product, isProbe: Bool)] {
        let t = context.localizer
        let catalog: ProductCatalog
        do {
            catalog = try ProductCatalog.bundled(environment: context.environment)
        } catch {
            throw CLIFailure.catalog(error, t, json: output.json)
        }
        if let product {
            do {
                return [(try catalog.find(product), false)]
            } catch {
                throw CLIFailure.product(error, t, json: output.json)
            }
        }
        if case let .read(installed, _) = WindowsLicences.read(environment: context.environment) {
            let products = installed.compactMap(\.kmsProduct)
            if !products.isEmpty { return products.map { ($0, false) } }
        }
        do {
            return [(try catalog.find(ProductCatalog.defaultShortName), true)]
        } catch {
            throw CLIFailure.product(error, t, json: output.json)
        }
    }

    /// Keeps the host check per product. A change that did not reach the state file comes back
    /// as the sentence that says so, for the result to carry; a signal while waiting for the
    /// state's lock ends the command (130) with the file as it was.
    private func record(in store: StateStore, _ t: Localizer, _ change: (inout KMSWizardState) -> Void) throws -> String? {
        switch store.record(change) {
        case .saved: return nil
        case let .notSaved(.interrupted(signal)): throw interrupted(SignalInterruption(signal: signal), t)
        case let .notSaved(error): return t("activate.failure.stateNotSaved", ["reason": CommandContext.describe(error, t)])
        }
    }

    /// A result that was not saved is no success: exit 74 after the result (which says so) was
    /// shown, so the failure itself goes to stderr only.
    private func notSavedFailure(_ message: String) -> CLIFailure {
        CLIFailure(.stateNotSaved, message: message)
    }
}

/// `activate --json` inside WSL without `--product`, when Windows reports several KMS products
/// installed: one host check each.
private struct ActivateChecks: Encodable {
    let checks: [ActivateReport]
    var ok: Bool { checks.allSatisfy(\.isOK) }
    let schemaVersion = JSONOutput.schemaVersion

    enum CodingKeys: String, CodingKey { case ok, checks, schemaVersion }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(checks, forKey: .checks)
        try container.encode(schemaVersion, forKey: .schemaVersion)
    }
}
