import Activation
import Localization

/// The `reachability` check: does TCP to the KMS host's port complete, and if not, how it failed;
/// plus the local address and interface the connection leaves from.
public enum ReachabilityCheck {
    public static let id = "reachability"

    public static func run(host: Endpoint, campus: [CIDR], vpnServer: String, timeout: Double,
                           localizer t: Localizer) async -> CheckResult {
        // Each check stands alone, so this one resolves the name itself (the dns check reports why it
        // fails); the connect gets what is left of the one timeout, so the check never takes two.
        let started = ContinuousClock.now
        guard let address = await HostResolver.resolve(host.host, timeout: timeout).preferred else {
            return CheckResult(id: id, status: .fail, value: t("diagnose.value.unresolved", ["host": host.description]),
                               message: t("diagnose.reach.unresolved", ["host": host.host]),
                               hint: t("diagnose.dns.hint.host", ["host": host.host]), windowsCode: "0xC004F074")
        }
        let spent = started.duration(to: .now)
        let remaining = max(0.2, timeout - Double(spent.components.seconds) - Double(spent.components.attoseconds) / 1e18)
        let outcome = await TCPProbe.attempt(to: address, port: host.port, timeout: remaining)
        let location = NetworkPath.find(to: address, port: host.port, campus: campus).location
        return evaluate(host: host, address: address, outcome: outcome, location: location,
                        vpnServer: vpnServer, timeout: timeout, localizer: t)
    }

    static func evaluate(host: Endpoint, address: IPAddress, outcome: TCPProbe.Outcome, location: NetworkPath.Location,
                         vpnServer: String, timeout: Double, localizer t: Localizer) -> CheckResult {
        let target = Endpoint(host: address.description, port: host.port).description
        let via = outcome.source.map { source in
            t("diagnose.reach.via", ["source": source.description, "interface": outcome.interface?.name ?? "?"])
        } ?? ""
        var arguments = ["endpoint": target, "port": String(host.port), "seconds": timeout.secondsText]
        arguments["from"] = outcome.source.map { source in
            t("diagnose.value.reach.from", ["source": source.description, "interface": outcome.interface?.name ?? "?"])
        } ?? ""
        let key: String
        switch outcome.result {
        case let .connected(milliseconds):
            arguments["ms"] = String(milliseconds)
            return CheckResult(id: id, status: .pass, value: t("diagnose.value.reach.connected", arguments),
                               message: t("diagnose.reach.connected", arguments) + via)
        case .refused: key = "refused"
        case .timeout: key = "timeout"
        case .hostUnreachable: key = "hostUnreachable"
        case .networkUnreachable: key = "networkUnreachable"
        case .noRoute: key = "noRoute"
        case .blocked: key = "blocked"
        case let .failed(code):
            arguments["code"] = String(code)
            key = "failed"
        }
        return CheckResult(id: id, status: .fail, value: t("diagnose.value.reach." + key, arguments),
                           message: t("diagnose.reach." + key, arguments) + via,
                           hint: hint(for: outcome.result, location: location, vpnServer: vpnServer, port: host.port, localizer: t),
                           windowsCode: "0xC004F074")
    }

    /// What to do depends on where the machine is: off campus the usual cause is a missing VPN.
    private static func hint(for result: TCPProbe.Result, location: NetworkPath.Location, vpnServer: String,
                             port: UInt16, localizer t: Localizer) -> String {
        if location == .offCampus, result != .refused {
            return t("diagnose.hint.vpnSteps", ["server": vpnServer])
        }
        switch result {
        case .refused: return t("diagnose.reach.hint.refused", ["port": String(port)])
        case .noRoute: return t("diagnose.hint.connectNetwork")
        case .blocked: return t("diagnose.reach.hint.blocked", ["port": String(port)])
        default: return location == .vpn ? t("diagnose.reach.hint.vpnUp") : t("diagnose.reach.hint.campus", ["port": String(port)])
        }
    }
}
