import KMSCore

/// The `reachability` check: does TCP to the KMS host's port complete, and if not, how it failed;
/// plus the local address and interface the connection leaves from.
public enum ReachabilityCheck {
    public static let id = "reachability"

    public static func run(host: Endpoint, timeout: Double) async -> CheckResult {
        // Each check stands alone, so this one resolves the name itself (the dns check reports why it
        // fails); the connect gets what is left of the one timeout, so the check never takes two.
        let started = ContinuousClock.now
        guard let address = await HostResolver.resolve(host.host, timeout: timeout).preferred else {
            return CheckResult(.reachability(.unresolved(host: host.host)))
        }
        let spent = started.duration(to: .now)
        let remaining = max(0.2, timeout - Double(spent.components.seconds) - Double(spent.components.attoseconds) / 1e18)
        let outcome = await TCPProbe.attempt(to: address, port: host.port, timeout: remaining)
        return CheckResult(.reachability(.attempted(target: Endpoint(host: address.description, port: host.port),
                                                    outcome: outcome, timeout: timeout)))
    }
}
