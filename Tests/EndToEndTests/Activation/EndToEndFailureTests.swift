import Foundation
import Testing
import KMSTesting
import TestSupport

/// Failures the hostile-host matrix (HostileMatrix.swift) does not play: no host at all (a port
/// that drops SYNs, a closed port, a name that cannot resolve), bad flags, and a below-threshold
/// answer whose figures must still reach the JSON.
@Suite("kmswizard activate without a usable host", .offCooperativePool)
struct EndToEndFailureTests {
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
        #expect(run.seconds < 1 + 2.5 + SanitizerRuntime.extraSeconds, "took \(run.seconds) s")
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
    /// Windows gives 0xC004F074 for a KMS host set by hand whose name does not resolve (0x8007232B
    /// is auto-discovery's missing SRV record), and so does `diagnose`.
    @Test("a name that cannot resolve is a DNS failure (68, 0xC004F074)")
    func dns() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let name = String(repeating: "a", count: 64) + ".invalid"
        let (run, json) = try harness.activate(["--host", name, "--timeout", "5"])
        #expect(run.status == 68, "\(run)")
        #expect(json.object("error").string("code") == "dns")
        #expect(json.object("error").string("reason") == "name-not-found")
        #expect(json.object("error").string("windowsCode") == "0xC004F074")
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
/// binary as a bad response (76), never accepted. The pairs the hostile-host matrix plays (with
/// more checks) are left to it.
@Suite("kmswizard activate against damaged KMS answers", .offCooperativePool)
struct EndToEndDamagedAnswerTests {
    static let damages = ["bad-mac", "bad-hash", "bad-hmac", "bad-x", "bad-padding", "lying-epid-size", "odd-epid-size",
                          "embedded-nul-epid", "wrong-version", "wrong-inner-version", "wrong-cmid", "wrong-timestamp",
                          "wrong-iv", "truncated", "trailing-bytes"]

    /// A v6 host picks a fresh IV anyway, so `wrong-iv` is a v5 (and, by fallback, v4) damage only.
    static let cases: [(String, Int)] = damages.flatMap { damage in
        [4, 5, 6].filter { !(damage == "wrong-iv" && $0 == 6) && !HostileMatrix.plays(damage: damage, version: $0) }
            .map { (damage, $0) }
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
