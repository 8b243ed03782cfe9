import Activation
import Localization

/// The `dns` check: does the KMS host name resolve, and does the campus domain advertise a KMS
/// host through `_vlmcs._tcp` SRV records, which Windows' auto-discovery needs (else 0x8007232B).
public enum DNSCheck {
    public static let id = "dns"

    public static func run(host: Endpoint, domain: String, timeout: Double, localizer t: Localizer) async -> CheckResult {
        let serviceName = "_vlmcs._tcp." + domain
        async let srv = SRVLookup.lookup(serviceName, timeout: timeout)
        let hostOutcome: HostResolver.Outcome? = host.isName ? await HostResolver.diagnose(host.host, timeout: timeout) : nil
        return evaluate(host: host, hostOutcome: hostOutcome, serviceName: serviceName, srv: await srv,
                        timeout: timeout, localizer: t)
    }

    /// Turns both lookups into one result: the host name failing is a failure (nothing can reach
    /// it), a missing SRV record only a warning (naming the host by hand works around it).
    static func evaluate(host: Endpoint, hostOutcome: HostResolver.Outcome?, serviceName: String,
                         srv: SRVLookup.Outcome, timeout: Double, localizer t: Localizer) -> CheckResult {
        let hostPart = describe(host: host, outcome: hostOutcome, timeout: timeout, localizer: t)
        let srvPart = describe(srv: srv, serviceName: serviceName, timeout: timeout, localizer: t)
        let manualStep = t("diagnose.dns.hint.manual", ["endpoint": host.description])
        var result = CheckResult(id: id, status: max(hostPart.status, srvPart.status),
                                 value: hostPart.value + t("diagnose.value.separator") + srvPart.value,
                                 message: t("diagnose.dns.message", ["host": hostPart.message, "srv": srvPart.message]))
        if hostPart.status == .fail {
            result.windowsCode = "0xC004F074"
            result.hint = t("diagnose.dns.hint.host", ["host": host.host])
        } else if srvPart.status != .pass {
            result.windowsCode = "0x8007232B"
            result.hint = manualStep
        }
        return result
    }

    private struct Part {
        let status: CheckResult.Status
        let value: String
        let message: String
    }

    private static func describe(host: Endpoint, outcome: HostResolver.Outcome?, timeout: Double, localizer t: Localizer) -> Part {
        let arguments = ["host": host.host, "seconds": timeout.secondsText]
        switch outcome {
        case nil:
            return Part(status: .pass, value: t("diagnose.value.dns.literal", arguments), message: t("diagnose.dns.host.literal", arguments))
        case let .resolved(v4, v6):
            let addresses = (v4 + v6).map(\.description).joined(separator: ", ")
            var figures: [String] = []
            if !v4.isEmpty { figures.append("A " + v4.map(\.description).joined(separator: " ")) }
            if !v6.isEmpty { figures.append("AAAA " + v6.map(\.description).joined(separator: " ")) }
            return Part(status: .pass, value: "\(host.host) " + figures.joined(separator: ", "),
                        message: t("diagnose.dns.host.resolved", ["host": host.host, "addresses": addresses]))
        case .notFound: return failedPart(host, "NXDOMAIN", "notFound", arguments, t)
        case .noAddress: return failedPart(host, "NODATA", "noAddress", arguments, t)
        case .unanswered: return failedPart(host, t("diagnose.value.dns.unanswered"), "unanswered", arguments, t)
        case .noServer: return failedPart(host, t("diagnose.value.dns.noServer"), "noServer", arguments, t)
        case .timeout: return failedPart(host, t("diagnose.value.dns.timeout"), "timeout", arguments, t)
        case .serverFailure: return failedPart(host, t("diagnose.value.dns.serverFailure"), "serverFailure", arguments, t)
        case let .failed(reason):
            return Part(status: .fail, value: "\(host.host) " + t("diagnose.value.dns.failed"),
                        message: t("diagnose.dns.host.failed", ["host": host.host, "reason": reason]))
        }
    }

    /// A host lookup that failed: the figure after the name, the message under `diagnose.dns.host.<key>`.
    private static func failedPart(_ host: Endpoint, _ figure: String, _ key: String, _ arguments: [String: String],
                                   _ t: Localizer) -> Part {
        Part(status: .fail, value: "\(host.host) \(figure)", message: t("diagnose.dns.host.\(key)", arguments))
    }

    private static func describe(srv: SRVLookup.Outcome, serviceName: String, timeout: Double, localizer t: Localizer) -> Part {
        let arguments = ["name": serviceName, "seconds": timeout.secondsText]
        switch srv {
        case let .found(records):
            let listed = records.map { record in
                t("diagnose.dns.srv.record", ["target": record.target, "port": String(record.port),
                                              "priority": String(record.priority), "weight": String(record.weight)])
            }.joined(separator: t("diagnose.label.listSeparator"))
            let figures = records.map { "\($0.priority) \($0.weight) \($0.port) \($0.target)" }.joined(separator: ", ")
            return Part(status: .pass, value: "SRV " + figures,
                        message: t("diagnose.dns.srv.found", ["name": serviceName, "records": listed]))
        case .nxdomain: return Part(status: .warn, value: "SRV NXDOMAIN", message: t("diagnose.dns.srv.nxdomain", arguments))
        case .noData: return Part(status: .warn, value: "SRV NODATA", message: t("diagnose.dns.srv.noData", arguments))
        case .noServer: return Part(status: .warn, value: "SRV " + t("diagnose.value.dns.noServer"), message: t("diagnose.dns.srv.noServer", arguments))
        case .timeout: return Part(status: .warn, value: "SRV " + t("diagnose.value.dns.timeout"), message: t("diagnose.dns.srv.timeout", arguments))
        case .serverFailure:
            return Part(status: .warn, value: "SRV " + t("diagnose.value.dns.serverFailure"), message: t("diagnose.dns.srv.serverFailure", arguments))
        case .malformed: return Part(status: .warn, value: "SRV " + t("diagnose.value.dns.malformed"), message: t("diagnose.dns.srv.malformed", arguments))
        }
    }
}
