@testable import KMSCore
@testable import KMSProtocol
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
        let (run, json) = try harness.activate(["--timeout", String(Int(HostileMatrix.timeoutSeconds)), "--product", ProductCatalog.defaultShortName,
                                                "--host", "127.0.0.1:\(responder.port)"] + row.client)

        #expect(run.terminatingSignal == nil, "\(run)")
        #expect(run.exitStatus == row.status, "\(run)")
        #expect(run.seconds < HostileMatrix.timeoutSeconds + HostileMatrix.marginSeconds + SanitizerRuntime.extraSeconds,
                "took \(run.seconds) s")
        let baseline = try #require(Self.baselineRSSKilobytes, "kmswizard --version did not run")
        #expect(run.peakRSSKilobytes < baseline + HostileMatrix.extraRSSLimitKilobytes, "baseline \(baseline) kB: \(run)")
        let error = json.object("error")
        #expect(json["ok"] as? Bool == false, "\(run)")
        #expect(Set(json.keys) == EndToEndActivationTests.keys, "\(run)")
        #expect(Set(error.keys) == ["code", "reason", "message", "detail", "hint", "windowsCode", "hostStatus"], "\(run)")
        #expect(error.string("code") == row.code, "\(run)")
        #expect(row.reasons.contains(error.string("reason") ?? ""), "\(run)")
        #expect(error.string("windowsCode") == row.windowsCode, "\(run)")
        #expect(error.string("detail")?.contains(row.says) == true, "\(error.string("detail") ?? "no detail")")
        #expect(error.string("hint")?.isEmpty == false, "\(run)")
        let message = error.string("message") ?? ""
        #expect(!message.isEmpty && run.stderr.contains(message), "the message is also on stderr: \(run)")
        let recorded = try harness.state().object("products").object(ProductCatalog.defaultShortName).object("lastHostCheckFailure")
        #expect(recorded.string("code") == row.code, "the failure is recorded in the state file")

        if row.streams {
            // The responder notes how much it pushed once the client has hung up on it.
            _ = responder.waitForExit(seconds: 5)
            let streamed = Self.streamedBytes(in: responder.logPath)
            #expect(streamed > HostileMatrix.readCap, "the host pushed only \(streamed) bytes")
        }
    }

    @Test("docs/hostile-hosts.md is the matrix")
    func document() throws {
        let path = SourceTree.url("docs/hostile-hosts.md")
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

    /// Peak RSS of `kmswizard --version` in this build, measured once for all rows.
    private static let baselineRSSKilobytes: Int? = try? Kmswizard.run(["--version"], timeout: 30).peakRSSKilobytes

    private static func streamedBytes(in logPath: String) -> Int {
        let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        return log.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("streamed ") else { return nil }
            return Int(line.split(separator: " ")[1])
        }.max() ?? 0
    }
}
