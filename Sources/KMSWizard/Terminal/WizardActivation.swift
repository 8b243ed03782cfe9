import Activation
import Diagnostics
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Localization
import Wizard

/// The wizard's activation effect: the same KMS exchange, failure texts and state-file records
/// as `kmswizard activate`, returned as an outcome for the activation screen.
struct WizardActivation: Sendable {
    let settings: Settings
    let store: StateStore
    let table: StringTable

    func callAsFunction(_ product: Product, _ language: Language) async -> ActivationOutcome {
        let t = Localizer(table: table, language: language)
        let machineID: UUID
        do {
            machineID = try store.machineID()
        } catch let error as StateError {
            return .unavailable(CommandContext.describe(error, t))
        } catch {
            return .unavailable("\(error)")
        }
        let request = ActivateReport.Request(endpoint: settings.kmsHost, product: product,
                                             version: KMSVersion(major: product.protocolVersion) ?? .v6)
        do {
            let result = try await KMSClient(settings: settings).activate(product: product, machineID: machineID)
            let record = ActivateReport.record(result)
            keep { $0.recordHostCheck(record, for: product.shortName) }
            return .hostWouldActivate(record)
        } catch {
            let record = ActivateReport.record(error)
            keep { $0.recordHostCheckFailure(record, for: product.shortName) }
            return .failed(ActivationProblem(record: record, facts: ActivationFailureFacts(error, endpoint: request.endpoint,
                                                                                           product: product,
                                                                                           timeoutSeconds: settings.timeoutSeconds)))
        }
    }

    /// Records the outcome in the state file; a state file that cannot be written does not
    /// change what the host answered, so the screen still shows the outcome.
    private func keep(_ change: (inout KMSWizardState) -> Void) {
        _ = try? store.update { change(&$0) }
    }
}
