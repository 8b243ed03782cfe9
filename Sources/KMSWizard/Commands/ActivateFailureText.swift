import KMSCore
import KMSProtocol
import Diagnostics
import Localization

/// An `ActivationFailure` in the user's language, with its code (and so the exit status of its class).
struct ActivateFailureText {
    let failure: ActivationFailure
    let code: CLIErrorCode
    let message: String
    let hint: String

    init(_ failure: ActivationFailure, request: ActivateReport.Request, settings: Settings, _ t: Localizer) {
        self.failure = failure
        code = CLIErrorCode(failure.kind)
        let words = ActivationFailureWords(ActivationFailureFacts(failure, endpoint: request.endpoint, product: request.product,
                                                                  timeoutSeconds: settings.timeoutSeconds), t)
        hint = words.hint
        // The engine's own detail is English: the JSON keeps it as `detail`; the words carry its stable word.
        message = words.summary + t("activate.failure.detail", ["detail": failure.reason])
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
        ErrorObject(code: code.rawValue, reason: failure.reason, message: message, detail: failure.detail,
                    hint: hint, windowsCode: failure.windowsCode?.hex, hostStatus: failure.hostStatus.map(Hex.code))
    }

    /// Thrown after the report is printed: the root command prints message and hint on stderr and exits.
    var cliFailure: CLIFailure {
        CLIFailure(code, message: message, hint: hint,
                   windowsCode: failure.windowsCode?.hex)
    }
}

extension CLIErrorCode {
    /// An activation failure's code: the same word as its kind.
    init(_ kind: ActivationFailure.Kind) {
        self = switch kind {
        case .timeout: .timeout
        case .refused: .refused
        case .unreachable: .unreachable
        case .dns: .dns
        case .protocol: .protocol
        case .rpcFault: .rpcFault
        case .bindRejected: .bindRejected
        case .badResponse: .badResponse
        case .kmsError: .kmsError
        case .belowThreshold: .belowThreshold
        case .local: .local
        }
    }
}
