import Foundation

/// The campus as the KMS diagnostics see it, built inside a `NetLab` (after netlab's
/// 40-topology.sh):
///
///     kms     198.18.10.5/24   KMS host: the test KMS host (kms-test-responder, loopback-only, on
///                              its 127.0.0.1:1689) behind a socat forwarder on 198.18.10.5:1688,
///                              dnsmasq on :53 (SRV + A records),
///                              chronyd on :123 (true time, never touching the clock)
///     gw      campus router and VPN concentrator, forwarding; k0 198.18.10.1 (kms),
///             c0 198.18.20.1 (campus), i0 198.19.1.1 (vpn client), o0 198.19.2.1 (off campus);
///             traffic from the "internet" 198.19.0.0/16 to the campus 198.18.0.0/16 is DROPped
///     campus  198.18.20.20/24 via gw                          -> on campus
///     vpn     198.19.1.20/24 via gw, tun0 198.18.200.2/24 carried by socat over UDP to the gw,
///             route 198.18.0.0/16 dev tun0                     -> off campus, through the VPN
///     off     198.19.2.20/24 via gw                            -> off campus, dropped
///
/// Campus range in tests: 198.18.0.0/16. Clients are built only when asked for.
public struct NetLabCampus: Sendable {
    public static let kmsAddress = "198.18.10.5"
    public static let campusRange = "198.18.0.0/16"

    public enum Client: String, Sendable, CaseIterable { case campus, vpn, off }

    /// What the DNS server on the KMS host does.
    public enum DNS: Sendable { case serving, stopped, silent }

    public let lab: NetLab
    public let kms: String
    public let gateway: String
    public let clients: [Client: String]

    /// The namespace of a client that was built.
    public func namespace(_ client: Client) -> String { clients[client] ?? "" }

    /// The zone dnsmasq serves: `nknu.edu.tw` has the SRV record; `multi.nknu.edu.tw` two of them;
    /// `nodata.nknu.edu.tw` a `_vlmcs._tcp` name without SRV; names under `servfail.nknu.edu.tw` go to
    /// the "standard" upstream servers, of which `no-resolv` leaves none, so dnsmasq refuses them; anything
    /// else under the zone is NXDOMAIN.
    public static let zone = """
        no-resolv
        no-hosts
        no-poll
        local=/nknu.edu.tw/
        server=/servfail.nknu.edu.tw/#
        srv-host=_vlmcs._tcp.nknu.edu.tw,kms.nknu.edu.tw,1688,0,100
        srv-host=_vlmcs._tcp.multi.nknu.edu.tw,backup.nknu.edu.tw,1689,10,5
        srv-host=_vlmcs._tcp.multi.nknu.edu.tw,kms.nknu.edu.tw,1688,0,100
        txt-record=_vlmcs._tcp.nodata.nknu.edu.tw,"no srv here"
        host-record=kms.nknu.edu.tw,\(kmsAddress)
        host-record=backup.nknu.edu.tw,\(kmsAddress)
        host-record=nov4.nknu.edu.tw,2001:db8::5
        """

    /// Builds the KMS host, the gateway and the requested clients, and starts the services.
    public static func build(in lab: NetLab, clients wanted: Set<Client>, listener: Bool = true,
                             dns: DNS = .serving) throws -> NetLabCampus {
        let kms = try lab.addNamespace("kms")
        let gateway = try lab.addNamespace("gw")
        try lab.link((kms, "eth0", "\(kmsAddress)/24"), (gateway, "k0", "198.18.10.1/24"))
        try lab.exec(kms, ["ip", "route", "add", "default", "via", "198.18.10.1"])
        try lab.exec(gateway, ["sysctl", "-qw", "net.ipv4.ip_forward=1"])
        try lab.exec(gateway, ["iptables", "-A", "FORWARD", "-s", "198.19.0.0/16", "-d", "198.18.0.0/16", "-j", "DROP"])

        var clients: [Client: String] = [:]
        for client in Client.allCases where wanted.contains(client) {
            let namespace = try lab.addNamespace(client.rawValue, nameserver: kmsAddress)
            clients[client] = namespace
            let (address, gatewayInterface, gatewayAddress) = switch client {
            case .campus: ("198.18.20.20/24", "c0", "198.18.20.1")
            case .vpn: ("198.19.1.20/24", "i0", "198.19.1.1")
            case .off: ("198.19.2.20/24", "o0", "198.19.2.1")
            }
            try lab.link((namespace, "eth0", address), (gateway, gatewayInterface, gatewayAddress + "/24"))
            try lab.exec(namespace, ["ip", "route", "add", "default", "via", gatewayAddress])
        }
        if let vpn = clients[.vpn] {
            try lab.startServer("vpn-server", in: gateway, ["socat", "UDP-LISTEN:4500,bind=198.19.1.1",
                                "TUN:198.18.200.1/24,tun-name=vpn0,tun-type=tun,iff-no-pi,iff-up"])
            try lab.waitForListener(gateway, "udp", "198.19.1.1:4500")
            try lab.startServer("vpn-client", in: vpn, ["socat", "UDP:198.19.1.1:4500,bind=198.19.1.20",
                                "TUN:198.18.200.2/24,tun-name=tun0,tun-type=tun,iff-no-pi,iff-up"])
            try lab.waitForInterface(vpn, "tun0")
            try lab.exec(vpn, ["ip", "route", "add", "198.18.0.0/16", "dev", "tun0"])
            try lab.waitForInterface(gateway, "vpn0")
            try lab.exec(gateway, ["ip", "route", "replace", "198.18.200.0/24", "dev", "vpn0"])
        }

        let campus = NetLabCampus(lab: lab, kms: kms, gateway: gateway, clients: clients)
        if listener { try campus.startListener() }
        try campus.startNTP()
        switch dns {
        case .serving: try campus.startDNS()
        // Every query then ends in an ICMP port unreachable; the kernel rate-limits those (about one
        // a second per peer after a short burst), and a diagnose sends several lookups at once, so
        // without this the later ones would see silence (a timeout) instead of a refusal.
        case .stopped: try lab.exec(kms, ["sysctl", "-qw", "net.ipv4.icmp_ratelimit=0"])
        case .silent: try lab.exec(kms, ["iptables", "-A", "INPUT", "-p", "udp", "--dport", "53", "-j", "DROP"])
        }
        return campus
    }

    /// The KMS service: the real test KMS host, reached on the KMS port through a forwarder
    /// (the responder listens on loopback only). `responder` passes its options, e.g.
    /// `["--count", "3"]` or `["--behaviour", "garbage"]`.
    public func startListener(responder: [String] = []) throws {
        let log = lab.directory.appendingPathComponent("responder-requests.log").path
        try lab.startServer("responder", in: kms, [try BuiltProducts.path("kms-test-responder"), "--address", "127.0.0.1",
                            "--port", "1689", "--connections", "1000", "--deadline", "300", "--log", log] + responder)
        try lab.waitForListener(kms, "tcp", "127.0.0.1:1689")
        try lab.startServer("listener", in: kms, ["socat", "TCP-LISTEN:1688,bind=\(Self.kmsAddress),reuseaddr,fork",
                            "TCP:127.0.0.1:1689"])
        try lab.waitForListener(kms, "tcp", "\(Self.kmsAddress):1688")
    }

    /// The KMS service stops: connections are refused from now on.
    public func stopListener() {
        lab.stopServer("listener")
        lab.stopServer("responder")
    }

    /// chronyd as the campus time reference on the KMS host: no upstream, `-x` so that it never
    /// sets the clock, its files in the lab directory.
    public func startNTP() throws {
        let state = lab.directory.appendingPathComponent("chrony")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let config = state.appendingPathComponent("chrony.conf")
        try """
            port 123
            bindaddress \(Self.kmsAddress)
            allow 198.18.0.0/15
            local stratum 8
            cmdport 0
            bindcmdaddress \(state.path)/chronyd.sock
            pidfile \(state.path)/chronyd.pid
            driftfile \(state.path)/chronyd.drift
            """.write(to: config, atomically: true, encoding: .utf8)
        try lab.startServer("chronyd", in: kms, ["chronyd", "-x", "-d", "-U", "-u", "root", "-f", config.path])
        try lab.waitForListener(kms, "udp", "\(Self.kmsAddress):123")
    }

    /// dnsmasq on the KMS host, serving `zone`, never forwarding anything.
    public func startDNS() throws {
        let config = lab.directory.appendingPathComponent("dnsmasq.conf")
        try Self.zone.write(to: config, atomically: true, encoding: .utf8)
        try lab.startServer("dnsmasq", in: kms, ["dnsmasq", "-k", "-C", config.path, "--listen-address=\(Self.kmsAddress)",
                            "--bind-interfaces", "--pid-file=", "--log-queries", "--log-facility=-"])
        try lab.waitForListener(kms, "udp", "\(Self.kmsAddress):53")
    }
}
