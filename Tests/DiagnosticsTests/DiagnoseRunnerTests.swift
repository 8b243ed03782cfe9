import Testing
import Localization
import TestSupport
@testable import Diagnostics

/// Off the cooperative pool, so that blocking tests elsewhere hold back its timers less.
@Suite("Concurrent check runner", .offCooperativePool)
struct DiagnoseRunnerTests {
    let t = Localizer(table: try! StringTable.bundled(), language: .en)

    func check(_ id: String, _ status: CheckResult.Status, after seconds: Double, code: String? = nil) -> DiagnosticCheck {
        DiagnosticCheck(id: id) {
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
            return CheckResult(id: id, status: status, value: "\(seconds) s", message: id, windowsCode: code)
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
                return CheckResult(id: id, status: together ? .pass : .fail, value: "", message: id)
            }
        }
        let diagnosis = await CheckRunner.run(checks, timeout: 10, localizer: t)
        #expect(diagnosis.checks.map(\.id) == ids)
        #expect(diagnosis.status == .pass, "a check ran alone: \(diagnosis.checks.map(\.status))")
    }

    /// The bound is loose on purpose: the runner's timers wait for a pool thread, and a sanitizer
    /// run on a loaded machine took 27 s and 40 s for the 1.5 s cut-off. A runner that waited for
    /// the check would take its full 120 s.
    @Test("a check that never returns is cut off after the timeout plus grace, as a failure")
    func overrun() async {
        let started = ContinuousClock.now
        let diagnosis = await CheckRunner.run([
            check("network", .pass, after: 0), check("kms", .pass, after: 120),
        ], timeout: 0.5, localizer: t)
        let elapsed = started.duration(to: .now)
        #expect(elapsed >= .milliseconds(1400) && elapsed < .seconds(60), "cut off long before the check's 120 s")
        #expect(diagnosis.checks[1].status == .fail)
        #expect(diagnosis.checks[1].message.contains("1.5"))
        #expect(diagnosis.status == .fail)
    }

    @Test("the verdict is the worst status and names the failing checks and their Windows codes")
    func verdict() {
        let results = [
            CheckResult(id: "clock", status: .fail, value: "", message: "", windowsCode: "0xC004F06C"),
            CheckResult(id: "network", status: .warn, value: "", message: "", windowsCode: "0xC004F074"),
            CheckResult(id: "dns", status: .pass, value: "", message: ""),
        ]
        let diagnosis = Diagnosis(checks: results, localizer: t)
        #expect(diagnosis.status == .fail)
        #expect(diagnosis.verdict.contains("0xC004F06C"))
        #expect(diagnosis.verdict.contains("Clock"))
        #expect(!diagnosis.verdict.contains("0xC004F074"), "only the failing checks' codes")
        #expect(Diagnosis(checks: Array(results.dropFirst()), localizer: t).status == .warn)
        #expect(Diagnosis(checks: [results[2]], localizer: t).status == .pass)
        #expect(Diagnosis(checks: [], localizer: t).status == .skip)
    }
}
