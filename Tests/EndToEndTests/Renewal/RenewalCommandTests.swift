import KMSCore
@testable import KMSProtocol
@testable import WindowsBridge
@testable import Renewal
import Foundation
import Testing
import TestSupport

/// `status`, `remind` and `script` through the real binary, outside WSL unless a test gives it a
/// simulated Windows: host checks are never shown as activations, state files of every schema,
/// exit codes, what is written where.
@Suite(.offCooperativePool) struct RenewalCommandTests {
    static func hostCheck(daysAgo: Double, epid: String = "06401-00206-271-392130-03-1028-17763.0000-3052020",
                          clientCount: Int = 50) -> HostCheckRecord {
        // Whole seconds: the state file keeps ISO 8601 times without fractions.
        HostCheckRecord(at: Date(timeIntervalSince1970: (Date().timeIntervalSince1970 - daysAgo * 86_400).rounded(.down)),
                        host: "127.0.0.1", port: 1688, epid: epid, protocolVersion: 6, clientCount: clientCount,
                        activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
    }

    static func products(_ object: [String: Any]) throws -> [[String: Any]] {
        try #require(object["products"] as? [[String: Any]])
    }

    /// Words that claim an activation; quoting Windows' own text is the only other way to say it.
    static let activationClaims = ["已啟用", "已認證", "啟用成功", "activated", "Activated"]

    static var outsideWSL: Bool { !RenewalBinary.machineLooksLikeWSL }

    @Test(arguments: [nil, ""] as [String?])
    func missingOrEmptyStateShowsNoProductAndWhereToStart(content: String?) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        if let content { try binary.writeState(content) }
        let result = try binary.run(["status", "--lang", "en"])
        #expect(result.status == 0, "\(result)")
        #expect(RenewalBinary.unwrapped(result.stdout).contains("Run kmswizard to choose your products, check the KMS host and write the activation file."))
        let object = try RenewalBinary.json(try binary.run(["status", "--json"]))
        #expect(object["schemaVersion"] as? Int == 2)
        #expect(object["nothingActivated"] as? Bool == true)
        #expect(try Self.products(object).isEmpty)
    }

    @Test(.enabled(if: outsideWSL, "this machine looks like WSL"))
    func hostChecksAloneAreNeverAnActivationInAnyView() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try binary.writeState(KMSWizardState(products: [
            "win10-education": ProductRecord(lastHostCheck: Self.hostCheck(daysAgo: 0, epid: "03612-00206-556-123456-03-1033-17763.0000-0452024", clientCount: 50)),
            "office2016-proplus": ProductRecord(lastHostCheck: Self.hostCheck(daysAgo: 170, epid: "05426-00206-152-000001-03-1028-9200.0000-0452019", clientCount: 25)),
        ]))
        let object = try RenewalBinary.json(try binary.run(["status", "--json"]))
        #expect(object["windowsSource"] as? String == "none")
        #expect(object["windowsReadError"] is NSNull)
        #expect(object["nothingActivated"] as? Bool == true)
        let products = try Self.products(object)
        #expect(products.map { $0["product"] as? String } == ["office2016-proplus", "win10-education"])
        for product in products {
            #expect(product["windowsActivated"] as? Bool == false)
            #expect(product["urgency"] as? String == "not-reported")
            #expect(product["deadline"] is NSNull && product["deadlineTaipei"] is NSNull && product["daysLeft"] is NSNull)
            #expect(product["windows"] is NSNull)
            #expect(product["advice"] as? [String] == ["connect-campus-or-vpn", "write-activation-file"])
        }
        // Each product has its own host check: its own ePID and count, not one for all.
        let checks = products.map { $0["lastHostCheck"] as? [String: Any] }
        #expect(checks.map { $0?["epid"] as? String } == ["05426-00206-152-000001-03-1028-9200.0000-0452019", "03612-00206-556-123456-03-1033-17763.0000-0452024"])
        #expect(checks.map { $0?["clientCount"] as? Int } == [25, 50])

        for arguments in [["status"], ["status", "--lang", "en"], ["status", "--print"]] {
            let result = try binary.run(arguments)
            #expect(result.status == 0)
            for claim in Self.activationClaims {
                #expect(!result.stdout.contains(claim), "\(arguments) claims \(claim):\n\(result.stdout)")
            }
        }
        let english = RenewalBinary.unwrapped(try binary.run(["status", "--lang", "en"]).stdout)
        #expect(english.contains("Office Professional Plus 2016: Windows has not reported an activation"))
        #expect(english.contains("(ePID 05426-00206-152-000001-03-1028-9200.0000-0452019, client count 25)"))
        #expect(english.contains("not inside WSL: Windows cannot be read here"))
        #expect(!english.contains("expires") && !english.contains("deadline"), "no deadline without Windows' word:\n\(english)")
        let chinese = try binary.run(["status"]).stdout
        #expect(chinese.contains("Office Professional Plus 2016：Windows 尚未回報啟用"))
        #expect(!chinese.contains("到期"), "no deadline without Windows' word:\n\(chinese)")
    }

    /// Schema 1 called host checks lastSuccess / lastFailure; they are read as host checks, and the
    /// first write (here: status reading Windows inside WSL) makes the file schema 2.
    @Test func aSchema1FileMigratesToHostChecks() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let machine = "8F2C3A1E-4B5D-4E6F-9A7B-0C1D2E3F4A5B"
        try binary.writeState("""
            {"schemaVersion": 1, "machineID": "\(machine)", "identity": "student", "products": {
              "win10-education": {"lastSuccess": {"at": "2026-06-01T02:00:00Z", "host": "127.0.0.1", "port": 1688,
                "epid": "03612-00206-556-123456-03-1033-17763.0000-0452024", "protocolVersion": 6, "clientCount": 50,
                "activationIntervalMinutes": 120, "renewalIntervalMinutes": 10080},
                "lastFailure": {"at": "2026-05-01T02:00:00Z", "code": "timeout", "windowsCode": "0xC004F074"}}}}
            """)
        let object = try RenewalBinary.json(try binary.run(["status", "--json"]))
        let product = try #require(try Self.products(object).first)
        #expect((product["lastHostCheck"] as? [String: Any])?["epid"] as? String == "03612-00206-556-123456-03-1033-17763.0000-0452024")
        #expect((product["lastHostCheckFailure"] as? [String: Any])?["windowsCode"] as? String == "0xC004F074")
        #expect(product["windowsActivated"] as? Bool == false, "a schema 1 'success' was a host check")
        #expect(product["deadline"] is NSNull)
        #expect(try binary.run(["status", "--lang", "en"]).stdout.contains("Host check: passed"))

        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed()])
        defer { windows.remove() }
        #expect(try binary.run(["status", "--json"], windows: windows).status == 0)
        let written = try binary.stateText()
        #expect(!written.contains("lastSuccess") && !written.contains("lastFailure\""), "\(written)")
        let raw = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        #expect(raw["schemaVersion"] as? Int == 2)
        #expect(raw["machineID"] as? String == machine, "the CMID survives the migration")
        let state = try StateStore(path: binary.stateFile).load()
        let record = try #require(state.products["win10-education"])
        #expect(record.lastHostCheck?.epid == "03612-00206-556-123456-03-1033-17763.0000-0452024")
        #expect(record.lastHostCheckFailure?.code == "timeout")
        #expect(record.windows?.licenseStatus == .licensed)
    }

    @Test func corruptStateIsReportedAndLeftAlone() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try binary.writeState("{ this is not json")
        let result = try binary.run(["status", "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("is damaged and cannot be read"))
        // The way forward: where the file is, what keeps it aside.
        #expect(result.stderr.contains("The damaged file is still at \(binary.stateFile), untouched."))
        #expect(result.stderr.contains("keeps it as \(binary.stateFile).corrupt-<time>"))
        let json = try binary.run(["status", "--json", "--lang", "en"])
        let error = try RenewalBinary.json(json)["error"] as? [String: Any]
        #expect((error?["hint"] as? String)?.contains(binary.stateFile) == true, "\(json.stdout)")
        #expect(try binary.stateText() == "{ this is not json")
        #expect(try binary.run(["remind", "--ics", binary.home + "/r.ics"]).status == 65)
        #expect(!FileManager.default.fileExists(atPath: binary.home + "/r.ics"))
    }

    /// Schema 0 never existed (damage); 3 and 99 come from a newer kmswizard. Either way the file
    /// stays byte for byte, also inside WSL, where status would otherwise write Windows' readings.
    @Test(arguments: [(0, "is damaged and cannot be read"), (3, "was written by a newer kmswizard (format version 3)"),
                      (99, "was written by a newer kmswizard (format version 99)")])
    func unknownSchemaVersionsAreRefusedAndLeftByteForByte(version: Int, message: String) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let windows = try SimulatedWindows(licences: [.windows10EducationLicensed()])
        defer { windows.remove() }
        let text = "{\"schemaVersion\": \(version), \"products\": {\"win10-education\": {}}, \"somethingNew\": true}\n"
        try binary.writeState(text)
        for run in [nil, windows] as [SimulatedWindows?] {
            let result = try binary.run(["status", "--lang", "en"], windows: run)
            #expect(result.status == 65, "\(result)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            let json = try binary.run(["status", "--json"], windows: run)
            #expect(json.status == 65)
            #expect((try RenewalBinary.json(json)["error"] as? [String: Any])?["code"] as? String == "state")
            #expect(try binary.run(["remind", "--ics", binary.home + "/r.ics"], windows: run).status == 65)
        }
        #expect(try binary.stateText() == text)
        #expect(windows.calls.isEmpty, "Windows is not read into a file that cannot be kept")
        #expect(!FileManager.default.fileExists(atPath: binary.home + "/r.ics"))
    }

    @Test(.enabled(if: outsideWSL, "this machine looks like WSL"))
    func remindWithHostChecksOnlySaysNoWindowsDeadlineIsKnown() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let file = binary.home + "/renewal.ics"
        try binary.writeState(KMSWizardState(products: ["win10-education": ProductRecord(lastHostCheck: Self.hostCheck(daysAgo: 170))]))
        let english = try binary.run(["remind", "--ics", file, "--lang", "en"])
        #expect(english.status == 21)
        #expect(english.stderr.contains("Windows has not reported any product activated through KMS, so no expiry is known"))
        let chinese = try binary.run(["remind", "--ics", file])
        #expect(chinese.status == 21)
        #expect(chinese.stderr.contains("所以不知道到期時間"))
        let json = try binary.run(["remind", "--ics", file, "--json"])
        #expect((try RenewalBinary.json(json)["error"] as? [String: Any])?["code"] as? String == "nothing-activated")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try binary.run(["remind", "--ics", file, "--margin-days", "400"]).status == 64)
        #expect(try binary.run(["remind"]).status == 64)
    }

    @Test func remindUsesTheDeadlineWindowsReported() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let readAt = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down) - 3600)
        let reading = WindowsReading(readAt: readAt, name: "Windows(R), Education edition", licenseStatus: .licensed,
                                     graceMinutesRemaining: 100 * 1440, channel: "Volume:GVLK", partialProductKey: "VCFB2")
        try binary.writeState(KMSWizardState(products: [
            "win10-education": ProductRecord(lastHostCheck: Self.hostCheck(daysAgo: 170), windows: reading),
            "office2016-proplus": ProductRecord(lastHostCheck: Self.hostCheck(daysAgo: 1)),
        ]))
        let file = binary.home + "/renewal.ics"
        let wrote = try binary.run(["remind", "--ics", file, "--margin-days", "7", "--json"])
        #expect(wrote.status == 0, "\(wrote)")
        let events = try #require(try RenewalBinary.json(wrote)["events"] as? [[String: Any]])
        #expect(events.map { $0["product"] as? String } == ["win10-education"], "the host check alone gives no event")
        let deadline = readAt.addingTimeInterval(100 * 86_400)
        #expect(events.first?["deadline"] as? String == CivilTime(deadline).iso8601)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.contains("BEGIN:VALARM\r\n"))
        #expect(text.contains("UID:kmswizard-win10-education-\(CivilTime(deadline).iCalendarUTC)"))
        let english = try binary.run(["remind", "--ics", file, "--lang", "en"])
        #expect(english.stdout.contains("Wrote 1 re-activation reminder to \(file)"))
        #expect(english.stdout.contains("KMS activation expires \(CivilTime.taipei(deadline).description)"))
    }

    @Test func remindInstallsAndUninstallsACrontabLineOnlyWhenAsked() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let table = binary.home + "/crontab.txt"
        try ExecutableScript.write("""
            case "$1" in
              -l) if [ -f '\(table)' ]; then cat '\(table)'; else echo "no crontab for tester" >&2; exit 1; fi ;;
              -) cat > '\(table)' ;;
            esac

            """, to: binary.home + "/crontab")
        let environment = ["KMSWIZARD_SCHEDULER": "cron", "KMSWIZARD_CRONTAB": binary.home + "/crontab"]
        _ = try binary.run(["status"], environment: environment)
        #expect(!FileManager.default.fileExists(atPath: table), "nothing is installed without --install")
        let installed = try binary.run(["remind", "--install", "--lang", "en"], environment: environment)
        #expect(installed.status == 0)
        #expect(installed.stdout.contains("crontab line"))
        let line = try String(contentsOfFile: table, encoding: .utf8)
        let path = try Kmswizard.path()
        #expect(line == "23 10 * * 1 '\(path)' renew --quiet \(ReminderSchedule.cronMarker)\n")
        #expect(FileManager.default.fileExists(atPath: binary.home + "/state/kmswizard/reminder-install.json"))
        let removed = try binary.run(["remind", "--uninstall", "--json"], environment: environment)
        #expect(removed.status == 0)
        #expect(try String(contentsOfFile: table, encoding: .utf8) == "")
        #expect(!FileManager.default.fileExists(atPath: binary.home + "/state/kmswizard/reminder-install.json"))
    }

    @Test func scriptWritesTheExpectedFileAndRefusesHostileValues() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let out = binary.home + "/activate.cmd"
        let result = try binary.run(["script", "--product", "win10-enterprise", "--host", "198.18.40.17:1688", "--out", out, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Run as administrator"))
        let expected = try Data(contentsOf: ScriptSamples.fixtures.appendingPathComponent("win10-enterprise.cmd"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == expected)
        for host in ["1.2.3.4&calc", "\"x|y\"", "a^b"] {
            let refused = try binary.run(["script", "--product", "win10-enterprise", "--host", host, "--out", binary.home + "/evil.cmd"])
            #expect(refused.status == 64, "host \(host)")
            #expect(!FileManager.default.fileExists(atPath: binary.home + "/evil.cmd"))
        }
        #expect(try binary.run(["script", "--product", "win10&calc"]).status == 64)
        #expect(try binary.run(["script", "--product", "win7-enterprise", "win10-enterprise"]).status == 64)
    }

    /// `kmswizard script ... > file.cmd` must give the same code page 950 bytes as --out, not the UTF-8 preview.
    @Test func scriptRedirectedToAFileIsTheFileBytes() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let out = binary.home + "/redirected.cmd"
        let result = try Kmswizard.shell("exec \"$KMSWIZARD\" \"$@\" > '\(out)'",
                                         ["script", "--product", "win10-enterprise", "--host", "198.18.40.17:1688"],
                                         environment: .exactly(["HOME": binary.home, "XDG_STATE_HOME": binary.home + "/state",
                                                                "LANG": "C.UTF-8"]),
                                         timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try Data(contentsOf: ScriptSamples.fixtures.appendingPathComponent("win10-enterprise.cmd"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == expected)
    }

    @Test(.enabled(if: outsideWSL, "only outside WSL: inside it --run is available"))
    func runOutsideWSLIsUnavailable() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let result = try binary.run(["script", "--product", "win10-enterprise", "--host", "198.18.40.17:1688", "--run", "--lang", "en"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("This is not WSL (Windows Subsystem for Linux)"), "\(result.stderr)")
    }
}
