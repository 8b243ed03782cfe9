import Platform
import KMSCore
import KMSProtocol
import Renewal
import Diagnostics
import Localization
import Wizard

/// The wizard's activation effect: the same KMS exchange, failure texts and state-file records
/// as `kmswizard activate`, returned as an outcome for the activation screen.
struct WizardActivation: Sendable {
    let settings: Settings
    let store: StateStore
    let table: StringTable

    func callAsFunction(_ product: Product, _ language: Language) async -> (ActivationOutcome, SaveOutcome) {
        let machineID: UUID
        do {
            machineID = try store.machineID()
        } catch let error as StateError {
            return (.unavailable(.state(error)), .saved)
        } catch {
            return (.unavailable(.noEngine), .saved)
        }
        let request = ActivateReport.Request(endpoint: settings.kmsHost, product: product,
                                             version: KMSVersion(major: product.protocolVersion) ?? .v6)
        do {
            let result = try await KMSClient(settings: settings).activate(product: product, machineID: machineID)
            let record = ActivateReport.record(result)
            return (.hostWouldActivate(record), store.record { $0.recordHostCheck(record, for: product.shortName) })
        } catch {
            let record = ActivateReport.record(error)
            let saved = store.record { $0.recordHostCheckFailure(record, for: product.shortName) }
            return (.failed(ActivationProblem(record: record, facts: ActivationFailureFacts(error, endpoint: request.endpoint,
                                                                                            product: product,
                                                                                            timeoutSeconds: settings.timeoutSeconds))),
                    saved)
        }
    }
}
