import Foundation
import Testing
import TestSupport

/// `kmswizard activate --json` as a user runs it, against the test KMS host on loopback, for
/// every protocol version, both RPC negotiation styles, IPv4 and IPv6.
@Suite("kmswizard activate end to end", .offCooperativePool)
struct EndToEndActivationTests {
    struct Case: CustomStringConvertible, Sendable {
        let version: Int
        let address: String
        let style: String
        var description: String { "v\(version) \(style) on \(address)" }
    }

    static let cases: [Case] = [4, 5, 6].flatMap { version in
        [("127.0.0.1", "vlmcsd"), ("::1", "py-kms"), ("127.0.0.1", "py-kms"), ("::1", "vlmcsd")].map {
            Case(version: version, address: $0.0, style: $0.1)
        }
    }

    /// The stable keys of `kmswizard activate --json`, present (possibly null) in every answer.
    static let keys: Set<String> = [
        "ok", "host", "port", "address", "protocol", "transferSyntax", "product", "productName", "epid", "epidInfo", "hwid",
        "clientCount", "minimumCount", "activationIntervalMinutes", "renewalIntervalMinutes", "responseTimestamp",
        "rttMilliseconds", "schemaVersion", "error", "stateSaved", "stateProblem",
    ]

    @Test("activates against the responder", arguments: cases)
    func activates(_ testCase: Case) throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess(["--rpc", testCase.style], address: testCase.address)
        defer { responder.stop() }
        let host = testCase.address == "::1" ? "[::1]:\(responder.port)" : "127.0.0.1:\(responder.port)"
        let (run, json) = try harness.activate(["--host", host, "--protocol", String(testCase.version), "--timeout", "10"])
        #expect(run.status == 0, "\(run)")
        #expect(json["ok"] as? Bool == true)
        #expect(json.string("host") == testCase.address)
        #expect(json.int("port") == Int(responder.port))
        #expect(json.int("protocol") == testCase.version)
        #expect(json.string("product") == "win10-enterprise")
        #expect(json.string("epid") == "03612-00206-556-123456-03-1033-17763.0000-0452024")
        #expect(json.object("epidInfo").int("osBuild") == 17763)
        #expect(json.int("clientCount") == 50)
        #expect(json.int("minimumCount") == 25)
        #expect(json.int("activationIntervalMinutes") == 120)
        #expect(json.int("renewalIntervalMinutes") == 10080)
        #expect(json.int("schemaVersion") == 2)
        #expect(json.isNull("error"))
        #expect(json["stateSaved"] as? Bool == true && json.isNull("stateProblem"))
        #expect(Set(json.keys) == Self.keys)
        #expect(json["rttMilliseconds"] is NSNumber)
        #expect(json.string("responseTimestamp") != nil)
        if testCase.version == 6 {
            #expect(json.string("hwid") == "3A1C049600B60076")
        } else {
            #expect(json.isNull("hwid"))
        }
        let syntax = testCase.style == "vlmcsd" ? "NDR64" : "NDR32"
        #expect(json.string("transferSyntax") == syntax)
        let logged = responder.loggedRequests
        #expect(logged.count == 1)
        #expect(logged.first?.contains("version=\(testCase.version) syntax=\(syntax)") == true)
    }

    @Test("the product's own protocol is used by default: Office 2010, Vista and Server 2008 speak v4, Windows 8 v5")
    func productDefaultProtocol() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        for (product, version, minimum) in [("office2010-proplus", 4, 5), ("vista-enterprise", 4, 25), ("ws2008-standard", 4, 5),
                                            ("win8-enterprise", 5, 25)] {
            let responder = try ResponderProcess([])
            defer { responder.stop() }
            let (run, json) = try harness.activate(["--host", "127.0.0.1:\(responder.port)", "--product", product])
            #expect(run.status == 0, "\(run)")
            #expect(json.int("protocol") == version)
            #expect(json.int("minimumCount") == minimum)
            #expect(json.int("clientCount") == minimum * 2)
        }
    }

    @Test("repeated runs send the same CMID, the one kept in the state file")
    func stableMachineID() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess([], connections: 2)
        defer { responder.stop() }
        for _ in 0..<2 {
            let (run, _) = try harness.activate(["--host", "127.0.0.1:\(responder.port)"])
            #expect(run.status == 0, "\(run)")
        }
        let cmids = responder.loggedRequests.compactMap { line in
            line.split(separator: " ").first { $0.hasPrefix("cmid=") }.map { String($0.dropFirst(5)) }
        }
        #expect(cmids.count == 2)
        #expect(Set(cmids).count == 1)
        let state = try harness.state()
        #expect(state.string("machineID")?.lowercased() == cmids.first)
        // No --product: the probe's answer is the host's, never a product the user has.
        #expect(state.object("products").isEmpty, "\(state)")
        let record = state.object("hostProbe")
        #expect(record.string("epid") == "03612-00206-556-123456-03-1033-17763.0000-0452024")
        #expect(record.int("port") == Int(responder.port))
    }

    @Test("the text screen in English names the verdict and the decoded answer")
    func textScreen() throws {
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let responder = try ResponderProcess([])
        defer { responder.stop() }
        let run = try harness.run(["activate", "--host", "127.0.0.1:\(responder.port)", "--lang", "en"], timeoutSeconds: 30)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("this KMS host would activate Windows 10/11 Enterprise"))
        #expect(run.stdout.contains("17763 (Windows Server 2019)"))
        #expect(run.stdout.contains("7 days"), "the renewal interval in days, not 10080 minutes")
        #expect(!run.stdout.contains("10080"))
        #expect(run.stdout.contains("3A1C049600B60076"))
    }
}

/// The responder itself stays bounded: it exits after its connections or its deadline.
@Suite("test KMS responder bounds", .offCooperativePool)
struct EndToEndResponderBoundsTests {
    @Test("with no client it exits by itself at its deadline")
    func deadline() throws {
        let responder = try ResponderProcess([], deadlineSeconds: 1)
        defer { responder.stop() }
        #expect(responder.waitForExit(seconds: 5))
    }

    @Test("after serving its connections it exits")
    func connections() throws {
        let responder = try ResponderProcess([], connections: 1)
        defer { responder.stop() }
        let harness = try EndToEndHarness()
        defer { harness.cleanUp() }
        let (run, _) = try harness.activate(["--host", "127.0.0.1:\(responder.port)"])
        #expect(run.status == 0, "\(run)")
        #expect(responder.waitForExit(seconds: 5))
    }

    @Test("an unknown behaviour is a usage error that lists the known ones")
    func unknownBehaviour() throws {
        let run = try ProcessRunner.run(try BuiltProducts.path("kms-test-responder"), ["--behaviour", "nonsense"],
                                        timeoutSeconds: 10)
        #expect(run.status == 64)
        #expect(run.stderr.contains("slowloris"))
    }
}
