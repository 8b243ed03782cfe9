import Foundation
import Testing
@testable import Activation
import TestSupport

/// `kmswizard renew` through the real binary against the loopback test KMS host, with the state
/// file in a temp XDG_STATE_HOME: one product due and one not, `--all`, a host that refuses,
/// `--quiet`, and two runs at once.
@Suite(.offCooperativePool) struct RenewalEndToEndTests {
    static func record(daysAgo: Double, port: UInt16) -> HostCheckRecord {
        // Whole seconds: the state file keeps ISO 8601 times without fractions.
        HostCheckRecord(at: Date(timeIntervalSince1970: (Date().timeIntervalSince1970 - daysAgo * 86_400).rounded(.down)), host: "127.0.0.1", port: port,
                         epid: "05426-00206-152-000001-03-1028-9200.0000-0452019", protocolVersion: 6, clientCount: 50,
                         activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
    }

    /// A notify-send on PATH that only records its arguments (NUL-separated: the body has newlines);
    /// what a real one shows on a desktop is not something a test here can see.
    struct FakeNotifySend {
        let folder: String
        var log: String { folder + "/notify-send.log" }
        var environment: [String: String] { ["PATH": folder + ":/usr/bin:/bin"] }
        var calls: [[String]]? {
            guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return nil }
            return text.split(separator: "\u{1E}", omittingEmptySubsequences: true)
                .map { $0.split(separator: "\0", omittingEmptySubsequences: false).dropLast().map(String.init) }
        }

        init(in binary: RenewalBinary) throws {
            folder = binary.home + "/bin"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try ExecutableScript.write("printf '%s\\0' \"$@\" >> '\(folder)/notify-send.log'\nprintf '\\036' >> '\(folder)/notify-send.log'\n",
                                       to: folder + "/notify-send")
        }
    }

    static func state(_ binary: RenewalBinary) throws -> KMSWizardState {
        try StateStore(path: binary.stateFile).load()
    }

    static func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)\(result.stderr)")
    }

    @Test func renewsTheDueProductOnlyAndGoesBackToItsHost() throws {
        let responder = try ResponderProcess([], connections: 1)
        defer { responder.stop() }
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let fresh = Self.record(daysAgo: 10, port: responder.port)
        try binary.writeState(KMSWizardState(products: [
            "win10-enterprise": ProductRecord(lastSuccess: Self.record(daysAgo: 170, port: responder.port)),   // due soon
            "office2016-proplus": ProductRecord(lastSuccess: fresh),                                          // not due
        ]))
        let before = Date()
        let result = try binary.run(["renew", "--json", "--timeout", "10"])
        #expect(result.status == 20, "\(result.stdout)\(result.stderr)")
        let object = try Self.json(result)
        #expect(object["ok"] as? Bool == true)
        #expect(object["renewed"] as? Int == 1)
        #expect(object["skipped"] as? [String] == ["office2016-proplus"])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["product"] as? String } == ["win10-enterprise"])
        #expect(results.first?["host"] as? String == "127.0.0.1:\(responder.port)")
        #expect(results.first?["epid"] as? String == "03612-00206-556-123456-03-1033-17763.0000-0452024")
        #expect(responder.loggedRequests.count == 1)
        #expect(responder.loggedRequests.first?.contains("sku=73111121-5638-40f6-bc11-f1d7b0d64300") == true,
                "the request is for Windows 10/11 Enterprise: \(responder.loggedRequests)")

        let state = try Self.state(binary)
        let renewed = try #require(state.products["win10-enterprise"]?.lastHostCheck)
        #expect(renewed.at >= before.addingTimeInterval(-1))
        #expect(renewed.epid == "03612-00206-556-123456-03-1033-17763.0000-0452024")
        #expect(state.products["office2016-proplus"]?.lastHostCheck == fresh)
        let machineID = try #require(state.machineID)
        #expect(responder.loggedRequests.first?.contains("cmid=\(machineID.uuidString.lowercased())") == true, "the kept CMID is sent")

        let again = try binary.run(["renew", "--lang", "en"])
        #expect(again.status == 21)
        #expect(again.stdout.contains("Nothing needs renewing now."))
        let status = try Self.json(try binary.run(["status", "--json"]))
        #expect((status["products"] as? [[String: Any]])?.allSatisfy { $0["urgency"] as? String == "ok" } == true)
    }

    @Test func allRenewsEveryProductAtTheNamedHost() throws {
        let responder = try ResponderProcess([], connections: 2)
        defer { responder.stop() }
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try binary.writeState(KMSWizardState(products: [
            "win10-enterprise": ProductRecord(lastSuccess: Self.record(daysAgo: 5, port: 9)),
            "office2016-proplus": ProductRecord(lastSuccess: Self.record(daysAgo: 6, port: 9)),
        ]))
        let notifier = try FakeNotifySend(in: binary)
        let result = try binary.run(["renew", "--all", "--quiet", "--host", "127.0.0.1:\(responder.port)", "--timeout", "10"],
                                    environment: notifier.environment)
        #expect(result.status == 20, "\(result.stderr)")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty, "--quiet prints nothing on success")
        #expect(notifier.calls == nil, "nothing to tell the desktop after a successful renewal")
        #expect(responder.loggedRequests.count == 2)
        let state = try Self.state(binary)
        #expect(state.products.values.allSatisfy { $0.lastHostCheck?.port == responder.port })
    }

    @Test func aRefusingHostIsAFailedRenewalRecordedInTheState() throws {
        let responder = try ResponderProcess(["--behaviour", "kms-error", "--hresult", "0xC004F042"])
        defer { responder.stop() }
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let old = Self.record(daysAgo: 200, port: responder.port)
        try binary.writeState(KMSWizardState(products: ["win10-enterprise": ProductRecord(lastSuccess: old)]))
        let notifier = try FakeNotifySend(in: binary)
        let result = try binary.run(["renew", "--quiet", "--lang", "en", "--timeout", "10"], environment: notifier.environment)
        #expect(result.status == 22)
        #expect(result.stdout.isEmpty)
        // The weekly job's failure reaches the desktop, not only the journal: one critical notification.
        let calls = try #require(notifier.calls, "notify-send was not run")
        #expect(calls.count == 1)
        let arguments = try #require(calls.first)
        #expect(Array(arguments.prefix(4)) == ["--app-name=kmswizard", "--urgency=critical", "--icon=dialog-warning", "--"])
        #expect(arguments.count == 6)
        #expect(arguments.dropFirst(4).first == "kmswizard: your Windows/Office activation needs attention")
        let body = arguments.last ?? ""
        #expect(body.contains("Windows 10/11 Enterprise: the automatic renewal failed (0xC004F042)"))
        #expect(body.contains("Windows 10/11 Enterprise: the renewal deadline") && body.contains("has passed"))
        #expect(body.hasSuffix("Connect to the campus network or the SSL VPN, then run kmswizard renew."))
        #expect(result.stderr.contains("[FAILED] Windows 10/11 Enterprise could not be renewed with 127.0.0.1:\(responder.port)"))
        let record = try #require(try Self.state(binary).products["win10-enterprise"])
        #expect(record.lastHostCheck == old, "the old success and its deadline stay")
        #expect(record.lastHostCheckFailure?.code == "kms-error")
        #expect(record.lastHostCheckFailure?.windowsCode == "0xC004F042")
        let status = try binary.run(["status", "--lang", "en"]).stdout
        #expect(status.contains("overdue") && status.contains("kmswizard explain 0xC004F042"))
    }

    @Test func nothingActivatedIsNothingDue() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let result = try binary.run(["renew", "--json"])
        #expect(result.status == 21)
        #expect(try Self.json(result)["renewed"] as? Int == 0)
        #expect(try binary.run(["renew", "--quiet"]).stdout.isEmpty)
        #expect(try binary.run(["renew", "--lang", "en"]).stdout.contains("Nothing has been activated with kmswizard on this computer yet."))
    }

    @Test func corruptStateIsKeptAsideNeverOverwritten() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let damaged = "{\"schemaVersion\": 1, \"products\": ["
        try binary.writeState(damaged)
        let notifier = try FakeNotifySend(in: binary)
        let result = try binary.run(["renew", "--quiet", "--lang", "en"], environment: notifier.environment)
        // This run fails and says so (65), once: the damaged file is kept aside, byte for byte...
        #expect(result.status == 65, "\(result.stderr)")
        let folder = URL(fileURLWithPath: binary.stateFile).deletingLastPathComponent().path
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("state.json.corrupt-") }
        #expect(kept.count == 1)
        let keptPath = folder + "/" + (kept.first ?? "")
        #expect(try String(contentsOfFile: keptPath, encoding: .utf8) == damaged)
        #expect(result.stderr.contains("was damaged and could not be read; it was kept as \(keptPath)"))
        #expect(result.stderr.contains("activate your products again with kmswizard activate --product"))
        #expect(notifier.calls?.count == 1)
        #expect(notifier.calls?.first?.last?.contains(keptPath) == true)
        // ...and a fresh state file started, so next week's run does not fail on it again.
        #expect(try Self.state(binary).products.isEmpty)
        #expect(try binary.run(["renew", "--quiet"], environment: notifier.environment).status == 21)
        #expect(try binary.run(["status", "--lang", "en"]).status == 0)
        #expect(notifier.calls?.count == 1)
    }

    /// The weekly job and a user's own run at the same moment: one renews, the other waits for it
    /// and then finds nothing due; the host sees one request, the state file stays valid.
    @Test func twoRunsAtOnceRenewOnce() throws {
        let responder = try ResponderProcess([], connections: 2, deadlineSeconds: 60)
        defer { responder.stop() }
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try binary.writeState(KMSWizardState(products: [
            "win10-enterprise": ProductRecord(lastSuccess: Self.record(daysAgo: 175, port: responder.port)),
        ]))
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            results.set(index, try? binary.run(["renew", "--json", "--timeout", "10"], timeout: 120))
        }
        let statuses = results.all.map { $0?.status ?? -1 }.sorted()
        #expect(statuses == [20, 21], "one renewed, the other found nothing due (after waiting, when they overlapped)")
        #expect(responder.loggedRequests.count == 1, "\(responder.loggedRequests)")
        #expect(throws: Never.self) { _ = try Self.state(binary) }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [ProcessResult?] = [nil, nil]
        func set(_ index: Int, _ value: ProcessResult?) { lock.withLock { values[index] = value } }
        var all: [ProcessResult?] { lock.withLock { values } }
    }
}
