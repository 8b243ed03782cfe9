import Foundation
import Testing
import TestSupport

/// Hostile and broken hosts: every case ends on its own with its own error code, reason word and
/// exit status, never a crash or a hang.
@Suite("kmswizard activate against hostile hosts", .offCooperativePool)
struct EndToEndHostileTests {
    struct Case: CustomStringConvertible, Sendable {
        let responder: [String]
        let code: String
        /// Accepted reason words: a host that closes with our bytes unread makes the kernel send a
        /// reset, which may or may not overtake its FIN.
        let reasons: Set<String>
        let status: Int32
        var windowsCode: String? = "0xC004F074"
        var timeout = "5"
        var description: String { responder.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(responder: ["--behaviour", "close-at-once"], code: "protocol", reasons: ["closed", "reset"], status: 76),
        Case(responder: ["--behaviour", "close-after-bind"], code: "protocol", reasons: ["closed", "reset"], status: 76),
        Case(responder: ["--behaviour", "garbage"], code: "protocol", reasons: ["not-rpc"], status: 76),
        Case(responder: ["--behaviour", "frag-length-0"], code: "protocol", reasons: ["fragment-too-short"], status: 76),
        Case(responder: ["--behaviour", "frag-length-15"], code: "protocol", reasons: ["fragment-too-short"], status: 76),
        Case(responder: ["--behaviour", "alloc-hint-4g"], code: "protocol", reasons: ["alloc-hint"], status: 76),
        Case(responder: ["--behaviour", "kms-size-4g"], code: "protocol", reasons: ["kms-size-too-large"], status: 76),
        Case(responder: ["--behaviour", "kms-size-4g", "--rpc", "py-kms"], code: "protocol", reasons: ["kms-size-too-large"], status: 76),
        Case(responder: ["--behaviour", "bind-nak"], code: "bind-nak", reasons: ["bind-nak"], status: 76),
        Case(responder: ["--behaviour", "rpc-fault"], code: "rpc-fault", reasons: ["fault"], status: 76),
        Case(responder: ["--behaviour", "wrong-call-id"], code: "protocol", reasons: ["wrong-call-id"], status: 76),
        Case(responder: ["--behaviour", "endless"], code: "protocol", reasons: ["wrong-context-id"], status: 76),
        Case(responder: ["--behaviour", "silent-after-bind"], code: "timeout", reasons: ["overall-receiving"], status: 75,
             timeout: "1"),
        Case(responder: ["--damage", "bad-hash"], code: "bad-response", reasons: ["salt-mismatch"], status: 76, windowsCode: nil),
        Case(responder: ["--damage", "bad-hmac"], code: "bad-response", reasons: ["hmac-mismatch"], status: 76, windowsCode: nil),
        Case(responder: ["--damage", "wrong-cmid"], code: "bad-response", reasons: ["cmid-mismatch"], status: 76, windowsCode: nil),
        Case(responder: ["--behaviour", "kms-error"], code: "kms-error", reasons: ["hresult"], status: 4, windowsCode: "0xC004F042"),
        Case(responder: ["--count", "1"], code: "below-threshold", reasons: ["count-below-threshold"], status: 3,
             windowsCode: "0xC004F038"),
    ]

    @Test("each hostile host gets its own error and exit status", arguments: cases)
    func hostile(_ testCase: Case) throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess(testCase.responder)
        defer { responder.stop() }
        let (run, json) = try harness.activate(["--host", "127.0.0.1:\(responder.port)", "--timeout", testCase.timeout])
        #expect(!run.timedOut)
        #expect(run.status == testCase.status, "\(run)")
        #expect(json["ok"] as? Bool == false)
        #expect(Set(json.keys) == EndToEndActivationTests.keys)
        let error = json.object("error")
        #expect(Set(error.keys) == ["code", "reason", "message", "detail", "hint", "windowsCode", "hostStatus"])
        #expect(error.string("code") == testCase.code, "\(run)")
        #expect(testCase.reasons.contains(error.string("reason") ?? ""), "\(run)")
        #expect(error.string("windowsCode") == testCase.windowsCode)
        #expect(error.string("message")?.isEmpty == false)
        #expect(error.string("hint")?.isEmpty == false)
        let failure = try harness.state().object("products").object("win10-enterprise").object("lastFailure")
        #expect(failure.string("code") == testCase.code)
    }

    @Test("a host trickling one byte a second is cut off at the timeout")
    func slowloris() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess(["--behaviour", "slowloris"])
        defer { responder.stop() }
        let (run, json) = try harness.activate(["--host", "127.0.0.1:\(responder.port)", "--timeout", "2"])
        #expect(run.status == 75, "\(run)")
        #expect(json.object("error").string("code") == "timeout")
        #expect(json.object("error").string("reason") == "overall-receiving")
        #expect(run.seconds < 2 + 2.5, "took \(run.seconds) s")
    }

    @Test("a host that drops our packets (as off campus, without VPN) is a timeout (75, 0xC004F074)")
    func droppedPackets() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let blackHole = try SYNBlackHole()
        let (run, json) = try harness.activate(["--host", "127.0.0.1:\(blackHole.port)", "--timeout", "1"])
        #expect(run.status == 75, "\(run)")
        #expect(json.object("error").string("code") == "timeout")
        #expect(json.object("error").string("reason") == "overall-connecting")
        #expect(json.object("error").string("windowsCode") == "0xC004F074")
        #expect(run.seconds < 1 + 2.5, "took \(run.seconds) s")
    }

    @Test("below the threshold the JSON still carries the host's answer")
    func belowThresholdAnswer() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess(["--count", "4"])
        defer { responder.stop() }
        let (run, json) = try harness.activate(["--host", "127.0.0.1:\(responder.port)", "--product", "office2016-proplus"])
        #expect(run.status == 3, "\(run)")
        #expect(json.int("clientCount") == 4)
        #expect(json.int("minimumCount") == 5)
        #expect(json.string("epid") != nil)
    }

    @Test("a closed port is refused (69), over IPv4 and IPv6", arguments: ["127.0.0.1", "::1"])
    func refused(address: String) throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let port = try LoopbackListener(address: address).port  // closed again at once
        let host = address == "::1" ? "[::1]:\(port)" : "127.0.0.1:\(port)"
        let (run, json) = try harness.activate(["--host", host])
        #expect(run.status == 69, "\(run)")
        #expect(json.object("error").string("code") == "refused")
        #expect(json.object("error").string("windowsCode") == "0xC004F074")
    }

    /// A 64-octet label cannot be encoded in a DNS query, so glibc fails the lookup before any
    /// packet leaves the machine (checked with strace: no connect/sendto): a real getaddrinfo
    /// failure without touching the network.
    @Test("a name that cannot resolve is a DNS failure (68, 0x8007232B)")
    func dns() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let name = String(repeating: "a", count: 64) + ".invalid"
        let (run, json) = try harness.activate(["--host", name, "--timeout", "5"])
        #expect(run.status == 68, "\(run)")
        #expect(json.object("error").string("code") == "dns")
        #expect(json.object("error").string("reason") == "name-not-found")
        #expect(json.object("error").string("windowsCode") == "0x8007232B")
    }

    @Test("bad flags are usage errors (64)", arguments: [["--protocol", "7"], ["--product", "no-such-product-xyz"],
                                                         ["--timeout", "0"], ["--host", "bad host!"]])
    func usage(arguments: [String]) throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let (run, _) = try harness.activate(arguments + ["--host", "127.0.0.1:9"].suffix(arguments.first == "--host" ? 0 : 2))
        #expect(run.status == 64, "\(run)")
    }
}

/// Every KMS-level damage the test host offers, in every protocol version, is refused by the real
/// binary as a bad response (76), never accepted.
@Suite("kmswizard activate against damaged KMS answers", .offCooperativePool)
struct EndToEndDamagedAnswerTests {
    static let damages = ["bad-mac", "bad-hash", "bad-hmac", "bad-x", "bad-padding", "lying-epid-size", "odd-epid-size",
                          "embedded-nul-epid", "wrong-version", "wrong-inner-version", "wrong-cmid", "wrong-timestamp",
                          "wrong-iv", "truncated", "trailing-bytes"]

    /// A v6 host picks a fresh IV anyway, so `wrong-iv` is a v5 (and, by fallback, v4) damage only.
    static let cases: [(String, Int)] = damages.flatMap { damage in
        [4, 5, 6].filter { !(damage == "wrong-iv" && $0 == 6) }.map { (damage, $0) }
    }

    @Test("a damaged answer is a bad response", arguments: cases)
    func damaged(damage: String, version: Int) throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess(["--damage", damage])
        defer { responder.stop() }
        let (run, json) = try harness.activate(["--host", "127.0.0.1:\(responder.port)", "--protocol", String(version)])
        #expect(run.status == 76, "\(run)")
        #expect(json["ok"] as? Bool == false)
        #expect(json.object("error").string("code") == "bad-response", "\(run)")
    }
}
