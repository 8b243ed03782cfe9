#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Activation
import Localization

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

    public static func run(settings: Settings, request: Request, localizer t: Localizer) async -> CheckResult {
        do {
            let result = try await KMSClient(settings: settings).activate(product: request.product, machineID: request.machineID)
            return evaluate(result, product: request.product, localizer: t)
        } catch {
            return evaluate(error, product: request.product, localizer: t)
        }
    }

    static func evaluate(_ result: ActivationResult, product: Product, localizer t: Localizer) -> CheckResult {
        let response = result.response
        let rtt = String(result.rttMilliseconds)
        return CheckResult(
            id: id, status: .pass,
            value: t("diagnose.value.kms", ["version": "\(result.version.rawValue)", "endpoint": result.endpoint.description,
                                             "count": String(response.currentCount), "rtt": rtt]),
            message: t("diagnose.kms.activated", [
                "product": product.displayName,
                "endpoint": result.endpoint.description,
                "count": String(response.currentCount),
                "minimum": String(result.minimumCount),
                "days": String(response.renewalIntervalMinutes / (24 * 60)),
                "rtt": rtt,
                "epid": response.epid,
            ]))
    }

    static func evaluate(_ failure: ActivationFailure, product: Product, localizer t: Localizer) -> CheckResult {
        let hintKey: String = switch failure.kind {
        case .timeout, .refused, .unreachable, .dns: "diagnose.kms.hint.network"
        case .belowThreshold: "diagnose.kms.hint.count"
        case .kmsError: "diagnose.kms.hint.hostError"
        case .protocol, .rpcFault, .bindRejected, .badResponse: "diagnose.kms.hint.notKMS"
        case .local: "diagnose.kms.hint.local"
        }
        let code = failure.windowsCode.map(Hex.code)
        // The value is the failure class and Windows code; what exactly happened is the message's.
        return CheckResult(id: id, status: .fail, value: code.map { "\(failure.kind.rawValue) (\($0))" } ?? failure.kind.rawValue,
                           message: t("diagnose.kms.failed", ["detail": failure.detail, "product": product.displayName]),
                           hint: t(hintKey, ["code": code ?? "?", "minimum": String(product.minimumCount)]),
                           windowsCode: code)
    }
}
