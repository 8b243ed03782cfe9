import Testing
import TestSupport

/// Prints how long `diagnose` takes on the happy path and when the KMS host's network drops
/// everything (not a timed test: the figures are printed, only the outcomes are asserted).
/// Run alone: `swift test --filter DiagnoseBenchmark`.
@Suite("diagnose benchmark", .requires(RequiredPeers.campusLab))
struct DiagnoseBenchmarkTests {
    @Test("happy path on campus vs. a dropping network off campus (timeout 3 s)")
    func figures() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus, .off])
            try lab.setNameserver(campus.namespace(.off), NetLabCampus.kmsAddress, timeout: 3)
            let arguments = ["--host", NetLabCampus.kmsAddress, "--campus", NetLabCampus.campusRange,
                             "--ntp", NetLabCampus.kmsAddress, "--timeout", "3"]
            let happy = try NetLabDiagnose.run(in: campus.namespace(.campus), arguments)
            let dropping = try NetLabDiagnose.run(in: campus.namespace(.off), arguments)
            let happyReport = try #require(happy.report), droppingReport = try #require(dropping.report)
            #expect(happyReport.status == "pass")
            #expect(droppingReport.status == "fail")
            let timedOut = droppingReport.checks.filter { $0.data.outcome == "timeout" || $0.data.failure == "timeout" }.map(\.id)
            print("""
                diagnose benchmark (\(happyReport.checks.count) checks, concurrent):
                  happy path on campus:       \(happyReport.elapsedMilliseconds) ms in the runner, \
                \(Int(happy.seconds * 1000)) ms for the whole process
                  dropping network, off campus: \(droppingReport.elapsedMilliseconds) ms in the runner, \
                \(Int(dropping.seconds * 1000)) ms for the whole process; timed out: \(timedOut.joined(separator: ", ")) \
                (one after the other: \(timedOut.count) x 3 s)
                """)
        }
    }
}
