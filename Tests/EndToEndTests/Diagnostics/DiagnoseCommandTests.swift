import Foundation
import Testing
import TestSupport

/// `kmswizard diagnose` end to end: exit statuses, the JSON shape, the text report, bad flags,
/// and that a dropping network costs about one timeout, not the sum.
@Suite("kmswizard diagnose end to end", .requires(RequiredPeers.campusLab + [.faketime]))
struct DiagnoseCommandTests {
    static let kms = NetLabCampus.kmsAddress

    static func arguments(domain: String = "nknu.edu.tw", timeout: String = "2") -> [String] {
        ["--host", kms, "--domain", domain, "--campus", NetLabCampus.campusRange, "--ntp", kms, "--timeout", timeout]
    }

    @Test("on campus everything passes: exit 0 and the documented JSON keys")
    func campusPasses() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let run = try NetLabDiagnose.run(in: campus.namespace(.campus), Self.arguments())
            #expect(run.exitStatus == 0, "\(run.stdout) \(run.stderr)")
            let report = try #require(run.report)
            #expect(report.schemaVersion == 2)
            #expect(report.status == "pass")
            #expect(report.checks.map(\.id) == ["clock", "timezone", "network", "dns", "reachability", "kms", "kmsHostClock"])
            #expect(report.checks.filter { $0.id != "kmsHostClock" }.allSatisfy { $0.status == "pass" }, "\(report.checks)")
            #expect(try report.check("kmsHostClock").status == "skip")
            #expect(report.advice.isEmpty)
            // Every check object carries all seven keys, hint and windowsCode as null when empty.
            let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["schemaVersion", "status", "verdict", "elapsedMilliseconds", "checks", "advice"])
            let first = try #require((object["checks"] as? [[String: Any]])?.first)
            #expect(Set(first.keys) == ["id", "status", "value", "message", "hint", "windowsCode", "data"])
            #expect(first["hint"] is NSNull)
        }
    }

    @Test("warnings only (no SRV record) exit 10; a failure exits 11")
    func exitStatuses() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let warned = try NetLabDiagnose.run(in: campus.namespace(.campus), Self.arguments(domain: "nosuch.nknu.edu.tw"))
            #expect(warned.exitStatus == 10)
            #expect(warned.report?.status == "warn")
            campus.stopListener()
            let failed = try NetLabDiagnose.run(in: campus.namespace(.campus), Self.arguments())
            #expect(failed.exitStatus == 11)
            #expect(failed.report?.status == "fail")
            #expect(failed.report?.advice.map(\.kind) == ["kmsServiceDown"])
            #expect(failed.report?.advice.first?.windowsCode == "0xC004F074")
        }
    }

    @Test("the text report marks each line with text, gives the figure, the fix and the verdict")
    func textReport() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.off])
            let english = try NetLabDiagnose.run(in: campus.namespace(.off), Self.arguments(timeout: "1") + ["--lang", "en"], json: false)
            #expect(english.exitStatus == 11)
            let lines = english.stdout.split(separator: "\n").map(String.init)
            #expect(lines.contains("[WARN] Network: off campus: 198.19.2.20 via eth0"), "\(english.stdout)")
            #expect(lines.contains("[FAIL] Reachability: \(Self.kms):1688 timeout after 1 s"), "\(english.stdout)")
            let verdict = try #require(lines.firstIndex { $0.hasPrefix("[FAIL] Verdict: ") })
            // The VPN steps come once, under the verdict, with the Windows code.
            #expect(lines[verdict + 1].contains("What to do: You are off campus") && lines[verdict + 1].contains("0xC004F074"))
            #expect(lines.filter { $0.contains("FortiClient") }.count == 1, "\(english.stdout)")
            let chinese = try NetLabDiagnose.run(in: campus.namespace(.off), Self.arguments(timeout: "1") + ["--lang", "zh-TW"], json: false)
            #expect(chinese.stdout.contains("[注意] 網路位置：校外：198.19.2.20，經 eth0"), "\(chinese.stdout)")
            #expect(chinese.stdout.contains("[失敗] 結論："))
            #expect(chinese.stdout.contains("FortiClient"))
        }
    }

    @Test("a clock five days slow fails with 0xC004F06C and the advice to set it; another zone is no failure",
          .disabled(if: SanitizerRuntime.active != nil,
                    "libfaketime deadlocks in a sanitizer runtime's start-up (recursive clock_gettime before it is set up)"))
    func clockAndZone() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let skewed = try NetLabDiagnose.run(in: campus.namespace(.campus), Self.arguments(), clockShift: "-5d")
            let skewedReport = try #require(skewed.report, "\(skewed.process)")
            #expect(skewed.exitStatus == 11)
            let clock = try skewedReport.check("clock")
            #expect(clock.status == "fail", "\(clock)")
            #expect(clock.windowsCode == "0xC004F06C")
            #expect(skewedReport.advice.map(\.kind) == ["setClock"])
            #expect(skewedReport.advice.first?.windowsCode == "0xC004F06C")
            #expect(try skewedReport.check("reachability").status == "pass")

            // The host compares UTC: a Linux zone other than Taipei's is information, not a failure.
            for zone in ["Asia/Tokyo", "Etc/UTC"] {
                let other = try NetLabDiagnose.run(in: campus.namespace(.campus), Self.arguments(), zone: zone)
                let otherReport = try #require(other.report, "\(other.process)")
                #expect(other.exitStatus == 0, "\(zone): \(other.stdout)")
                #expect(try otherReport.check("timezone").status == "pass")
                #expect(try otherReport.check("timezone").windowsCode == nil)
                #expect(!otherReport.verdict.contains("0xC004F06C"))
            }
        }
    }

    @Test("a bad --campus range is a usage error (exit 64) that says what is wrong")
    func badCampus() async throws {
        try await NetLab.with { lab in
            let isolated = try lab.addNamespace("lonely")
            let run = try NetLabDiagnose.run(in: isolated, ["--host", Self.kms, "--campus", "198.18.40.17/15", "--json", "--lang", "en"],
                                           json: false)
            #expect(run.exitStatus == 64)
            #expect(run.stderr.contains("did you mean 198.18.0.0/15"), "\(run.stderr)")
            let chinese = try NetLabDiagnose.run(in: isolated, ["--host", Self.kms, "--campus", "198.18.40.17/15", "--lang", "zh-TW"],
                                                 json: false)
            #expect(chinese.exitStatus == 64)
            #expect(chinese.stderr.contains("您是指 198.18.0.0/15 嗎？"), "\(chinese.stderr)")
        }
    }

    @Test("off campus with everything dropped, the run takes about one timeout, not the sum")
    func concurrentTimeouts() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.off])
            // dns (3 s resolver timeout) + reachability (3 s) would be 6 s one after the other.
            try lab.setNameserver(campus.namespace(.off), Self.kms, timeout: 3)
            let run = try NetLabDiagnose.run(in: campus.namespace(.off), Self.arguments(timeout: "3") + ["--lang", "zh-TW"])
            let report = try #require(run.report)
            // The figures speak the reader's language too.
            #expect(try report.check("reachability").value.contains("逾時 3 秒"), "\(report.checks.map(\.value))")
            #expect(try report.check("dns").value.hasSuffix("SRV 逾時"), "\(report.checks.map(\.value))")
            // The runner's own clock, free of process start-up on a loaded machine: below the 6 s
            // sum proves the overlap.
            #expect(report.elapsedMilliseconds >= 3000 && report.elapsedMilliseconds < 5000,
                    "took \(report.elapsedMilliseconds) ms (process: \(run.seconds) s)")
        }
    }
}

/// `data` is the same whatever the reader's language: scripts read it, not the words.
@Suite("diagnose --json data is language-independent", .requires(RequiredPeers.campusLab))
struct DiagnoseDataTests {
    /// Each check's `data` with the figures that change from run to run (times, round trips) removed.
    static func data(_ stdout: String) throws -> [NSDictionary] {
        let object = try #require(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let checks = try #require(object["checks"] as? [[String: Any]])
        return try checks.map { check in
            var data = try #require(check["data"] as? [String: Any], "\(check)")
            for varying in ["offsetSeconds", "roundTripSeconds", "localTime", "referenceTime", "milliseconds", "rttMilliseconds", "epid"] {
                data[varying] = nil
            }
            return data as NSDictionary
        }
    }

    @Test("on campus and off campus, --lang en and --lang zh-TW give identical data")
    func identicalAcrossLanguages() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus, .off])
            for client in [NetLabCampus.Client.campus, .off] {
                let arguments = DiagnoseCommandTests.arguments(domain: "nosuch.nknu.edu.tw", timeout: "1")
                let english = try NetLabDiagnose.run(in: campus.namespace(client), arguments + ["--lang", "en"])
                let chinese = try NetLabDiagnose.run(in: campus.namespace(client), arguments + ["--lang", "zh-TW"])
                let englishData = try Self.data(english.stdout), chineseData = try Self.data(chinese.stdout)
                #expect(englishData == chineseData, "\(client)")
                #expect(english.report?.checks.map(\.message) != chinese.report?.checks.map(\.message), "the words do differ")
                #expect(english.report?.advice.map(\.kind) == chinese.report?.advice.map(\.kind))
                let network = try #require(english.report).check("network").data
                #expect(network.place == (client == .campus ? "campus" : "offCampus"))
            }
        }
    }
}
