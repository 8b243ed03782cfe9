import Testing
import TestSupport

/// The kms check of the real binary: one exchange with the test KMS host in the lab, answering
/// properly, with too low a count, with a KMS error, with garbage, or not at all.
@Suite("KMS exchange check in namespaces", .requires(RequiredPeers.campusLab))
struct DiagnoseKMSTests {
    static let kms = NetLabCampus.kmsAddress

    func kmsCheck(_ campus: NetLabCampus, from client: NetLabCampus.Client = .campus) throws -> NetLabDiagnose.Check {
        try report(campus, from: client).check("kms")
    }

    func report(_ campus: NetLabCampus, from client: NetLabCampus.Client = .campus) throws -> NetLabDiagnose.Report {
        let run = try NetLabDiagnose.run(in: campus.namespace(client), [
            "--host", Self.kms, "--campus", NetLabCampus.campusRange, "--ntp", Self.kms, "--timeout", "2", "--lang", "en",
        ])
        return try #require(run.report, "no JSON: \(run.process)")
    }

    @Test("a proper answer passes with the protocol version, count and round-trip time")
    func activated() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus])
            let check = try kmsCheck(campus)
            #expect(check.status == "pass", "\(check)")
            #expect(check.value.hasPrefix("v6, count "), "\(check.value)")
            #expect(check.value.hasSuffix(" ms"))
            #expect(check.message.contains("it would activate Windows 10"), "\(check.message)")
            #expect(check.message.contains("every 7 days, retrying every 2 hours"), "intervals in human units: \(check.message)")
        }
    }

    /// A low count is the situation's advice (not this computer's fault); the others a hint of their own.
    @Test("hosts that answer wrongly fail with what Windows would report and what to do", arguments: [
        (["--behaviour", "kms-error", "--hresult", "C004F042"], "0xC004F042", "kmswizard explain 0xC004F042"),
        (["--behaviour", "garbage"], "0xC004F074", "KMS protocol"),
    ] as [([String], String, String)])
    func wrongAnswers(responder: [String], code: String, hint: String) async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus], listener: false)
            try campus.startListener(responder: responder)
            let report = try report(campus)
            let check = try report.check("kms")
            #expect(check.status == "fail", "\(check)")
            #expect(check.windowsCode == code)
            #expect(check.value.hasSuffix(", \(code)"), "\(check.value)")
            #expect(check.hint?.contains(hint) == true, "\(check.hint ?? "")")
            #expect(report.advice.isEmpty, "the host answered: no network advice, \(report.advice)")
        }
    }

    @Test("off campus the exchange times out like the TCP connect, pointing at the network lines")
    func offCampus() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.off])
            let check = try kmsCheck(campus, from: .off)
            #expect(check.status == "fail")
            #expect(check.value == "timed out, 0xC004F074", "the class and code, no internal words: \(check.value)")
            #expect(check.data.failure == "timeout")
            #expect(check.windowsCode == "0xC004F074")
        }
    }
}
