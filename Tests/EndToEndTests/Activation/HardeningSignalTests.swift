import Platform
import Foundation
import Testing
import TestSupport

/// SIGINT, SIGTERM and SIGHUP while `kmswizard activate` waits for a silent host: exit 130 with a
/// message, never death by the signal, and the state file exactly as it was.
@Suite("activate under signals", .offCooperativePool)
struct HardeningSignalTests {
    @Test("an interrupting signal ends activate with 130 and leaves the state file intact",
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func interrupted(signal: Int32) throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let normal = try ResponderProcess([])
        defer { normal.stop() }
        let (first, _) = try harness.activate(["--host", "127.0.0.1:\(normal.port)"])
        try #require(first.status == 0, "\(first)")
        let statePath = harness.stateHome.appendingPathComponent("kmswizard/state.json").path
        let before = try Data(contentsOf: URL(fileURLWithPath: statePath))

        let silent = try ResponderProcess(["--behaviour", "silent-after-bind"])
        defer { silent.stop() }
        let logPath = silent.logPath
        let run = try harness.run(
            ["activate", "--lang", "en", "--json", "--timeout", "20", "--host", "127.0.0.1:\(silent.port)"],
            timeoutSeconds: 30,
            signals: [.init(signal) { ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").contains("silent after bind") }])

        #expect(run.terminatingSignal == nil, "\(run)")
        #expect(run.exitStatus == 130, "\(run)")
        #expect(run.seconds < 10, "\(run)")
        let name = [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP"][signal] ?? "?"
        #expect(run.stderr.contains("Interrupted by \(name)"), "\(run)")
        let json = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [String: Any] ?? [:]
        #expect(json.object("error").string("code") == "interrupted", "\(run)")
        let after = try Data(contentsOf: URL(fileURLWithPath: statePath))
        #expect(after == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: harness.stateHome.appendingPathComponent("kmswizard").path)
        #expect(Set(left).isSubset(of: ["state.json", "state.json.lock"]), "\(left)")
    }
}
