import KMSCore

/// The `dns` check: does the KMS host name resolve, and does the campus domain advertise a KMS
/// host through `_vlmcs._tcp` SRV records, which Windows' auto-discovery needs (else 0x8007232B).
/// The host name failing is a failure (nothing can reach it), a missing SRV record only a
/// warning (naming the host by hand works around it).
public enum DNSCheck {
    public static let id = "dns"

    public static func run(host: Endpoint, domain: String, timeout: Double) async -> CheckResult {
        let serviceName = "_vlmcs._tcp." + domain
        async let srv = SRVLookup.lookup(serviceName, timeout: timeout)
        let hostOutcome: HostResolver.Outcome? = host.isName ? await HostResolver.diagnose(host.host, timeout: timeout) : nil
        return CheckResult(.dns(DNSFinding(host: host, hostOutcome: hostOutcome, serviceName: serviceName, srv: await srv,
                                           timeout: timeout)))
    }
}
