import KMSCore

/// The `network` check: on campus, on the SSL VPN, or off campus, from the kernel's route to the
/// KMS host. Off campus, activation fails with 0xC004F074 until the VPN is connected.
public enum NetworkCheck {
    public static let id = "network"

    public static func run(host: Endpoint, campus: [CIDR], timeout: Double) async -> CheckResult {
        guard let address = await HostResolver.resolve(host.host, timeout: timeout).preferred else {
            return CheckResult(.network(.unresolved(host: host.host)))
        }
        return CheckResult(.network(.routed(NetworkPath.find(to: address, port: host.port, campus: campus), campus: campus)))
    }
}
