import Testing
import Localization
import TestSupport
@testable import Diagnostics

/// Off the cooperative pool, so that blocking tests elsewhere hold back its timers less.
@Suite("Concurrent check runner", .offCooperativePool)
struct DiagnoseRunnerTests {
    let t = Localizer(table: try! StringTable.bundled(), language: .en)

    /// A check that answers after `seconds`: passing on campus, failing with no route.
    func check(_ id: String, passing: Bool, after seconds: Double) -> DiagnosticCheck {
        DiagnosticCheck(id: id) {
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            return SampleFindings.network(passing ? .campus : .noRoute)
        }
    }

    /// Counts checks that have started; lets each wait (bounded) until all of them have.
    actor Barrier {
        private var started = 0
        func arrive() { started += 1 }
        func count() -> Int { started }
    }

    @Test("checks run at once: each waits until all have started, which only concurrency allows; order is kept")
    func concurrent() async {
        let barrier = Barrier()
        let ids = ["clock", "dns", "reachability"]
        let checks = ids.map { id in
            DiagnosticCheck(id: id) {
                await barrier.arrive()
                for _ in 0..<400 where await barrier.count() < ids.count {
                    try? await Task.sleep(nanoseconds: 10_000_000)
                }
                let together = await barrier.count() == ids.count
                return SampleFindings.network(together ? .campus : .noRoute)
            }
        }
        let diagnosis = await CheckRunner.run(checks, timeout: 10)
        #expect(diagnosis.checks.count == ids.count)
        #expect(diagnosis.status == .pass, "a check ran alone: \(diagnosis.checks.map(\.status))")
    }

    /// The bound is loose on purpose: the runner's timers wait for a pool thread, and a sanitizer
    /// run on a loaded machine took 27 s and 40 s for the 1.5 s cut-off. A runner that waited for
    /// the check would take its full 120 s.
    @Test("a check that never returns is cut off after the timeout plus grace, as a failure")
    func overrun() async {
        let started = ContinuousClock.now
        let diagnosis = await CheckRunner.run([
            check("network", passing: true, after: 0), check("kms", passing: true, after: 120),
        ], timeout: 0.5)
        let elapsed = started.duration(to: .now)
        #expect(elapsed >= .milliseconds(1400) && elapsed < .seconds(60), "cut off long before the check's 120 s")
        #expect(diagnosis.checks[1].finding == .overran(id: "kms", seconds: 1.5))
        #expect(diagnosis.checks[1].status == .fail)
        #expect(diagnosis.checks[1].text(t).message.contains("1.5"))
        #expect(diagnosis.status == .fail)
    }

    @Test("the verdict is the worst status and names the worst checks; it never says the host would not answer when it did")
    func verdict() {
        let results = [SampleFindings.network(.noRoute), SampleFindings.network(.offCampus), SampleFindings.clock(error: 0)]
        let diagnosis = Diagnosis(checks: results)
        #expect(diagnosis.status == .fail)
        #expect(diagnosis.verdict(t) == "1 check(s) failed (Network): fix them as described below before activating.")
        #expect(Diagnosis(checks: Array(results.dropFirst())).status == .warn)
        #expect(Diagnosis(checks: [results[2]]).status == .pass)
        #expect(Diagnosis(checks: []).status == .skip)
        let answered = Diagnosis(checks: [SampleFindings.clock(error: -5 * 86_400), SampleFindings.kmsAnswered])
        #expect(answered.hostAnswered)
        #expect(answered.verdict(t).hasPrefix("The KMS host answered this computer's request, but 1 check(s) failed (Clock)"))
    }
}
