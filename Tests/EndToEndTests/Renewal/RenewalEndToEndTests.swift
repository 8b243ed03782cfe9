import KMSCore
@testable import KMSProtocol
@testable import WindowsBridge
@testable import Renewal
import Foundation
import Testing
import TestSupport

/// `status`, `renew` and `remind` through the real binary on a simulated Windows inside WSL
/// (WSL_DISTRO_NAME and KMSWIZARD_WINDOWS_ROOT pointing at a `SimulatedWindows`), and `renew`
/// outside WSL, with the state file in a temporary XDG_STATE_HOME. Windows' own word decides:
/// what is due, whether a renewal worked, and every deadline. The host given to `renew` is a
/// loopback one; the simulated cscript.exe sends nothing anywhere.
@Suite(.offCooperativePool) struct RenewalEndToEndTests {
    static let host = "127.0.0.1:1688"

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

    static func product(_ name: String, in object: [String: Any]) throws -> [String: Any] {
        try #require((object["products"] as? [[String: Any]])?.first { $0["product"] as? String == name }, "\(object)")
    }

    static func date(_ value: Any?) -> Date? {
        (value as? String).flatMap { ISO8601DateFormatter().date(from: $0) }
    }

    /// The Office activation commands, without the `//nologo //U <ospp.vbs>` before them.
    static func osppSteps(_ windows: SimulatedWindows) -> [[String]] {
        windows.calls(of: "cscript").filter { $0.count > 2 && $0[2].hasSuffix("ospp.vbs") }.map { Array($0.dropFirst(3)) }
    }

    // MARK: - status inside WSL

    @Test func statusReadsWindowsLiveAndShowsItsDeadline() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed(), .office2016ProPlusInGrace, .office365Retail])
        defer { windows.remove() }
        let result = try binary.run(["status", "--json"], windows: windows)
        #expect(result.status == 0, "\(result)")
        let object = try RenewalBinary.json(result)
        #expect(object["windowsSource"] as? String == "live")
        #expect(object["windowsReadError"] is NSNull)
        #expect(object["nothingActivated"] as? Bool == false)
        #expect((object["products"] as? [[String: Any]])?.map { $0["product"] as? String } == ["office2016-proplus", "win10-education"],
                "the retail Office 365 is no KMS product to keep")

        let education = try Self.product("win10-education", in: object)
        #expect(education["windowsActivated"] as? Bool == true)
        #expect(education["urgency"] as? String == "ok")
        let reading = try #require(education["windows"] as? [String: Any])
        #expect(reading["licenseStatus"] as? String == "licensed")
        #expect(reading["channel"] as? String == "Volume:GVLK")
        #expect(reading["partialProductKey"] as? String == "VCFB2")
        let readAt = try #require(Self.date(reading["readAt"]))
        let deadline = try #require(Self.date(education["deadline"]))
        #expect(deadline.timeIntervalSince(readAt) == 150 * 86_400, "the deadline is the reading plus GracePeriodRemaining minutes")
        #expect(abs(readAt.timeIntervalSinceNow) < 60)
        #expect([149, 150].contains(education["daysLeft"] as? Int ?? -1))

        let office = try Self.product("office2016-proplus", in: object)
        #expect(office["windowsActivated"] as? Bool == false)
        #expect(office["urgency"] as? String == "not-activated")
        #expect(office["deadline"] is NSNull)
        #expect((office["windows"] as? [String: Any])?["licenseStatus"] as? String == "oobGrace")
        #expect((office["advice"] as? [String])?.contains("renew-on-windows") == true)

        let english = RenewalBinary.unwrapped(try binary.run(["status", "--lang", "en"], windows: windows).stdout)
        #expect(english.contains("Windows 10/11 Education: activated, as Windows reports; its KMS activation expires"))
        #expect(english.contains("Office Professional Plus 2016: Windows reports it not activated (initial grace period)"))
        #expect(english.contains("read from this Windows just now"))
        let chinese = try binary.run(["status"], windows: windows).stdout
        #expect(chinese.contains("Windows 10/11 Education：Windows 已啟用（Windows 回報）"))
        #expect(windows.calls(of: "cscript").isEmpty && windows.calls(of: "fltmc").isEmpty, "status only reads")
    }

    @Test(arguments: [(SimulatedWindows.PowerShell.slow, "timeout"), (.failing, "failed"), (.missing, "powershell-missing")])
    func statusFallsBackToTheStoredReadingAndSaysWhy(mode: SimulatedWindows.PowerShell, word: String) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed()])
        defer { windows.remove() }
        let first = try RenewalBinary.json(try binary.run(["status", "--json"], windows: windows))
        let stored = try Self.product("win10-education", in: first)
        try windows.setPowerShell(mode, slowSeconds: 15)
        let timeout = ["KMSWIZARD_WINDOWS_TIMEOUT": "1"]
        let result = try binary.run(["status", "--json"], environment: timeout, windows: windows)
        #expect(result.status == 0, "\(result)")
        #expect(result.seconds < 10, "the slow PowerShell is not waited for: \(result.seconds) s")
        let object = try RenewalBinary.json(result)
        #expect(object["windowsSource"] as? String == "stored")
        #expect(object["windowsReadError"] as? String == word)
        let education = try Self.product("win10-education", in: object)
        #expect(education["windowsActivated"] as? Bool == true)
        #expect(education["deadline"] as? String == stored["deadline"] as? String)
        #expect((education["windows"] as? [String: Any])?["readAt"] as? String == (stored["windows"] as? [String: Any])?["readAt"] as? String,
                "the stored reading keeps its own date")
        let english = RenewalBinary.unwrapped(try binary.run(["status", "--lang", "en"], environment: timeout, windows: windows).stdout)
        #expect(english.contains("Windows' licence state could not be read now ("), "\(english)")
        #expect(english.contains("the last reading is shown"))
    }

    /// Office removed from the PC (or its licence no longer a KMS one): a live reading that no
    /// longer lists it must not go on showing the last reading as Windows' word, nor make
    /// `renew` run ospp.vbs for it and report a failure every week.
    @Test func aProductWindowsNoLongerReportsLosesItsReading() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed(), .office2016ProPlusInGrace])
        defer { windows.remove() }
        #expect(try binary.run(["status", "--json"], windows: windows).status == 0)
        #expect(try Self.state(binary).products["office2016-proplus"]?.windows?.licenseStatus == .outOfBoxGrace)
        try windows.change { $0.licences.removeAll { $0.ID == SimulatedWindows.Licence.office2016ProPlusInGrace.ID } }

        let object = try RenewalBinary.json(try binary.run(["status", "--json"], windows: windows))
        #expect(object["windowsSource"] as? String == "live")
        #expect((object["products"] as? [[String: Any]])?.map { $0["product"] as? String } == ["win10-education"],
                "known only from Windows, it is gone with Windows' word: \(object)")
        #expect(try Self.state(binary).products["office2016-proplus"] == nil)
        let renew = try binary.run(["renew", "--json", "--host", Self.host], windows: windows)
        #expect(renew.status == 21, "\(renew)")
        #expect(windows.calls(of: "cscript").isEmpty)

        // What kmswizard itself did for the product stays: its host check is not Windows' to take.
        let check = HostCheckRecord(at: Date(timeIntervalSince1970: 1_764_028_800), host: "127.0.0.1", port: 1688,
                                    epid: "05426-00206-152-000001-03-1028-9200.0000-0452019", protocolVersion: 6, clientCount: 25,
                                    activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
        try StateStore(path: binary.stateFile).update { state in
            state.recordHostCheck(check, for: "office2016-proplus")
            state.products["office2016-proplus"]?.windows = WindowsReading(readAt: check.at, name: "Office 16", licenseStatus: .outOfBoxGrace,
                                                                           graceMinutesRemaining: 60)
        }
        #expect(try binary.run(["status", "--json"], windows: windows).status == 0)
        let kept = try #require(try Self.state(binary).products["office2016-proplus"])
        #expect(kept.lastHostCheck == check && kept.windows == nil)
    }

    // MARK: - renew inside WSL

    @Test func renewActivatesTheOfficeInGraceAndReadsWindowsAgain() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed(), .office2016ProPlusInGrace])
        defer { windows.remove() }
        let result = try binary.run(["renew", "--json", "--host", Self.host], windows: windows)
        #expect(result.status == 20, "\(result)")
        let object = try RenewalBinary.json(result)
        #expect(object["ok"] as? Bool == true)
        #expect(object["renewed"] as? Int == 1)
        #expect(object["windows"] as? String == "live")
        #expect(object["skipped"] as? [String] == ["win10-education"], "Windows renews a licensed one by itself")
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.map { $0["product"] as? String } == ["office2016-proplus"])
        #expect(results.first?["licenseStatus"] as? String == "licensed")
        #expect(results.first?["host"] as? String == Self.host)
        let deadline = try #require(Self.date(results.first?["deadline"]))
        #expect(abs(deadline.timeIntervalSinceNow - 180 * 86_400) < 120, "Windows' new deadline: 259200 minutes after the reading")

        #expect(Self.osppSteps(windows) == [["/sethst:127.0.0.1"], ["/setprt:1688"], ["/act"], ["/dstatus"]])
        #expect(!windows.calls(of: "cscript").contains { $0.count > 2 && $0[2].hasSuffix("slmgr.vbs") }, "Windows was not due")
        #expect(windows.calls(of: "fltmc").count == 1)
        #expect(windows.calls(of: "powershell").count == 2, "read before and after")
        let office = try #require(try windows.installed().first { $0.ID == SimulatedWindows.Licence.office2016ProPlusInGrace.ID })
        #expect(office.LicenseStatus == 1 && office.KeyManagementServiceMachine == "127.0.0.1")

        let kept = try #require(try Self.state(binary).products["office2016-proplus"]?.windows)
        #expect(kept.licenseStatus == .licensed && kept.graceMinutesRemaining == 259_200)

        let again = try binary.run(["renew", "--lang", "en", "--host", Self.host], windows: windows)
        #expect(again.status == 21, "\(again)")
        #expect(again.stdout.contains("Nothing needs re-activating now. The nearest KMS expiry Windows reports:"))
        #expect(Self.osppSteps(windows).count == 4, "nothing ran the second time")

        let file = binary.home + "/renewal.ics"
        let remind = try binary.run(["remind", "--ics", file, "--json"], windows: windows)
        #expect(remind.status == 0, "\(remind)")
        let events = try #require(try RenewalBinary.json(remind)["events"] as? [[String: Any]])
        let state = try Self.state(binary)
        #expect(Set(events.compactMap { $0["product"] as? String }) == ["win10-education", "office2016-proplus"])
        for event in events {
            let expiry = (event["product"] as? String).flatMap { state.products[$0]?.windows?.expiresAt }
            #expect(expiry != nil && Self.date(event["deadline"]) == expiry, "remind uses the deadline Windows reported: \(event)")
        }
    }

    /// Windows itself due: in notification, or licensed with 20 days left (it has not reached a
    /// host for 160 days). slmgr points it at the host and activates; Windows then says 180 days.
    @Test(arguments: [("win10-pro", SimulatedWindows.Licence.windows11ProNotification),
                      ("win10-education", .windows10EducationLicensed(minutesLeft: 20 * 1440))])
    func renewActivatesADueWindowsThroughSlmgr(product: String, licence: SimulatedWindows.Licence) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [licence, .office365Retail])
        defer { windows.remove() }
        let result = try binary.run(["renew", "--lang", "en", "--host", Self.host], windows: windows)
        #expect(result.status == 20, "\(result)")
        let slmgr = windows.calls(of: "cscript").filter { $0.count > 2 && $0[2] == #"C:\Windows\System32\slmgr.vbs"# }
        #expect(slmgr.map { Array($0.dropFirst(3)) } == [["/skms", Self.host], ["/ato"], ["/dlv"]])
        #expect(Self.osppSteps(windows).isEmpty, "the retail Office 365 is left alone")
        let reading = try #require(try Self.state(binary).products[product]?.windows)
        #expect(reading.licenseStatus == .licensed && reading.graceMinutesRemaining == 259_200 && reading.kmsHost == "127.0.0.1")
        let deadline = try #require(reading.expiresAt)
        let names = ["win10-pro": "Windows 10/11 Pro", "win10-education": "Windows 10/11 Education"]
        #expect(result.stdout.contains("[OK] \(names[product] ?? product): Windows reports it activated; its KMS activation expires \(CivilTime.taipei(deadline).description)"),
                "\(result.stdout)")
    }

    @Test func renewNotElevatedExits77AndTellsTheDesktop() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.office2016ProPlusInGrace], elevated: false)
        defer { windows.remove() }
        let notifier = try FakeNotifySend(in: binary)
        let result = try binary.run(["renew", "--quiet", "--lang", "en", "--host", Self.host], environment: notifier.environment, windows: windows)
        #expect(result.status == 77, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("0x80070005"))
        let calls = try #require(notifier.calls, "notify-send was not run")
        #expect(calls.count == 1)
        let arguments = try #require(calls.first)
        #expect(Array(arguments.prefix(4)) == ["--app-name=kmswizard", "--urgency=critical", "--icon=dialog-warning", "--"])
        #expect(arguments.last?.contains("0x80070005") == true)
        #expect(arguments.last?.contains("administrator") == true, "the step to take")
        #expect(windows.calls(of: "cscript").isEmpty, "nothing is tried without elevation")
        #expect(try windows.installed().first?.LicenseStatus == 2)

        let json = try binary.run(["renew", "--json", "--host", Self.host], windows: windows)
        #expect(json.status == 77)
        let error = try #require(try RenewalBinary.json(json)["error"] as? [String: Any])
        #expect(error["code"] as? String == "not-elevated")
        #expect(error["windowsCode"] as? String == "0x80070005")
    }

    @Test func aRefusalFromWindowsIsAFailedRenewal() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.office2016ProPlusInGrace])
        defer { windows.remove() }
        try windows.change { $0.activationError = "0xC004F074" }
        let notifier = try FakeNotifySend(in: binary)
        let result = try binary.run(["renew", "--quiet", "--lang", "en", "--host", Self.host], environment: notifier.environment, windows: windows)
        #expect(result.status == 22, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[FAILED] Office Professional Plus 2016: Windows reports it initial grace period"))
        #expect(notifier.calls?.count == 1)
        #expect(notifier.calls?.first?.last?.hasPrefix("Office Professional Plus 2016: the automatic re-activation failed (0xC004F074)\n") == true,
                "the desktop names the Windows code: \(notifier.calls ?? [])")
        #expect(Self.osppSteps(windows).contains(["/act"]))
        #expect(try Self.state(binary).products["office2016-proplus"]?.windows?.licenseStatus == .outOfBoxGrace)
    }

    @Test func nothingDueRunsNothing() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed(), .office365Retail])
        defer { windows.remove() }
        let result = try binary.run(["renew", "--lang", "en", "--host", Self.host], windows: windows)
        #expect(result.status == 21, "\(result)")
        let deadline = try #require(try Self.state(binary).products["win10-education"]?.windows?.expiresAt)
        #expect(result.stdout.contains("The nearest KMS expiry Windows reports: \(CivilTime.taipei(deadline).description)"))
        #expect(windows.calls(of: "cscript").isEmpty && windows.calls(of: "fltmc").isEmpty)
        #expect(try binary.run(["renew", "--quiet", "--host", Self.host], windows: windows).stdout.isEmpty)

        // Another PC (its own state file): Windows 11 Home with its retail key, nothing for KMS.
        let other = try RenewalBinary()
        defer { other.remove() }
        let home = try SimulatedWindows(licences: [.windows11HomeRetail])
        defer { home.remove() }
        let none = try other.run(["renew", "--lang", "en", "--host", Self.host], windows: home)
        #expect(none.status == 21)
        #expect(none.stdout.contains("Windows reports no product activated through KMS"))
    }

    @Test func unreadableWindowsRenewsNothing() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.office2016ProPlusInGrace], powershell: .failing)
        defer { windows.remove() }
        let result = try binary.run(["renew", "--json", "--host", Self.host], windows: windows)
        #expect(result.status == 69, "\(result)")
        #expect((try RenewalBinary.json(result)["error"] as? [String: Any])?["code"] as? String == "windows-unreadable")
        #expect(windows.calls(of: "cscript").isEmpty)
    }

    @Test func corruptStateIsKeptAsideNeverOverwritten() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed()])
        defer { windows.remove() }
        let damaged = "{\"schemaVersion\": 2, \"products\": ["
        try binary.writeState(damaged)
        let notifier = try FakeNotifySend(in: binary)
        let result = try binary.run(["renew", "--quiet", "--lang", "en", "--host", Self.host], environment: notifier.environment, windows: windows)
        // This run fails and says so (65), once: the damaged file is kept aside, byte for byte...
        #expect(result.status == 65, "\(result.stderr)")
        let folder = URL(fileURLWithPath: binary.stateFile).deletingLastPathComponent().path
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("state.json.corrupt-") }
        #expect(kept.count == 1)
        let keptPath = folder + "/" + (kept.first ?? "")
        #expect(try String(contentsOfFile: keptPath, encoding: .utf8) == damaged)
        #expect(result.stderr.contains("was damaged and could not be read; it was kept as \(keptPath)"))
        #expect(notifier.calls?.count == 1)
        #expect(notifier.calls?.first?.last?.contains(keptPath) == true)
        // ...and a fresh state file started, so next week's run does not fail on it again.
        #expect(try Self.state(binary).products.isEmpty)
        #expect(try binary.run(["renew", "--quiet", "--host", Self.host], environment: notifier.environment, windows: windows).status == 21)
        #expect(try binary.run(["status", "--lang", "en"], windows: windows).status == 0)
        #expect(notifier.calls?.count == 1)
    }

    /// The weekly job and a user's own run at the same moment: one activates, the other waits for
    /// it, reads Windows again and finds nothing due; `/act` runs once, the state file stays valid.
    @Test func twoRunsAtOnceActivateOnce() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.office2016ProPlusInGrace])
        defer { windows.remove() }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            results.set(index, try? binary.run(["renew", "--json", "--host", Self.host], windows: windows, timeout: 120))
        }
        let statuses = results.all.map { $0?.status ?? -1 }.sorted()
        #expect(statuses == [20, 21], "one renewed, the other found nothing due: \(results.all)")
        #expect(Self.osppSteps(windows).filter { $0 == ["/act"] }.count == 1)
        #expect(throws: Never.self) { _ = try Self.state(binary) }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [ProcessResult?] = [nil, nil]
        func set(_ index: Int, _ value: ProcessResult?) { lock.withLock { values[index] = value } }
        var all: [ProcessResult?] { lock.withLock { values } }
    }

    // MARK: - Outside WSL

    @Test(.enabled(if: !RenewalBinary.machineLooksLikeWSL, "this machine looks like WSL"))
    func outsideWSLThereIsNothingToRenewHere() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let old = HostCheckRecord(at: Date(timeIntervalSince1970: 1_700_000_000), host: "127.0.0.1", port: 1688,
                                  epid: "05426-00206-152-000001-03-1028-9200.0000-0452019", protocolVersion: 6, clientCount: 50,
                                  activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
        try binary.writeState(KMSWizardState(products: ["win10-education": ProductRecord(lastHostCheck: old)]))
        let before = try binary.stateText()
        let notifier = try FakeNotifySend(in: binary)
        let english = try binary.run(["renew", "--lang", "en"], environment: notifier.environment)
        #expect(english.status == 21, "\(english)")
        #expect(english.stdout.contains("This computer is not inside WSL: it can neither read nor change Windows' licences"))
        let chinese = try binary.run(["renew"], environment: notifier.environment)
        #expect(chinese.status == 21)
        #expect(chinese.stdout.contains("這台電腦不在 WSL 裡"))
        for output in [english.stdout + english.stderr, chinese.stdout + chinese.stderr] {
            for claim in ["已啟用", "已認證", "啟用成功", "activated", "expires", "到期"] {
                #expect(!output.contains(claim), "claims \(claim): \(output)")
            }
        }
        let json = try binary.run(["renew", "--json"])
        #expect(json.status == 21)
        let object = try RenewalBinary.json(json)
        #expect(object["windows"] as? String == "none")
        #expect((object["results"] as? [Any])?.isEmpty == true)
        #expect(object["renewed"] as? Int == 0)
        let quiet = try binary.run(["renew", "--quiet"], environment: notifier.environment)
        #expect(quiet.status == 21 && quiet.stdout.isEmpty && quiet.stderr.isEmpty, "the weekly job says nothing misleading")
        #expect(notifier.calls == nil)
        #expect(try binary.stateText() == before)
    }
}
