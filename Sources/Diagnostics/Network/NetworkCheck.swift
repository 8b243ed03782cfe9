import Activation
import Localization

/// The `network` check: on campus, on the SSL VPN, or off campus, from the kernel's route to the
/// KMS host. Off campus, activation fails with 0xC004F074 until the VPN is connected.
public enum NetworkCheck {
    public static let id = "network"

    public static func run(host: Endpoint, campus: [CIDR], vpnServer: String, timeout: Double,
                           localizer t: Localizer) async -> CheckResult {
        guard let address = await HostResolver.resolve(host.host, timeout: timeout).preferred else {
            return CheckResult(id: id, status: .warn, value: t("diagnose.value.unresolved", ["host": host.host]),
                               message: t("diagnose.net.unresolved", ["host": host.host]))
        }
        let path = NetworkPath.find(to: address, port: host.port, campus: campus)
        return evaluate(path, campus: campus, vpnServer: vpnServer, localizer: t)
    }

    static func evaluate(_ path: NetworkPath, campus: [CIDR], vpnServer: String, localizer t: Localizer) -> CheckResult {
        let interfaceName = path.interface?.name ?? "?"
        let arguments = [
            "address": path.target.description,
            "source": path.source?.description ?? "?",
            "interface": interfaceName,
            "ranges": campus.map(\.description).joined(separator: ", "),
        ]
        let figure = t("diagnose.value.net.\(path.location.rawValue)", arguments)
        switch path.location {
        case .campus:
            return CheckResult(id: id, status: .pass, value: figure, message: t("diagnose.net.campus", arguments))
        case .vpn:
            return CheckResult(id: id, status: .pass, value: figure, message: t("diagnose.net.vpn", arguments))
        case .offCampus:
            return CheckResult(id: id, status: .warn, value: figure, message: t("diagnose.net.offCampus", arguments),
                               hint: t("diagnose.hint.vpnSteps", ["server": vpnServer]), windowsCode: "0xC004F074")
        case .noRoute:
            return CheckResult(id: id, status: .fail, value: figure, message: t("diagnose.net.noRoute", arguments),
                               hint: t("diagnose.hint.connectNetwork"), windowsCode: "0xC004F074")
        }
    }
}
