import KMSCore
import KMSProtocol
import Localization

/// The kms finding in words: the figure gives the protocol version, the host's count against
/// the product's threshold and the round trip; the message what the host would do, with its
/// intervals in human units.
enum KMSText {
    static func describe(_ finding: KMSFinding, _ t: Localizer) -> CheckText {
        var arguments: Variables = ["product": finding.productName, "endpoint": finding.endpoint.description,
                         "minimum": String(finding.minimumCount)]
        switch finding.outcome {
        case let .answered(answer):
            arguments["version"] = String(answer.version)
            arguments["count"] = String(answer.count)
            arguments["rtt"] = String(Int(answer.rttMilliseconds.rounded()))
            arguments["renewal"] = t.interval(minutes: answer.renewalIntervalMinutes)
            arguments["retry"] = t.interval(minutes: answer.activationIntervalMinutes)
            arguments["epid"] = answer.epid
            return CheckText(value: t("diagnose.value.kms", arguments), message: t("diagnose.kms.answered", arguments))
        case let .failed(failure):
            let code = failure.windowsCode?.hex
            arguments["code"] = code ?? ""
            arguments["hostStatus"] = failure.hostStatus.map { ActivationErrorCode($0).hex } ?? "?"
            arguments["reason"] = failure.reason
            arguments["count"] = failure.count.map(String.init) ?? "?"
            arguments["computers"] = failure.count.map { t.counted("common.unit.computers", $0) } ?? "?"
            let kind = t("diagnose.kms.kind.\(failure.kind.rawValue)")
            let value = code.map { t("diagnose.value.kmsFailed", ["kind": kind, "code": $0]) } ?? kind
            return CheckText(value: value, message: t("diagnose.kms.failed.\(failure.kind.rawValue)", arguments),
                             hint: hint(failure.kind).map { t($0, arguments) })
        }
    }

    /// What to do about failures the situation's advice does not cover (it covers the network and the count).
    private static func hint(_ kind: ActivationFailure.Kind) -> String? {
        switch kind {
        case .timeout, .refused, .unreachable, .dns, .belowThreshold: nil
        case .kmsError: "diagnose.kms.hint.hostError"
        case .protocol, .rpcFault, .bindRejected, .badResponse: "diagnose.kms.hint.notKMS"
        case .local: "diagnose.kms.hint.local"
        }
    }
}
