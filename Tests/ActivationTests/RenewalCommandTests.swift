import Foundation
import Testing
import TestSupport
@testable import Activation

/// `status`, `remind` and `script` through the real binary: bad state files, exit codes, what is
/// written where.
@Suite(.offCooperativePool) struct RenewalCommandTests {
    static func record(daysAgo: Double) -> HostCheckRecord {
        HostCheckRecord(at: Date().addingTimeInterval(-daysAgo * 86_400), host: "127.0.0.1", port: 1688,
                         epid: "06401-00206-271-392130-03-1028-17763.0000-3052020", protocolVersion: 6, clientCount: 50,
                         activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
    }

    @Test(arguments: [nil, ""] as [String?])
    func missingOrEmptyStateSaysNothingIsActivatedAndHowToStart(content: String?) throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        if let content { try binary.writeState(content) }
        let result = try binary.run(["status", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Nothing has been activated with kmswizard on this computer yet."))
        #expect(result.stdout.contains("kmswizard activate --product"))
        let json = try binary.run(["status", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["nothingActivated"] as? Bool == true)
        #expect((object?["products"] as? [Any])?.isEmpty == true)
    }

    @Test func corruptStateIsReportedAndLeftAlone() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try binary.writeState("{ this is not json")
        let result = try binary.run(["status", "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("is damaged and cannot be read"))
        // The way forward: where the file is, what keeps it aside, and what to run.
        #expect(result.stderr.contains("The damaged file is still at \(binary.stateFile), untouched."))
        #expect(result.stderr.contains("keeps it as \(binary.stateFile).corrupt-<time>"))
        #expect(result.stderr.contains("activate your products again with kmswizard activate"))
        let json = try binary.run(["status", "--json", "--lang", "en"])
        let error = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["error"] as? [String: Any]
        #expect((error?["hint"] as? String)?.contains(binary.stateFile) == true, "\(json.stdout)")
        #expect(try String(contentsOfFile: binary.stateFile, encoding: .utf8) == "{ this is not json")
        #expect(try binary.run(["remind", "--ics", binary.home + "/r.ics"]).status == 65)
        #expect(!FileManager.default.fileExists(atPath: binary.home + "/r.ics"))
    }

    @Test func futureStateIsNeverTouched() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let future = #"{"schemaVersion": 99, "products": {}, "somethingNew": true}"#
        try binary.writeState(future)
        let result = try binary.run(["status", "--json", "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("newer kmswizard"))
        let envelope = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((envelope?["error"] as? [String: Any])?["code"] as? String == "state")
        #expect(try String(contentsOfFile: binary.stateFile, encoding: .utf8) == future)
    }

    @Test func statusJSONHasTheDeadlinesAndFlags() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try binary.writeState(KMSWizardState(products: [
            "win10-enterprise": ProductRecord(lastSuccess: Self.record(daysAgo: 170)),
            "office2016-proplus": ProductRecord(lastSuccess: Self.record(daysAgo: 3)),
        ]))
        let result = try binary.run(["status", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let products = try #require(object["products"] as? [[String: Any]])
        #expect(products.map { $0["product"] as? String } == ["win10-enterprise", "office2016-proplus"])
        #expect(products[0]["urgency"] as? String == "due-soon")
        #expect(products[0]["daysSinceActivation"] as? Int == 170)
        #expect(products[0]["daysLeft"] as? Int == 9)
        #expect(products[0]["displayName"] as? String == "Windows 10/11 Enterprise")
        #expect((products[0]["deadlineTaipei"] as? String)?.hasSuffix("+08:00") == true)
        #expect(products[1]["urgency"] as? String == "ok")
        #expect(products[1]["lastFailure"] is NSNull)
        let text = try binary.run(["status", "--lang", "en"]).stdout
        #expect(text.contains("[!] Windows 10/11 Enterprise (win10-enterprise): due soon, please renew"))
        #expect(text.contains("Run kmswizard renew"))
        let printed = try binary.run(["status", "--print"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("Windows 10/11 Enterprise"))
        #expect(!printed.stdout.contains("\u{1B}"))
    }

    /// The clock was set back below the recorded activation: zero days, never negative, and the advice to check the clock.
    @Test func clockSetBackShowsZeroDaysAndSaysToCheckTheClock() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        try binary.writeState(KMSWizardState(products: ["win10-enterprise": ProductRecord(lastSuccess: Self.record(daysAgo: -400))]))
        let result = try binary.run(["status", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let product = try #require((object["products"] as? [[String: Any]])?.first)
        #expect(product["daysSinceActivation"] as? Int == 0)
        #expect(product["clockBehind"] as? Bool == true)
        #expect(product["daysLeft"] as? Int == 180)
        #expect(product["advice"] as? [String] == ["check-clock"])
        #expect(try binary.run(["status", "--lang", "en"]).stdout.contains("clock reads earlier than the last activation"))
    }

    @Test func remindWritesTheCalendarOrSaysThereIsNothingToRemind() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let file = binary.home + "/renewal.ics"
        let nothing = try binary.run(["remind", "--ics", file, "--lang", "en"])
        #expect(nothing.status == 21)
        #expect(nothing.stderr.contains("No product has been activated yet"))
        #expect(!FileManager.default.fileExists(atPath: file))
        try binary.writeState(KMSWizardState(products: ["win10-enterprise": ProductRecord(lastSuccess: Self.record(daysAgo: 1))]))
        let wrote = try binary.run(["remind", "--ics", file, "--margin-days", "7", "--lang", "en"])
        #expect(wrote.status == 0)
        #expect(wrote.stdout.contains("Wrote 1 renewal reminders to \(file)"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.contains("BEGIN:VALARM\r\n"))
        #expect(try binary.run(["remind", "--ics", file, "--margin-days", "400"]).status == 64)
        #expect(try binary.run(["remind"]).status == 64)
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
        #expect(line == "23 10 * * 1 '\(RenewalBinary.path)' renew --quiet \(ReminderSchedule.cronMarker)\n")
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
        let expected = try Data(contentsOf: WindowsScriptTests.fixtures.appendingPathComponent("win10-enterprise.cmd"))
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
        let result = try ProcessRunner.run("/bin/sh", ["-c", "exec \"$@\" > '\(out)'", "sh", "/usr/bin/env", "-i", "HOME=\(binary.home)",
                                                      "XDG_STATE_HOME=\(binary.home)/state", "LANG=C.UTF-8", RenewalBinary.path,
                                                      "script", "--product", "win10-enterprise", "--host", "198.18.40.17:1688"], timeoutSeconds: 60)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try Data(contentsOf: WindowsScriptTests.fixtures.appendingPathComponent("win10-enterprise.cmd"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == expected)
    }

    @Test(.enabled("only outside WSL: inside it --run is available") {
        !((try? String(contentsOfFile: "/proc/version", encoding: .utf8)) ?? "").lowercased().contains("microsoft")
    })
    func runOutsideWSLIsUnavailable() throws {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        let result = try binary.run(["script", "--product", "win10-enterprise", "--run", "--lang", "en"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("not Windows Subsystem for Linux"))
    }
}
