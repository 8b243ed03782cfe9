import Platform
import Foundation
import Testing
import KMSTesting
import TestSupport

/// `kmswizard activate --count N`: N requests, a new connection each, ping-like figures.
@Suite("activate --count", .offCooperativePool)
struct HardeningRepeatTests {
    @Test("five answered requests give five samples and ordered figures")
    func answered() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess([], connections: 5)
        defer { responder.stop() }
        let (run, json) = try harness.activate(["--host", "127.0.0.1:\(responder.port)", "--count", "5"])
        #expect(run.status == 0, "\(run)")
        #expect(json.int("count") == 5)
        #expect(json.int("answered") == 5)
        #expect(json.int("failed") == 0)
        #expect(json["ok"] as? Bool == true)
        #expect((json["samples"] as? [Double])?.count == 5)
        let figures = json.object("milliseconds")
        let values = ["min", "median", "p99", "max"].compactMap { (figures[$0] as? NSNumber)?.doubleValue }
        #expect(values.count == 4)
        #expect(values == values.sorted(), "\(figures)")
        #expect(responder.loggedRequests.count == 5)
        #expect(responder.waitForExit(seconds: 5), "the responder served five separate connections")
    }

    @Test("failures are counted by code and the exit status is the failure's")
    func refused() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let port = try LoopbackListener().port  // closed again at once
        let (run, json) = try harness.activate(["--host", "127.0.0.1:\(port)", "--count", "3"])
        #expect(run.status == 69, "\(run)")
        #expect(json.int("failed") == 3)
        #expect(json.object("failures").int("refused") == 3)
        #expect(json["milliseconds"] is NSNull || json["milliseconds"] == nil)
    }

    @Test("the text summary reads like ping's")
    func text() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess([], connections: 2)
        defer { responder.stop() }
        let run = try Self.text(["--count", "2", "--host", "127.0.0.1:\(responder.port)"], harness)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("seq=2 127.0.0.1:\(responder.port): 50 clients, time="), "\(run)")
        #expect(run.stdout.contains("2 requests, 2 answered, 0 failed"), "\(run)")
        #expect(run.stdout.contains("time min/median/p99/max = "), "\(run)")
    }

    /// The requests run on a thread of their own; a signal must still end the run at once (not
    /// after the remaining 998 requests) with the figures gathered so far.
    @Test("SIGINT during --count ends with 130, the figures so far, and nothing recorded")
    func interrupted() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess([], connections: 1000)
        defer { responder.stop() }
        let run = try Self.text(["--count", "1000", "--interval", "0.5", "--host", "127.0.0.1:\(responder.port)"], harness,
                                signals: [.init(SIGINT) { responder.loggedRequests.count >= 2 }])
        #expect(run.terminatingSignal == nil, "\(run)")
        #expect(run.exitStatus == 130, "\(run)")
        #expect(run.seconds < 20, "far less than 1000 requests half a second apart: \(run)")
        #expect(run.stderr.contains("Interrupted by SIGINT"), "\(run)")
        // The responder logs the second request before the client has validated its answer.
        #expect(run.stdout.contains("seq=1 127.0.0.1:\(responder.port): 50 clients"), "\(run)")
        #expect(run.stdout.contains("KMS host check statistics"), "\(run)")
        #expect(!run.stdout.contains("1000 requests"), "\(run)")
        #expect(try harness.state().object("products").isEmpty, "an interrupted run records nothing")
    }

    /// `kmswizard activate --lang en ARGS` with its text output (the harness's runs add --json).
    private static func text(_ arguments: [String], _ harness: EndToEndHarness,
                             signals: [ProcessRunner.ScheduledSignal] = []) throws -> ProcessResult {
        try harness.run(["activate", "--lang", "en"] + arguments, timeoutSeconds: 60, signals: signals)
    }
}
