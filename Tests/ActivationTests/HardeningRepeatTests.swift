import Foundation
import Testing
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
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = harness.stateHome.path
        let run = try ProcessRunner.run(try BuiltProducts.path("kmswizard"),
                                        ["activate", "--lang", "en", "--count", "2", "--host", "127.0.0.1:\(responder.port)"],
                                        environment: environment, timeoutSeconds: 30)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("seq=2 127.0.0.1:\(responder.port): 50 clients, time="), "\(run)")
        #expect(run.stdout.contains("2 requests, 2 answered, 0 failed"), "\(run)")
        #expect(run.stdout.contains("time min/median/p99/max = "), "\(run)")
    }
}
