import KMSCore

/// Why an activation attempt did not end with an activated product, as data: a stable kind for
/// scripts and exit codes, an English detail that says what the host did, the Windows error code
/// Windows itself would show where there is one, and the host's status code where it sent one.
public struct ActivationFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case timeout
        case refused
        case unreachable
        case dns
        /// The host broke the RPC protocol (garbage, bad lengths, wrong call id, early close...).
        case `protocol`
        case rpcFault = "rpc-fault"
        case bindRejected = "bind-nak"
        /// The KMS response arrived but failed validation (hash, HMAC, padding, echo checks).
        case badResponse = "bad-response"
        /// The host answered with an error HRESULT instead of an activation.
        case kmsError = "kms-error"
        /// The host answered correctly but counts fewer clients than the product needs.
        case belowThreshold = "below-threshold"
        /// Something failed on this computer (no thread, no random bytes); a bug to report.
        case local
    }

    public let kind: Kind
    /// A finer stable word naming the check that failed: "wrong-call-id", "hmac-mismatch", "closed", ...
    public let reason: String
    public let detail: String
    /// The code Windows would report for this failure (0xC004F074 when no host answered).
    public let windowsCode: ActivationErrorCode?
    /// The status the host itself sent: a KMS HRESULT or an RPC fault status.
    public let hostStatus: UInt32?
    /// The host's full answer when it was valid but not enough (below threshold).
    public let answer: ActivationResult?

    public init(kind: Kind, reason: String, detail: String, windowsCode: ActivationErrorCode? = nil, hostStatus: UInt32? = nil,
                answer: ActivationResult? = nil) {
        self.kind = kind
        self.reason = reason
        self.detail = detail
        self.windowsCode = windowsCode
        self.hostStatus = hostStatus
        self.answer = answer
    }

    public var description: String {
        detail + (windowsCode.map { " (\($0.hex))" } ?? "")
    }
}
