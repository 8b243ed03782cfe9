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
            return CheckResult(id: id, status: .fail, value: "\(host) unresolved",
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
        let arguments = ["endpoint": target, "port": String(host.port), "seconds": timeout.secondsText]
        let figure: String
        let key: String
        switch outcome.result {
        case let .connected(milliseconds):
            return CheckResult(id: id, status: .pass, value: "\(target) connected in \(milliseconds) ms" + sourceFigure(outcome),
                               message: t("diagnose.reach.connected", arguments.merging(["ms": String(milliseconds)]) { $1 }) + via)
        case .refused: (figure, key) = ("refused", "diagnose.reach.refused")
        case .timeout: (figure, key) = ("timeout after \(timeout.secondsText) s", "diagnose.reach.timeout")
        case .hostUnreachable: (figure, key) = ("host unreachable", "diagnose.reach.hostUnreachable")
        case .networkUnreachable: (figure, key) = ("network unreachable", "diagnose.reach.networkUnreachable")
        case .noRoute: (figure, key) = ("no route", "diagnose.reach.noRoute")
        case .blocked: (figure, key) = ("blocked locally", "diagnose.reach.blocked")
        case let .failed(code): (figure, key) = ("error \(code)", "diagnose.reach.failed")
        }
        return CheckResult(id: id, status: .fail, value: "\(target) \(figure)" + sourceFigure(outcome),
                           message: t(key, arguments) + via,
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

    private static func sourceFigure(_ outcome: TCPProbe.Outcome) -> String {
        guard let source = outcome.source else { return "" }
        return " from \(source)" + (outcome.interface.map { " (\($0.name))" } ?? "")
    }
}
