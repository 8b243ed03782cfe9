import KMSCore

/// The fix for the situation a diagnosis found, as data; `Advisor` decides it, `lines(_:)` says it.
public enum Advice: Sendable, Equatable {
    /// No route anywhere: connect to a network first (VPN steps make no sense yet).
    case connectNetwork
    /// The KMS host name does not resolve.
    case hostNameUnresolved(host: String)
    /// On campus, the host refuses: the KMS service is down or filtered.
    case kmsServiceDown
    /// On campus, no answer: a firewall on the way, or the host is down.
    case campusNoAnswer
    /// On the VPN, the host does not answer: reconnect the VPN, then contact the Computer Center.
    case vpnNoAnswer
    /// Off campus and the host does not answer: connect the SSL VPN (the steps).
    case connectVPN(server: String)
    /// This computer's own firewall forbids the connection.
    case localFirewall(port: UInt16)
    /// Windows cannot discover the host (no SRV record) though it is reachable: name it by hand.
    case manualKMSHost(endpoint: Endpoint)
    /// The clock is beyond the host's tolerance.
    case setClock
    /// The host counts too few clients: nothing wrong here, try later.
    case countBelowThreshold(count: Int?, minimum: Int?)

    /// The stable word for scripts (`connectVPN`, `setClock`...).
    public var kind: String {
        switch self {
        case .connectNetwork: "connectNetwork"
        case .hostNameUnresolved: "hostNameUnresolved"
        case .kmsServiceDown: "kmsServiceDown"
        case .campusNoAnswer: "campusNoAnswer"
        case .vpnNoAnswer: "vpnNoAnswer"
        case .connectVPN: "connectVPN"
        case .localFirewall: "localFirewall"
        case .manualKMSHost: "manualKMSHost"
        case .setClock: "setClock"
        case .countBelowThreshold: "countBelowThreshold"
        }
    }

    /// The error Windows shows in this situation.
    public var windowsCode: ActivationErrorCode {
        switch self {
        case .connectNetwork, .hostNameUnresolved, .kmsServiceDown, .campusNoAnswer, .vpnNoAnswer, .connectVPN, .localFirewall:
            .noKMSContacted
        case .manualKMSHost: .noSRVRecord
        case .setClock: .clockTooFar
        case .countBelowThreshold: .countInsufficient
        }
    }
}
