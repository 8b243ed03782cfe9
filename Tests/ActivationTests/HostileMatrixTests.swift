@testable import Activation
import Foundation
import Testing
import TestSupport

/// Runs every row of `HostileMatrix` through the real `kmswizard` binary and keeps
/// docs/hostile-hosts.md equal to the table.
@Suite("hostile-host matrix", .offCooperativePool)
struct HostileMatrixTests {
    @Test("each hostile host ends in time with its own code, status and message", arguments: HostileMatrix.all)
    func hostile(_ row: HostileCase) throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess(row.responder, deadlineSeconds: 20)
        defer { responder.stop() }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = harness.stateHome.path
        environment["LC_ALL"] = "C.UTF-8"
        let arguments = ["activate", "--json", "--timeout", String(Int(HostileMatrix.timeoutSeconds)),
                         "--host", "127.0.0.1:\(responder.port)"] + row.client
        let run = try ProcessRunner.run(try BuiltProducts.path("kmswizard"), arguments, environment: environment,
                                          timeoutSeconds: 30)

        #expect(run.terminatingSignal == nil, "\(run)")
        #expect(run.exitStatus == row.status, "\(run)")
        #expect(run.seconds < HostileMatrix.timeoutSeconds + HostileMatrix.marginSeconds, "took \(run.seconds) s")
        let baseline = try Self.baselineRSSKilobytes()
        #expect(run.peakRSSKilobytes < baseline + HostileMatrix.extraRSSLimitKilobytes, "baseline \(baseline) kB: \(run)")
        let json = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [String: Any] ?? [:]
        let error = json.object("error")
        #expect(json["ok"] as? Bool == false, "\(run)")
        #expect(error.string("code") == row.code, "\(run)")
        #expect(row.reasons.contains(error.string("reason") ?? ""), "\(run)")
        #expect(error.string("detail")?.contains(row.says) == true, "\(error.string("detail") ?? "no detail")")
        let message = error.string("message") ?? ""
        #expect(!message.isEmpty && run.stderr.contains(message), "the message is also on stderr: \(run)")

        if row.streams {
            // The responder notes how much it pushed once the client has hung up on it.
            _ = responder.waitForExit(seconds: 5)
            let streamed = Self.streamedBytes(in: responder.logPath)
            #expect(streamed > HostileMatrix.readCap, "the host pushed only \(streamed) bytes")
        }
    }

    @Test("docs/hostile-hosts.md is the matrix")
    func document() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/hostile-hosts.md")
        if ProcessInfo.processInfo.environment["KMSWIZARD_WRITE_DOCS"] == "1" {
            try HostileMatrix.document.write(to: path, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOf: path, encoding: .utf8)
        #expect(written == HostileMatrix.document,
                "docs/hostile-hosts.md differs from the matrix: run `KMSWIZARD_WRITE_DOCS=1 swift test --filter HostileMatrix`")
    }

    @Test("the read cap is the fragment size kmswizard advertises")
    func readCap() {
        #expect(HostileMatrix.readCap == Int(RPCLimits.fragmentSize))
        #expect(HostileMatrix.readCap < 64 * 1024)
    }

    /// Peak RSS of `kmswizard --version` in this build.
    private static func baselineRSSKilobytes() throws -> Int {
        try ProcessRunner.run(try BuiltProducts.path("kmswizard"), ["--version"], environment: ProcessInfo.processInfo.environment,
                                timeoutSeconds: 30).peakRSSKilobytes
    }

    private static func streamedBytes(in logPath: String) -> Int {
        let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return log.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("streamed ") else { return nil }
            return Int(line.split(separator: " ")[1])
        }.max() ?? 0
    }
}
