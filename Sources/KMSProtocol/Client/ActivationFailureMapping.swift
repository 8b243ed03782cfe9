import Platform
import KMSCore

/// How each lower layer's error becomes an `ActivationFailure`.
extension ActivationFailure {
    init(_ error: TransportError) {
        let detail = error.description
        switch error {
        case let .dns(_, code, _):
            // A host named by hand that does not resolve ends on Windows as 0xC004F074, like any
            // host it cannot reach; 0x8007232B is only auto-discovery finding no _vlmcs._tcp SRV
            // record, which `activate` never does (Microsoft, "Resolving common activation error codes").
            self.init(kind: .dns, reason: Self.word(gaiCode: code), detail: detail, windowsCode: .noKMSContacted)
        case .refused:
            self.init(kind: .refused, reason: "connection-refused", detail: detail, windowsCode: .noKMSContacted)
        case let .unreachable(_, kind):
            self.init(kind: .unreachable, reason: Self.word(kind), detail: detail, windowsCode: .noKMSContacted)
        case let .timeout(phase, _, overall, _):
            self.init(kind: .timeout, reason: (overall ? "overall-" : "step-") + Self.word(phase), detail: detail,
                      windowsCode: .noKMSContacted)
        case .closed:
            self.init(kind: .protocol, reason: "closed", detail: detail, windowsCode: .noKMSContacted)
        case .reset:
            self.init(kind: .protocol, reason: "reset", detail: detail, windowsCode: .noKMSContacted)
        case .system:
            self.init(kind: .unreachable, reason: "system-error", detail: detail, windowsCode: .noKMSContacted)
        }
    }

    init(_ error: RPCError) {
        switch error {
        case let .transport(transport):
            self.init(transport)
        case let .bindRejected(reason):
            self.init(kind: .bindRejected, reason: "bind-nak", detail: error.description, windowsCode: .noKMSContacted,
                      hostStatus: UInt32(reason.code))
        case .noTransferSyntaxAccepted:
            self.init(kind: .bindRejected, reason: "no-transfer-syntax", detail: error.description,
                      windowsCode: .noKMSContacted)
        case let .fault(status, _):
            self.init(kind: .rpcFault, reason: "fault", detail: error.description, windowsCode: .noKMSContacted,
                      hostStatus: status)
        default:
            self.init(kind: .protocol, reason: error.code, detail: error.description, windowsCode: .noKMSContacted)
        }
    }

    init(_ error: KMSResponseError) {
        self.init(kind: .badResponse, reason: error.code, detail: error.description)
    }

    /// getaddrinfo's EAI_* codes as words (glibc values; the numbers differ between systems).
    private static func word(gaiCode: Int32) -> String {
        switch gaiCode {
        case EAI_NONAME: "name-not-found"
        case EAI_AGAIN: "temporary-failure"
        case EAI_FAIL: "server-failure"
        case EAI_FAMILY: "address-family"
        case EAI_MEMORY: "out-of-memory"
        default: "resolver-error"
        }
    }

    private static func word(_ phase: TransportError.Phase) -> String {
        switch phase {
        case .resolving: "resolving"
        case .connecting: "connecting"
        case .sending: "sending"
        case .receiving: "receiving"
        }
    }

    private static func word(_ kind: TransportError.Unreachable) -> String {
        switch kind {
        case .network: "network-unreachable"
        case .noRoute: "no-route"
        case .hostDown: "host-down"
        case .noLocalAddress: "no-local-address"
        case .addressFamily: "address-family"
        }
    }
}
