import Testing
import TestSupport

/// The network check of the real binary: campus, a real tun VPN carried by socat, off campus.
@Suite("Network location in namespaces", .requires(RequiredPeers.campusLab))
struct NetworkNamespaceTests {
    static let kms = NetLabCampus.kmsAddress

    func network(_ campus: NetLabCampus, from client: NetLabCampus.Client) throws -> NetLabDiagnose.Check {
        let run = try NetLabDiagnose.run(in: campus.namespace(client), [
            "--host", Self.kms, "--campus", NetLabCampus.campusRange, "--ntp", Self.kms, "--timeout", "1", "--lang", "en",
        ])
        let report = try #require(run.report, "no JSON: \(run.stdout) \(run.stderr)")
        return try report.check("network")
    }

    @Test("campus, VPN and off campus, each from its own host")
    func locations() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus, .vpn, .off])
            let onCampus = try network(campus, from: .campus)
            #expect(onCampus.status == "pass")
            #expect(onCampus.value == "campus: 198.18.20.20 via eth0")

            let onVPN = try network(campus, from: .vpn)
            #expect(onVPN.status == "pass")
            #expect(onVPN.value == "VPN: 198.18.200.2 via tun0 (tunnel)")

            let offCampus = try network(campus, from: .off)
            #expect(offCampus.status == "warn")
            #expect(offCampus.value == "off campus: 198.19.2.20 via eth0")
            #expect(offCampus.windowsCode == "0xC004F074")
            #expect(offCampus.data.place == "offCampus")
            #expect(offCampus.hint == nil, "the VPN steps are the advice's, said once")
        }
    }

    @Test("the VPN really carries traffic: reachability passes from the VPN host")
    func vpnCarries() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.vpn])
            let run = try NetLabDiagnose.run(in: campus.namespace(.vpn), [
                "--host", Self.kms, "--campus", NetLabCampus.campusRange, "--ntp", Self.kms, "--timeout", "2", "--lang", "zh-TW",
            ])
            let reachability = try #require(run.report).check("reachability")
            #expect(reachability.status == "pass")
            // The words speak the reader's language too.
            #expect(reachability.message.hasSuffix("連線從本機位址 198.18.200.2、介面 tun0 送出。"), "\(reachability.message)")
        }
    }

    @Test("no route: the network check fails and says to connect to a network")
    func noRoute() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.off], dns: .stopped)
            try lab.exec(campus.namespace(.off), ["ip", "route", "del", "default"])
            let check = try network(campus, from: .off)
            #expect(check.status == "fail")
            #expect(check.value == "no route to \(Self.kms)")
        }
    }
}
