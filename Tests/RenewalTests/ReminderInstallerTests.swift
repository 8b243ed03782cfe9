@testable import Renewal
import KMSCore
import Foundation
import Testing
import TestSupport
import Localization

/// The weekly job, installed into temp folders with fake `systemctl` and `crontab` commands that
/// record what they were asked to do (a fake crontab keeps its table in a file, as the real one does).
@Suite(.offCooperativePool) struct ReminderInstallerTests {
    struct Sandbox {
        let root: String
        let binary: String
        let log: String
        let table: String

        init() throws {
            root = try ReminderTestSupport.temporaryDirectory("remind")
            binary = root + "/bin dir/kmswizard"
            log = root + "/calls.log"
            table = root + "/crontab.txt"
            try FileManager.default.createDirectory(atPath: root + "/bin dir", withIntermediateDirectories: true)
            try ExecutableScript.write("exit 21\n", to: binary)
            try ExecutableScript.write("echo \"systemctl $*\" >> '\(log)'\n", to: root + "/systemctl")
            try ExecutableScript.write("""
                echo "crontab $*" >> '\(log)'
                case "$1" in
                  -l) if [ -f '\(table)' ]; then cat '\(table)'; else echo "no crontab for tester" >&2; exit 1; fi ;;
                  -) cat > '\(table)' ;;
                esac

                """, to: root + "/crontab")
        }

        func paths(systemd: Bool) -> ReminderInstaller.Paths {
            ReminderInstaller.Paths(configHome: root + "/config", stateDirectory: root + "/state/kmswizard", binaryPath: binary,
                                    crontabCommand: root + "/crontab", systemctlCommand: root + "/systemctl", useSystemd: systemd)
        }

        var calls: [String] {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func systemdInstallWritesUnitsEnablesTheTimerAndUninstallRemovesExactlyThem() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let installer = ReminderInstaller(paths: box.paths(systemd: true), now: { Date(timeIntervalSince1970: 0) })
        let userFile = box.root + "/config/systemd/user/other.service"
        try FileManager.default.createDirectory(atPath: box.root + "/config/systemd/user", withIntermediateDirectories: true)
        try "[Service]\nExecStart=/bin/true\n".write(toFile: userFile, atomically: true, encoding: .utf8)

        let outcome = try installer.install()
        let service = box.root + "/config/systemd/user/kmswizard-renew.service"
        let timer = box.root + "/config/systemd/user/kmswizard-renew.timer"
        #expect(outcome.kind == .systemd)
        #expect(outcome.files == [service, timer, box.root + "/state/kmswizard/reminder-install.json"])
        #expect(outcome.warnings.isEmpty)
        let serviceText = try String(contentsOfFile: service, encoding: .utf8)
        #expect(serviceText.contains("\nExecStart=\"\(box.binary)\" renew --quiet\n"))
        #expect(serviceText.contains("\nType=oneshot\n"))
        #expect(serviceText.contains("\nSuccessExitStatus=20 21\n"))
        let timerText = try String(contentsOfFile: timer, encoding: .utf8)
        #expect(timerText.contains("\nOnCalendar=weekly\n") && timerText.contains("\nPersistent=true\n"))
        #expect(timerText.contains("\nWantedBy=timers.target\n"))
        #expect(box.calls == ["systemctl --user daemon-reload", "systemctl --user enable --now kmswizard-renew.timer"])
        #expect(installer.installed()?.timerEnabled == true)

        let removed = try installer.uninstall()
        #expect(removed.files == [service, timer, box.root + "/state/kmswizard/reminder-install.json"])
        #expect(!FileManager.default.fileExists(atPath: service) && !FileManager.default.fileExists(atPath: timer))
        #expect(FileManager.default.fileExists(atPath: userFile), "a unit that is not ours stays")
        #expect(box.calls.suffix(2) == ["systemctl --user disable --now kmswizard-renew.timer", "systemctl --user daemon-reload"])
        #expect(installer.installed() == nil)
        #expect(throws: ReminderError.self) { try installer.uninstall() }
    }

    /// systemd's own checker reads the units; it needs a runtime folder for --user, which the test makes.
    /// Without systemd-analyze it skips with a reason, unless KMSWIZARD_REQUIRE_PEERS=1 (set by CI,
    /// whose machine must have it) makes the missing tool a failure.
    @Test func systemdAnalyzeVerifyAcceptsTheUnits() throws {
        guard let analyze = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            let required = ProcessInfo.processInfo.environment["KMSWIZARD_REQUIRE_PEERS"] == "1"
            #expect(!required, "systemd-analyze is not installed but KMSWIZARD_REQUIRE_PEERS=1 requires it (apt package systemd)")
            if !required { print("SKIP systemd-analyze verify: systemd-analyze is not installed on this machine") }
            return
        }
        let box = try Sandbox()
        defer { box.remove() }
        let unitFolder = box.root + "/units"
        let runtime = box.root + "/runtime"
        try FileManager.default.createDirectory(atPath: unitFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: runtime)
        try ReminderSchedule.serviceUnit(binaryPath: box.binary).write(toFile: unitFolder + "/kmswizard-renew.service", atomically: true, encoding: .utf8)
        try ReminderSchedule.timerUnit.write(toFile: unitFolder + "/kmswizard-renew.timer", atomically: true, encoding: .utf8)
        let result = try ProcessRunner.run("/usr/bin/env", ["XDG_RUNTIME_DIR=\(runtime)", analyze, "verify", "--user",
                                                           unitFolder + "/kmswizard-renew.service", unitFolder + "/kmswizard-renew.timer"], timeoutSeconds: 60)
        #expect(result.succeeded, "systemd-analyze verify: \(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("kmswizard-renew"), "systemd-analyze complained: \(result.stderr)")
    }

    @Test func cronInstallAddsOneMarkedLineAndUninstallTakesOnlyIt() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let installer = ReminderInstaller(paths: box.paths(systemd: false))
        let existing = "# mine\n0 3 * * * /usr/bin/backup\n"
        try existing.write(toFile: box.table, atomically: true, encoding: .utf8)

        let first = try installer.install()
        #expect(first.kind == .cron)
        let line = "23 10 * * 1 '\(box.binary)' renew --quiet \(ReminderSchedule.cronMarker)"
        #expect(first.cronLine == line)
        #expect(try String(contentsOfFile: box.table, encoding: .utf8) == existing + line + "\n")
        _ = try installer.install()   // again: still one line
        #expect(try String(contentsOfFile: box.table, encoding: .utf8) == existing + line + "\n")

        _ = try installer.uninstall()
        #expect(try String(contentsOfFile: box.table, encoding: .utf8) == existing)
        #expect(installer.installed() == nil)
    }

    @Test func cronWithoutAnyCrontabYetStartsOne() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let outcome = try ReminderInstaller(paths: box.paths(systemd: false)).install()
        #expect(try String(contentsOfFile: box.table, encoding: .utf8) == outcome.cronLine! + "\n")
        #expect(box.calls == ["crontab -l", "crontab -"])
    }

    @Test func missingCrontabCommandIsAClearError() throws {
        let box = try Sandbox()
        defer { box.remove() }
        var paths = box.paths(systemd: false)
        paths.crontabCommand = box.root + "/no-such-crontab"
        do {
            _ = try ReminderInstaller(paths: paths).install()
            Issue.record("installed without a crontab command")
        } catch {
            guard case .noScheduler = error else { Issue.record("wrong error \(error)"); return }
        }
        #expect(!FileManager.default.fileExists(atPath: paths.manifestPath))
    }

    @Test func foreignUnitOfTheSameNameIsNeverOverwritten() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let service = box.root + "/config/systemd/user/kmswizard-renew.service"
        try FileManager.default.createDirectory(atPath: box.root + "/config/systemd/user", withIntermediateDirectories: true)
        try "hand-written\n".write(toFile: service, atomically: true, encoding: .utf8)
        do {
            _ = try ReminderInstaller(paths: box.paths(systemd: true)).install()
            Issue.record("installed over a foreign unit")
        } catch {
            let table = try StringTable.bundled()
            #expect(error.message(Localizer(table: table, language: .zhTW)) == "\(service) 已存在且不是 kmswizard 寫的，維持原狀")
            #expect(error.message(Localizer(table: table, language: .en)) == "\(service) exists and was not written by kmswizard; it was left alone")
        }
        #expect(try String(contentsOfFile: service, encoding: .utf8) == "hand-written\n")
    }

    @Test func editedUnitIsKeptOnUninstall() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let installer = ReminderInstaller(paths: box.paths(systemd: true))
        _ = try installer.install()
        let timer = box.root + "/config/systemd/user/kmswizard-renew.timer"
        try "edited\n".write(toFile: timer, atomically: true, encoding: .utf8)
        let outcome = try installer.uninstall()
        #expect(outcome.keptChanged == [timer])
        #expect(FileManager.default.fileExists(atPath: timer))
    }

    @Test(arguments: ["relative/kmswizard", "/opt/k%h/kmswizard", "/opt/$HOME/kmswizard", "/opt/it's/kmswizard", "/opt/a\nb", "/opt/a\"b", "/opt/a;b"])
    func pathsThatUnitsOrCronWouldInterpretAreRefused(path: String) throws {
        let table = try StringTable.bundled()
        do {
            try ReminderSchedule.validate(binaryPath: path)
            Issue.record("accepted \(path)")
        } catch {
            for language in Language.allCases {
                let message = error.message(Localizer(table: table, language: language))
                #expect(message.contains(path) && !message.contains("⟦"), "\(language): \(message)")
            }
        }
    }

    @Test func environmentChoosesTheScheduler() {
        let base: Variables = ["HOME": "/home/u", "KMSWIZARD_CRONTAB": "/x/crontab"]
        let cron = ReminderInstaller.Paths.from(environment: base, stateFile: "/s/kmswizard/state.json", binaryPath: "/b/kmswizard")
        #expect(!cron.useSystemd)
        #expect(cron.configHome == "/home/u/.config")
        #expect(cron.crontabCommand == "/x/crontab")
        #expect(cron.manifestPath == "/s/kmswizard/reminder-install.json")
        let forced = ReminderInstaller.Paths.from(environment: Variables(base.pairs + [("KMSWIZARD_SCHEDULER", "systemd"), ("XDG_CONFIG_HOME", "/cfg")]),
                                                  stateFile: "/s/kmswizard/state.json", binaryPath: "/b/kmswizard")
        #expect(forced.useSystemd && forced.unitDirectory == "/cfg/systemd/user")
    }
}
