import Activation
import ArgumentParser
import Foundation
import Localization

/// `kmswizard activate`: speaks the real KMS protocol to a KMS host and reports whether it would
/// activate the chosen product, with everything the host answered.
struct ActivateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activate",
        abstract: "Ask a KMS host to activate a product and show what it answered (nothing on this computer changes).",
        discussion: """
            --timeout bounds each network step and the whole exchange.
            Exit status:
              0   the host would activate the product
              3   its client count is below the product's threshold (0xC004F038)
              4   it refused with an error code (kms-error)
              64  bad flags or an unknown product
              68  the host name does not resolve (dns)
              69  the host refused the connection or is unreachable
              75  no complete answer in time (timeout)
              76  protocol error, RPC fault, bind refused, or a bad answer
            """)

    @OptionGroup var output: OutputOptions
    @OptionGroup var hostOption: KMSHostOption
    @OptionGroup var timeoutOption: TimeoutOption

    @Option(name: .long, help: ArgumentHelp("Product: short name, display name or SKU ID (default \(ProductCatalog.defaultShortName); see `kmswizard products`).",
                                            valueName: "name"))
    var product: String?

    @Option(name: .customLong("protocol"), help: ArgumentHelp("Force KMS protocol version 4, 5 or 6 (default: the product's own).",
                                                              valueName: "4|5|6"))
    var protocolVersion: Int?

    func validate() throws {
        if let protocolVersion, KMSVersion(major: protocolVersion) == nil {
            throw ValidationError("--protocol takes 4, 5 or 6, not \(protocolVersion)")
        }
    }

    func run() async throws {
        let context = try CommandContext(output)
        let t = context.localizer
        var settings = Settings()
        hostOption.apply(to: &settings)
        timeoutOption.apply(to: &settings)
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
        let outcome: Result<ActivationResult, ActivationFailure>
        do {
            outcome = .success(try await KMSClient(settings: settings).activate(product: chosen, protocol: version,
                                                                               machineID: machineID))
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case let .success(result):
            record(in: store, t) { $0.recordSuccess(ActivateReport.record(result), for: chosen.shortName) }
            try show(ActivateReport(request: request, result: result, failure: nil), t)
        case let .failure(failure):
            record(in: store, t) { $0.recordFailure(ActivateReport.record(failure), for: chosen.shortName) }
            let explained = ActivateFailureText(failure, request: request, settings: settings, t)
            try show(ActivateReport(request: request, result: failure.answer, failure: explained), t)
            throw explained.cliFailure
        }
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
