import Testing
import TestSupport

/// The reachability check of the real binary from the lab's campus and off-campus hosts, with
/// the KMS host's listener stopped, firewalled, or the route gone.
@Suite("Reachability check in namespaces", .requires(RequiredPeers.campusLab))
struct ReachabilityNamespaceTests {
    static let kms = NetLabCampus.kmsAddress

    func reachability(_ campus: NetLabCampus, from client: NetLabCampus.Client = .campus,
                      timeout: String = "2") throws -> (NetLabDiagnose.Check, Double) {
        let run = try NetLabDiagnose.run(in: campus.namespace(client), [
            "--host", Self.kms, "--campus", NetLabCampus.campusRange, "--ntp", Self.kms, "--timeout", timeout, "--lang", "en",
        ])
        let report = try #require(run.report, "no JSON: \(run.stdout) \(run.stderr)")
        // The runner's own clock, free of process start-up (seconds under a sanitizer on a loaded machine).
        return (try report.check("reachability"), Double(report.elapsedMilliseconds) / 1000)
    }

    @Test("connected: the time, the local address and the interface")
    func connected() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let (check, _) = try reachability(campus)
            #expect(check.status == "pass")
            #expect(check.value.hasPrefix("\(Self.kms):1688 connected in "))
            #expect(check.value.hasSuffix(" ms"))
            #expect(check.data.milliseconds != nil)
            #expect(check.message.hasSuffix("It left from the local address 198.18.20.20 on interface eth0."), "\(check.message)")
        }
    }

    @Test("a stopped listener and an iptables REJECT with tcp-reset are both refused")
    func refused() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            try lab.exec(campus.kms, ["iptables", "-I", "INPUT", "-p", "tcp", "--dport", "1688", "-j", "REJECT", "--reject-with", "tcp-reset"])
            let (rejected, _) = try reachability(campus)
            #expect(rejected.value == "\(Self.kms):1688 refused")
            #expect(rejected.data.outcome == "refused")
            try lab.exec(campus.kms, ["iptables", "-F", "INPUT"])
            campus.stopListener()
            let (stopped, _) = try reachability(campus)
            #expect(stopped.status == "fail")
            #expect(stopped.value.contains("refused"))
            #expect(stopped.windowsCode == "0xC004F074")
        }
    }

    @Test("dropped packets on campus time out after the timeout")
    func dropped() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            try lab.exec(campus.kms, ["iptables", "-I", "INPUT", "-p", "tcp", "--dport", "1688", "-j", "DROP"])
            let (check, seconds) = try reachability(campus, timeout: "1")
            #expect(check.value.contains("timeout after 1 s"))
            #expect(seconds >= 1 && seconds < 5)
            #expect(check.data.outcome == "timeout")
        }
    }

    @Test("a router refusing with ICMP: host unreachable and network unreachable")
    func icmpRejects() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let rule = ["FORWARD", "-d", Self.kms, "-p", "tcp", "--dport", "1688", "-j", "REJECT", "--reject-with"]
            try lab.exec(campus.gateway, ["iptables", "-I"] + rule + ["icmp-host-prohibited"])
            let (host, _) = try reachability(campus)
            #expect(host.value.contains("host unreachable"), "\(host.value)")
            try lab.exec(campus.gateway, ["iptables", "-D"] + rule + ["icmp-host-prohibited"])
            try lab.exec(campus.gateway, ["iptables", "-I"] + rule + ["icmp-net-unreachable"])
            let (network, _) = try reachability(campus)
            #expect(network.value.contains("network unreachable"), "\(network.value)")
        }
    }

    @Test("off campus: the gateway drops, the check times out (0xC004F074)")
    func offCampus() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.off])
            let (check, _) = try reachability(campus, from: .off, timeout: "1")
            #expect(check.status == "fail")
            #expect(check.value == "\(Self.kms):1688 timeout after 1 s")
            #expect(check.windowsCode == "0xC004F074")
        }
    }

    @Test("no route at all: fails at once, long before the timeout")
    func noRoute() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.off])
            try lab.exec(campus.namespace(.off), ["ip", "route", "del", "default"])
            let (check, seconds) = try reachability(campus, from: .off, timeout: "20")
            #expect(check.value == "\(Self.kms):1688 no route")
            #expect(seconds < 10)
        }
    }
}
