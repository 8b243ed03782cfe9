import Testing
import TestSupport

/// The dns check of the real binary, through the system resolver of a namespace whose
/// resolv.conf points at dnsmasq on the lab's KMS host.
@Suite("DNS check against dnsmasq in a namespace", .requires(RequiredPeers.campusLab))
struct DNSNamespaceTests {
    static let kms = NetLabCampus.kmsAddress

    func diagnose(_ campus: NetLabCampus, host: String = kms, domain: String = "nknu.edu.tw") throws -> NetLabDiagnose.Check {
        try report(campus, host: host, domain: domain).check("dns")
    }

    func report(_ campus: NetLabCampus, host: String = kms, domain: String = "nknu.edu.tw") throws -> NetLabDiagnose.Report {
        let run = try NetLabDiagnose.run(in: campus.namespace(.campus), [
            "--host", host, "--domain", domain, "--campus", NetLabCampus.campusRange, "--ntp", Self.kms,
            "--timeout", "2", "--lang", "en",
        ])
        return try #require(run.report, "no JSON: \(run.stdout) \(run.stderr)")
    }

    @Test("a host name resolves (A) and the SRV record is reported with target, port, priority, weight")
    func found() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let dns = try diagnose(campus, host: "kms.nknu.edu.tw")
            #expect(dns.status == "pass", "\(dns)")
            #expect(dns.value == "kms.nknu.edu.tw A \(Self.kms); SRV kms.nknu.edu.tw:1688 (priority 0, weight 100)")
            #expect(dns.message == "The KMS host name resolves. Windows can find the KMS host by itself through _vlmcs._tcp.nknu.edu.tw.")
            #expect(dns.windowsCode == nil)
        }
    }

    @Test("several SRV records come sorted by priority, then weight; AAAA-only names are shown as AAAA")
    func multipleAndAAAA() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let multi = try diagnose(campus, domain: "multi.nknu.edu.tw")
            #expect(multi.value == "\(Self.kms) (IP); SRV kms.nknu.edu.tw:1688 (priority 0, weight 100), "
                + "backup.nknu.edu.tw:1689 (priority 10, weight 5)")
            let v6 = try diagnose(campus, host: "nov4.nknu.edu.tw")
            #expect(v6.value.hasPrefix("nov4.nknu.edu.tw AAAA 2001:db8::5;"), "\(v6.value)")
        }
    }

    @Test("a missing SRV record (NXDOMAIN or NODATA) warns with 0x8007232B; the advice gives the slmgr step")
    func missingSRV() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let report = try report(campus, domain: "nosuch.nknu.edu.tw")
            let nxdomain = try report.check("dns")
            #expect(nxdomain.status == "warn")
            #expect(nxdomain.value.hasSuffix("SRV NXDOMAIN"))
            #expect(nxdomain.windowsCode == "0x8007232B")
            #expect(nxdomain.hint == nil, "the fix is the advice's, said once")
            #expect(report.advice.map(\.kind) == ["manualKMSHost"])
            #expect(report.advice.first?.lines.first?.contains("slmgr.vbs -skms \(Self.kms):1688") == true)
            let nodata = try diagnose(campus, domain: "nodata.nknu.edu.tw")
            #expect(nodata.status == "warn")
            #expect(nodata.value.hasSuffix("SRV NODATA"))
            #expect(nodata.message.contains("holds no SRV record"))
            #expect(nodata.windowsCode == "0x8007232B")
        }
    }

    @Test("a host name that does not exist fails the check")
    func hostNXDOMAIN() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let report = try report(campus, host: "nosuch.nknu.edu.tw")
            let dns = try report.check("dns")
            #expect(dns.status == "fail")
            #expect(dns.value.hasPrefix("nosuch.nknu.edu.tw NXDOMAIN;"))
            #expect(report.advice.map(\.kind) == ["hostNameUnresolved"])
            #expect(report.advice.first?.windowsCode == "0xC004F074")
        }
    }

    /// For the SRV record and for the host name alike: getaddrinfo folds the last three into one
    /// EAI_AGAIN, so the host name is told apart by a res_query A query sent at the same time.
    @Test("a dead resolver (nothing listens), a silent one (drops) and a failing one (SERVFAIL) are told apart")
    func deadSilentAndFailingResolver() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus], dns: .stopped)
            let byAddress = try diagnose(campus)
            #expect(byAddress.value.hasSuffix("SRV no server"), "\(byAddress.value)")
            #expect(byAddress.status == "warn")
            let byName = try diagnose(campus, host: "kms.nknu.edu.tw")
            #expect(byName.value == "kms.nknu.edu.tw no server; SRV no server", "\(byName.value)")
            #expect(byName.message.hasPrefix("No DNS server accepted the lookup"), "\(byName.message)")
            #expect(byName.status == "fail" && byName.windowsCode == "0xC004F074")
        }
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus], dns: .silent)
            let byAddress = try diagnose(campus)
            #expect(byAddress.value.hasSuffix("SRV timeout"), "\(byAddress.value)")
            #expect(byAddress.status == "warn")
            let byName = try diagnose(campus, host: "kms.nknu.edu.tw")
            #expect(byName.value == "kms.nknu.edu.tw timeout; SRV timeout", "\(byName.value)")
            #expect(byName.status == "fail")
        }
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let failing = try diagnose(campus, host: "kms.servfail.nknu.edu.tw", domain: "servfail.nknu.edu.tw")
            #expect(failing.value == "kms.servfail.nknu.edu.tw server failure; SRV server failure", "\(failing.value)")
            #expect(failing.message.contains("The DNS server answered the lookup with an error."), "\(failing.message)")
            #expect(failing.status == "fail")
        }
    }
}
