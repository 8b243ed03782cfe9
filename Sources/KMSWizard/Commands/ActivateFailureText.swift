import Activation
import Localization

/// An `ActivationFailure` in the user's language, with the exit status of its class.
struct ActivateFailureText {
    let failure: ActivationFailure
    let status: ExitStatus
    let message: String
    let hint: String

    init(_ failure: ActivationFailure, request: ActivateReport.Request, settings: Settings, _ t: Localizer) {
        self.failure = failure
        let host = request.endpoint.description
        let code = (failure.hostStatus ?? failure.windowsCode).map(Hex.code) ?? ""
        let summary: String
        switch failure.kind {
        case .timeout:
            status = .timeout
            summary = t("activate.failure.timeout", ["host": host, "seconds": TimeoutText.seconds(settings.timeoutSeconds)])
            hint = t("activate.hint.network")
        case .refused:
            status = .unavailable
            summary = t("activate.failure.refused", ["host": host])
            hint = t("activate.hint.refused")
        case .unreachable:
            status = .unavailable
            summary = t("activate.failure.unreachable", ["host": host])
            hint = t("activate.hint.network")
        case .dns:
            status = .noHost
            summary = t("activate.failure.dns", ["host": request.endpoint.host])
            hint = t("activate.hint.dns")
        case .protocol, .rpcFault, .bindRejected, .badResponse:
            status = .protocolError
            let key = switch failure.kind {
            case .rpcFault: "activate.failure.rpcFault"
            case .bindRejected: "activate.failure.bindNak"
            case .badResponse: "activate.failure.badResponse"
            default: "activate.failure.protocol"
            }
            summary = t(key, ["host": host])
            hint = t("activate.hint.protocol")
        case .kmsError:
            status = .kmsRefused
            summary = t("activate.failure.kmsError", ["host": host, "code": code])
            hint = t("activate.hint.kmsError", ["code": code])
        case .belowThreshold:
            status = .belowThreshold
            summary = t("activate.failure.belowThreshold", [
                "host": host, "product": request.product.displayName, "minimum": String(request.product.minimumCount),
                "count": failure.answer.map { String($0.response.currentCount) } ?? "?",
            ])
            hint = t("activate.hint.belowThreshold")
        case .local:
            status = .software
            summary = t("activate.failure.local")
            hint = t("activate.hint.local")
        }
        message = summary + t("activate.failure.detail", ["detail": failure.detail])
    }

    /// The `error` object of the JSON report.
    struct ErrorObject: Encodable {
        let code: String
        let reason: String
        let message: String
        let detail: String
        let hint: String
        let windowsCode: String?
        let hostStatus: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(reason, forKey: .reason)
            try container.encode(message, forKey: .message)
            try container.encode(detail, forKey: .detail)
            try container.encode(hint, forKey: .hint)
            try container.encode(windowsCode, forKey: .windowsCode)
            try container.encode(hostStatus, forKey: .hostStatus)
        }

        private enum CodingKeys: String, CodingKey { case code, reason, message, detail, hint, windowsCode, hostStatus }
    }

    var errorObject: ErrorObject {
        ErrorObject(code: failure.kind.rawValue, reason: failure.reason, message: message, detail: failure.detail,
                    hint: hint, windowsCode: failure.windowsCode.map(Hex.code), hostStatus: failure.hostStatus.map(Hex.code))
    }

    /// Thrown after the report is printed: the root command prints message and hint on stderr and exits.
    var cliFailure: CLIFailure {
        CLIFailure(status: status, code: failure.kind.rawValue, message: message, hint: hint,
                   windowsCode: failure.windowsCode.map(Hex.code))
    }
}

/// Seconds as people write them: 5, 0.5.
enum TimeoutText {
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
