import KMSCore

/// What the dns check found: the KMS host name's addresses and the campus domain's `_vlmcs._tcp`
/// SRV records, each as an answer or the way its lookup failed.
public struct DNSFinding: Sendable, Equatable {
    public var host: Endpoint
    /// Nil when the host is an address literal: nothing to look up.
    public var hostOutcome: HostResolver.Outcome?
    public var serviceName: String
    public var srv: SRVLookup.Outcome
    public var timeout: Double

    public init(host: Endpoint, hostOutcome: HostResolver.Outcome?, serviceName: String, srv: SRVLookup.Outcome, timeout: Double) {
        self.host = host
        self.hostOutcome = hostOutcome
        self.serviceName = serviceName
        self.srv = srv
        self.timeout = timeout
    }

    /// The host name did not resolve: nothing can reach the host by it.
    public var hostFails: Bool {
        switch hostOutcome {
        case nil, .resolved?: false
        default: true
        }
    }

    /// Windows' auto-discovery finds no host (naming it by hand works around that).
    public var srvMissing: Bool {
        if case .found = srv { return false }
        return true
    }

    var status: CheckResult.Status { hostFails ? .fail : srvMissing ? .warn : .pass }

    var windowsCode: ActivationErrorCode? { hostFails ? .noKMSContacted : srvMissing ? .noSRVRecord : nil }
}

extension HostResolver.Outcome {
    /// The stable word for a failed lookup (`nxdomain`, `noData`...); nil when it resolved.
    var failureKind: String? {
        switch self {
        case .resolved: nil
        case .notFound: "nxdomain"
        case .noAddress: "noData"
        case .unanswered: "unanswered"
        case .noServer: "noServer"
        case .timeout: "timeout"
        case .serverFailure: "serverFailure"
        case .failed: "error"
        }
    }
}

extension SRVLookup.Outcome {
    /// The stable word for a failed lookup; nil when records were found.
    var failureKind: String? {
        switch self {
        case .found: nil
        case .nxdomain: "nxdomain"
        case .noData: "noData"
        case .noServer: "noServer"
        case .timeout: "timeout"
        case .serverFailure: "serverFailure"
        case .malformed: "malformed"
        }
    }
}

extension DNSFinding: Encodable {
    private enum Keys: String, CodingKey { case host, literal, service, answers }
    private enum AnswerKeys: String, CodingKey { case name, type, target, port, priority, weight, failure, reason }

    /// `{host, literal, service, answers: [{name, type, target, port, priority, weight, failure, reason}]}`:
    /// one answer per address or SRV record, or one per failed lookup with its `failure` kind
    /// (`type` `ADDRESS` for the host's combined A/AAAA lookup).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(host.host, forKey: .host)
        try container.encode(hostOutcome == nil, forKey: .literal)
        try container.encode(serviceName, forKey: .service)
        var answers = container.nestedUnkeyedContainer(forKey: .answers)
        func answer(_ name: String, _ type: String, target: String? = nil, record: SRVRecord? = nil,
                    failure: String? = nil, reason: SystemReason? = nil) throws {
            var entry = answers.nestedContainer(keyedBy: AnswerKeys.self)
            try entry.encode(name, forKey: .name)
            try entry.encode(type, forKey: .type)
            try entry.encode(record?.target ?? target, forKey: .target)
            try entry.encode(record?.port, forKey: .port)
            try entry.encode(record?.priority, forKey: .priority)
            try entry.encode(record?.weight, forKey: .weight)
            try entry.encode(failure, forKey: .failure)
            try entry.encode(reason?.symbolicName, forKey: .reason)
        }
        switch hostOutcome {
        case nil: break
        case let .resolved(v4, v6)?:
            for address in v4 { try answer(host.host, "A", target: address.description) }
            for address in v6 { try answer(host.host, "AAAA", target: address.description) }
        case let outcome?:
            var reason: SystemReason?
            if case let .failed(why) = outcome { reason = why }
            try answer(host.host, "ADDRESS", failure: outcome.failureKind, reason: reason)
        }
        if case let .found(records) = srv {
            for record in records { try answer(serviceName, "SRV", record: record) }
        } else {
            try answer(serviceName, "SRV", failure: srv.failureKind)
        }
    }
}
