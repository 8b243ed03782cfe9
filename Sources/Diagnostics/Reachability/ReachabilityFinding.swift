import KMSCore

/// What the reachability check found: how one TCP connect to the KMS host's port ended.
public enum ReachabilityFinding: Sendable, Equatable {
    /// The host name does not resolve, so nothing was tried.
    case unresolved(host: String)
    /// One connect to `target` (the address and port used) within `timeout` seconds.
    case attempted(target: Endpoint, outcome: TCPProbe.Outcome, timeout: Double)

    /// The connect's result; nil when the name did not resolve.
    public var result: TCPProbe.Result? {
        if case let .attempted(_, outcome, _) = self { return outcome.result }
        return nil
    }

    var status: CheckResult.Status {
        if case .connected? = result { return .pass }
        return .fail
    }

    var windowsCode: ActivationErrorCode? { status == .pass ? nil : .noKMSContacted }
}

extension TCPProbe.Result {
    /// The stable word for scripts: `connected`, `refused`, `timeout`, `hostUnreachable`...
    public var kind: String {
        switch self {
        case .connected: "connected"
        case .refused: "refused"
        case .timeout: "timeout"
        case .hostUnreachable: "hostUnreachable"
        case .networkUnreachable: "networkUnreachable"
        case .noRoute: "noRoute"
        case .blocked: "blocked"
        case .failed: "failed"
        }
    }
}

extension ReachabilityFinding: Encodable {
    private enum Keys: String, CodingKey {
        case outcome, host, address, port, milliseconds, timeoutSeconds, sourceAddress, interface, errno
    }

    /// `{outcome, address, port, milliseconds, timeoutSeconds, sourceAddress, interface, errno}`;
    /// `outcome` is `unresolved` (with `host`) when the name did not resolve.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case let .unresolved(host):
            try container.encode("unresolved", forKey: .outcome)
            try container.encode(host, forKey: .host)
        case let .attempted(target, outcome, timeout):
            try container.encode(outcome.result.kind, forKey: .outcome)
            try container.encode(target.host, forKey: .address)
            try container.encode(target.port, forKey: .port)
            var milliseconds: Int?
            var code: String?
            switch outcome.result {
            case let .connected(elapsed): milliseconds = elapsed
            case let .failed(number): code = SystemReason.errno(number).symbolicName
            default: break
            }
            try container.encode(milliseconds, forKey: .milliseconds)
            try container.encode(timeout, forKey: .timeoutSeconds)
            try container.encode(outcome.source?.description, forKey: .sourceAddress)
            try container.encode(outcome.interface?.name, forKey: .interface)
            try container.encode(code, forKey: .errno)
        }
    }
}
