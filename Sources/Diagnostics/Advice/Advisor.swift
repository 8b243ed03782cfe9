import KMSCore
import KMSProtocol

/// The one place that decides what to do from a whole diagnosis: where this computer is, how
/// the connection to the KMS host failed (the reachability check, the KMS exchange or an
/// activation attempt), DNS, the clock and the host's count. `diagnose` shows its advice under
/// the verdict; the wizard under its check steps and on its activation screen.
public enum Advisor {
    /// How a connection to the host failed, as far as the advice tells failures apart.
    enum Connection: Equatable { case refused, silent, noRoute, blocked }

    /// The advice for `checks` (any subset: what is absent is not judged), most urgent first;
    /// `activation` is how an activation attempt failed, when one did: then only the advice that
    /// bears on that failure. Empty when all is well.
    public static func advise(_ checks: [CheckResult], activation: ActivationFailure.Kind? = nil,
                              vpnServer: String) -> [Advice] {
        let advice = situation(Facts(checks, activation: activation), vpnServer: vpnServer)
        guard let activation else { return advice }
        return advice.filter { bears($0, on: activation) }
    }

    /// Whether a piece of advice fixes an activation that failed this way (a missing SRV record,
    /// say, does not explain a host that broke the protocol).
    static func bears(_ advice: Advice, on failure: ActivationFailure.Kind) -> Bool {
        switch failure {
        case .timeout, .refused, .unreachable, .dns: advice.windowsCode == .noKMSContacted
        case .belowThreshold: advice.windowsCode == .countInsufficient
        case .kmsError: advice == .setClock
        case .protocol, .rpcFault, .bindRejected, .badResponse, .local: false
        }
    }

    private static func situation(_ facts: Facts, vpnServer: String) -> [Advice] {
        if facts.place == .noRoute || facts.connection == .noRoute { return [.connectNetwork] }
        var advice: [Advice] = []
        if let host = facts.unresolvedHost {
            advice.append(.hostNameUnresolved(host: host))
        } else if let connection = facts.connection, !facts.hostAnswered {
            switch (connection, facts.place) {
            case (.blocked, _): advice.append(.localFirewall(port: facts.port ?? CampusDefaults.kmsPort))
            case (.refused, .campus?): advice.append(.kmsServiceDown)
            case (_, .campus?): advice.append(.campusNoAnswer)
            case (_, .vpn?): advice.append(.vpnNoAnswer)
            default: advice.append(.connectVPN(server: vpnServer))
            }
        }
        if let dns = facts.dns, dns.srvMissing, !dns.hostFails, facts.hostAnswered {
            advice.append(.manualKMSHost(endpoint: dns.host))
        }
        if facts.clockTooFar { advice.append(.setClock) }
        if facts.belowThreshold {
            advice.append(.countBelowThreshold(count: facts.kms?.failure?.count, minimum: facts.kms?.minimumCount))
        }
        return advice
    }

    /// What the checks say, gathered once.
    struct Facts {
        var place: NetworkPath.Location?
        var dns: DNSFinding?
        var kms: KMSFinding?
        var connection: Connection?
        var unresolvedHost: String?
        /// The host answered a connection or a request (even with an error or a low count).
        var hostAnswered = false
        var clockTooFar = false
        var belowThreshold = false
        var port: UInt16?

        init(_ checks: [CheckResult], activation: ActivationFailure.Kind?) {
            var failures: [ActivationFailure.Kind] = activation.map { [$0] } ?? []
            for check in checks {
                switch check.finding {
                case let .network(finding):
                    place = finding.place
                    if case let .unresolved(host) = finding { unresolvedHost = host }
                case let .dns(finding):
                    dns = finding
                    if finding.hostFails { unresolvedHost = finding.host.host }
                case let .reachability(.unresolved(host)):
                    unresolvedHost = host
                case let .reachability(.attempted(target, outcome, _)):
                    port = target.port
                    if case .connected = outcome.result { hostAnswered = true } else { connection = Self.connection(outcome.result) }
                case let .kms(finding):
                    kms = finding
                    if let failure = finding.failure { failures.append(failure.kind) } else { hostAnswered = true }
                case let .clock(finding):
                    clockTooFar = finding.verdict?.band == .tooFar
                default: break
                }
            }
            for kind in failures {
                switch kind {
                case .dns: unresolvedHost = unresolvedHost ?? dns?.host.host ?? kms?.endpoint.host
                case .timeout: connection = connection ?? .silent
                case .refused: connection = connection ?? .refused
                case .unreachable: connection = connection ?? .silent
                case .belowThreshold: belowThreshold = true; hostAnswered = true
                case .kmsError, .protocol, .rpcFault, .bindRejected, .badResponse: hostAnswered = true
                case .local: break
                }
            }
        }

        static func connection(_ result: TCPProbe.Result) -> Connection {
            switch result {
            case .refused: .refused
            case .noRoute: .noRoute
            case .blocked: .blocked
            default: .silent
            }
        }
    }
}
