import Platform
import KMSCore
import KMSProtocol

/// The `kms` check: one real activation exchange with the KMS host through the Activation
/// engine's `KMSClient` (nothing on this computer changes), its result and round-trip time.
public enum KMSCheck {
    public static let id = "kms"

    /// What the exchange asks for: a catalog product and this computer's kept machine ID, so
    /// that diagnosing never inflates the host's count with new client IDs.
    public struct Request: Sendable {
        public let product: Product
        public let machineID: UUID

        public init(product: Product, machineID: UUID) {
            self.product = product
            self.machineID = machineID
        }
    }

    public static func run(settings: Settings, request: Request) async -> CheckResult {
        let finding: KMSFinding
        do {
            let result = try await KMSClient(settings: settings).activate(product: request.product, machineID: request.machineID)
            finding = KMSFinding(product: request.product, endpoint: result.endpoint, result: result)
        } catch {
            finding = KMSFinding(product: request.product, endpoint: settings.kmsHost, failure: error)
        }
        return CheckResult(.kms(finding))
    }
}
