import KMSCore
import KMSProtocol
import Localization

/// What a failed host check needs for its words, as data: kept by the wizard so that its screen
/// re-renders in the other language with `l`, and built by `activate` from the failure itself.
public struct ActivationFailureFacts: Sendable, Equatable {
    public var kind: ActivationFailure.Kind
    /// The engine's finer stable word (`closed`, `hmac-mismatch`): shown as a technical code.
    public var reason: String
    public var windowsCode: ActivationErrorCode?
    public var hostStatus: UInt32?
    /// The host as asked, `host:port`, and its name alone.
    public var host: String
    public var hostName: String
    public var productName: String
    public var minimumCount: Int
    /// The host's count when it answered below the threshold.
    public var clientCount: Int?
    public var timeoutSeconds: Double

    public init(_ failure: ActivationFailure, endpoint: Endpoint, product: Product, timeoutSeconds: Double) {
        kind = failure.kind
        reason = failure.reason
        windowsCode = failure.windowsCode
        hostStatus = failure.hostStatus
        host = endpoint.description
        hostName = endpoint.host
        productName = product.displayName
        minimumCount = product.minimumCount
        clientCount = failure.answer.map { Int($0.response.currentCount) }
        self.timeoutSeconds = timeoutSeconds
    }
}

/// A failed host check in the reader's language: what happened and what to try. No engine
/// English reaches it; the engine's stable word stands beside it as a technical code.
public struct ActivationFailureWords: Sendable, Equatable {
    public let summary: String
    public let hint: String

    public init(_ facts: ActivationFailureFacts, _ t: Localizer) {
        let host = facts.host
        let code = (facts.hostStatus.map { ActivationErrorCode($0) } ?? facts.windowsCode)?.hex ?? ""
        switch facts.kind {
        case .timeout:
            summary = t("activate.failure.timeout", ["host": host, "seconds": Self.seconds(facts.timeoutSeconds)])
            hint = t("activate.hint.network")
        case .refused:
            summary = t("activate.failure.refused", ["host": host])
            hint = t("activate.hint.refused")
        case .unreachable:
            summary = t("activate.failure.unreachable", ["host": host])
            hint = t("activate.hint.network")
        case .dns:
            summary = t("activate.failure.dns", ["host": facts.hostName])
            hint = t("activate.hint.dns")
        case .protocol, .rpcFault, .bindRejected, .badResponse:
            let key = switch facts.kind {
            case .rpcFault: "activate.failure.rpcFault"
            case .bindRejected: "activate.failure.bindNak"
            case .badResponse: "activate.failure.badResponse"
            default: "activate.failure.protocol"
            }
            summary = t(key, ["host": host])
            hint = t("activate.hint.protocol")
        case .kmsError:
            summary = t("activate.failure.kmsError", ["host": host, "code": code])
            hint = t("activate.hint.kmsError", ["code": code])
        case .belowThreshold:
            summary = t("activate.failure.belowThreshold", [
                "host": host, "product": facts.productName, "minimum": String(facts.minimumCount),
                "clients": facts.clientCount.map { t.counted("common.unit.clients", $0) } ?? "?",
            ])
            hint = t("activate.hint.belowThreshold")
        case .local:
            summary = t("activate.failure.local")
            hint = t("activate.hint.local")
        }
    }

    /// Seconds as people write them: 5, 0.5.
    public static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
