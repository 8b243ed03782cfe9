@testable import WindowsBridge
import KMSCore
import Foundation
import Testing
import TestSupport

/// WSL detection and the cscript.exe runner, against a fake Windows tree: a `cscript.exe` that
/// answers with the transcript fixtures in UTF-16 (as `//U` makes the real one), and a
/// `fltmc.exe` that says whether the window is elevated. No real Windows is involved.
@Suite(.offCooperativePool) struct WindowsScriptRunnerTests {
    struct FakeWindows {
        let root: String
        let log: String

        init(elevated: Bool, activation: String, office: String? = nil) throws {
            root = try ReminderTestSupport.temporaryDirectory("wsl")
            log = root + "/cscript.log"
            let system32 = root + "/Windows/System32"
            try FileManager.default.createDirectory(atPath: system32, withIntermediateDirectories: true)
            try ExecutableScript.write(elevated ? "exit 0\n" : "echo 'Access is denied.'; exit 1\n", to: system32 + "/fltmc.exe")
            let transcript = ScriptSamples.fixtures.appendingPathComponent(activation).path
            try ExecutableScript.write("""
                echo "$*" >> '\(log)'
                case "$*" in
                  *" /ato"|*" /act") iconv -f UTF-8 -t UTF-16LE '\(transcript)' ;;
                  *) printf 'ok\\r\\n' | iconv -f UTF-8 -t UTF-16LE ;;
                esac

                """, to: system32 + "/cscript.exe")
            if let office {
                let folder = root + "/" + office
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try "' fake ospp.vbs\n".write(toFile: folder + "/ospp.vbs", atomically: true, encoding: .utf8)
            }
        }

        var wsl: WSLEnvironment {
            try! WSLEnvironment.detect(.init(environment: ["WSL_DISTRO_NAME": "Debian", "KMSWIZARD_WINDOWS_ROOT": root],
                                             fileExists: { FileManager.default.fileExists(atPath: $0) }, readText: { _ in nil }))
        }

        var runner: WindowsActivationRunner {
            WindowsActivationRunner(wsl: wsl, stepTimeoutSeconds: 20, fileExists: { FileManager.default.fileExists(atPath: $0) })
        }

        var calls: [String] { ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    static func plan(_ products: [ScriptProduct], bits: OfficeBits = .probe) throws -> WindowsActivationPlan {
        try WindowsActivationPlan(products: products, endpoint: ScriptSamples.labHost, installKeys: true, officeBits: bits)
    }

    @Test func detectsWSLByAnyOfItsSigns() throws {
        let cscript = "/mnt/c/Windows/System32/cscript.exe"
        func probe(_ environment: Variables, files: Set<String>, version: String?) -> WSLEnvironment.Probe {
            .init(environment: environment, fileExists: { files.contains($0) }, readText: { $0 == "/proc/version" ? version : nil })
        }
        #expect(try WSLEnvironment.detect(probe(["WSL_DISTRO_NAME": "Ubuntu"], files: [cscript], version: nil)).distribution == "Ubuntu")
        #expect(try WSLEnvironment.detect(probe([:], files: [cscript, "/proc/sys/fs/binfmt_misc/WSLInterop"], version: nil)).windowsRoot == "/mnt/c")
        #expect(try WSLEnvironment.detect(probe([:], files: [cscript], version: "Linux version 5.15.167.4-microsoft-standard-WSL2")).cscriptPath == cscript)
        #expect(throws: WSLEnvironment.Unavailable.notWSL) {
            try WSLEnvironment.detect(probe([:], files: [cscript], version: "Linux version 6.1.0-28-amd64 (debian-kernel@lists.debian.org)"))
        }
        #expect(throws: WSLEnvironment.Unavailable.noCscript(path: cscript)) {
            try WSLEnvironment.detect(probe(["WSL_DISTRO_NAME": "Ubuntu"], files: [], version: nil))
        }
        // This test machine is not WSL: the real probe must say so, or the --run path would be tried here.
        if ProcessInfo.processInfo.environment["WSL_DISTRO_NAME"] == nil,
           !((try? String(contentsOfFile: "/proc/version", encoding: .utf8)) ?? "").lowercased().contains("microsoft") {
            #expect(throws: WSLEnvironment.Unavailable.self) { try WSLEnvironment.detect(.system(environment: [:])) }
        }
    }

    /// KMSWIZARD_WINDOWS_ROOT=/mnt/d means Windows lives on D:, and the paths handed to cscript.exe say so.
    @Test func driveLetterComesFromTheRoot() throws {
        func wsl(_ root: String) throws -> WSLEnvironment {
            try WSLEnvironment.detect(.init(environment: ["WSL_DISTRO_NAME": "Ubuntu", "KMSWIZARD_WINDOWS_ROOT": root],
                                            fileExists: { $0 == root + "/Windows/System32/cscript.exe" }, readText: { _ in nil }))
        }
        #expect(try wsl("/mnt/d").driveLetter == "D:")
        #expect(try wsl("/mnt/d").windowsPath("/mnt/d/Program Files/Microsoft Office/Office16/ospp.vbs")
                == "D:\\Program Files\\Microsoft Office\\Office16\\ospp.vbs")
        #expect(try wsl("/mnt/c").windowsPath("/mnt/c/Windows/System32/slmgr.vbs") == "C:\\Windows\\System32\\slmgr.vbs")
        #expect(try wsl("/windows/e").driveLetter == "E:")
        // A root that names no drive (a custom mount, a test's fake tree) stays the system drive C:.
        #expect(try wsl("/srv/windows").driveLetter == "C:")
        #expect(try wsl("/mnt/9").driveLetter == "C:")
    }

    /// A cscript.exe that exists but cannot be run, and WSL with interop switched off, are told apart from a missing one.
    @Test func cscriptMustBeRunnableAndInteropOn() throws {
        let cscript = "/mnt/c/Windows/System32/cscript.exe"
        func probe(executable: Bool, texts: [String: String]) -> WSLEnvironment.Probe {
            .init(environment: ["WSL_DISTRO_NAME": "Ubuntu"], fileExists: { $0 == cscript }, readText: { texts[$0] },
                  isExecutable: { _ in executable })
        }
        #expect(throws: WSLEnvironment.Unavailable.notExecutable(path: cscript)) { try WSLEnvironment.detect(probe(executable: false, texts: [:])) }
        let on = "enabled\ninterpreter /init\nflags: PF\noffset 0\nmagic 4d5a\n"
        let off = "disabled\ninterpreter /init\n"
        #expect(throws: WSLEnvironment.Unavailable.interopOff) {
            try WSLEnvironment.detect(probe(executable: true, texts: ["/proc/sys/fs/binfmt_misc/WSLInterop": off]))
        }
        #expect(throws: WSLEnvironment.Unavailable.interopOff) {
            try WSLEnvironment.detect(probe(executable: true, texts: ["/proc/sys/fs/binfmt_misc/WSLInterop-late": off]))
        }
        #expect(try WSLEnvironment.detect(probe(executable: true, texts: ["/proc/sys/fs/binfmt_misc/WSLInterop": on])).cscriptPath == cscript)
        #expect(try WSLEnvironment.detect(probe(executable: true, texts: ["/proc/sys/fs/binfmt_misc/WSLInterop-late": on,
                                                                         "/proc/sys/fs/binfmt_misc/status": "enabled\n"])).cscriptPath == cscript)
        // No registration to read (WSL 1, a Linux host with binfmt_misc but a fake tree): cscript.exe gets its chance.
        #expect(try WSLEnvironment.detect(probe(executable: true, texts: [:])).cscriptPath == cscript)
        #expect(try WSLEnvironment.detect(probe(executable: true, texts: ["/proc/sys/fs/binfmt_misc/status": "enabled\n"])).cscriptPath == cscript)
    }

    /// The real probe checks the execute bit: a cscript.exe file without it is refused.
    @Test func systemProbeChecksTheExecuteBit() throws {
        let root = try ReminderTestSupport.temporaryDirectory("wsl-noexec")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let system32 = root + "/Windows/System32"
        try FileManager.default.createDirectory(atPath: system32, withIntermediateDirectories: true)
        try "MZ".write(toFile: system32 + "/cscript.exe", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: system32 + "/cscript.exe")
        let environment: Variables = ["WSL_DISTRO_NAME": "Ubuntu", "KMSWIZARD_WINDOWS_ROOT": root]
        // access(X_OK) wants an execute bit even for root, so this holds for every user.
        #expect(throws: WSLEnvironment.Unavailable.notExecutable(path: system32 + "/cscript.exe")) {
            try WSLEnvironment.detect(.system(environment: environment))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: system32 + "/cscript.exe")
        let probe = WSLEnvironment.Probe.system(environment: environment)
        #expect(probe.isExecutable(system32 + "/cscript.exe"))
    }

    @Test func windowsSuccessRunsEveryStepAndReadsTheChineseResult() throws {
        let fake = try FakeWindows(elevated: true, activation: "transcript-win7-slmgr-ato-zh-TW-success.txt")
        defer { fake.remove() }
        let results = try fake.runner.run(try Self.plan([ScriptSamples.win7]))
        #expect(results.count == 1)
        #expect(results[0].outcome == .activated)
        #expect(results[0].steps.map(\.argument) == ["/ipk 33PXH-7Y6KF-2VJC9-XBBR8-HVTHH", "/skms 198.18.40.17:1688", "/ato", "/dlv"])
        #expect(results[0].steps[2].output.contains("產品已成功啟用。"))
        #expect(fake.calls == ["//nologo //U C:\\Windows\\System32\\slmgr.vbs /ipk 33PXH-7Y6KF-2VJC9-XBBR8-HVTHH",
                               "//nologo //U C:\\Windows\\System32\\slmgr.vbs /skms 198.18.40.17:1688",
                               "//nologo //U C:\\Windows\\System32\\slmgr.vbs /ato",
                               "//nologo //U C:\\Windows\\System32\\slmgr.vbs /dlv"])
    }

    @Test func officeFailureReportsTheCodeFromThe32BitFolder() throws {
        let fake = try FakeWindows(elevated: true, activation: "transcript-office2016-ospp-act-C004F074.txt",
                                   office: "Program Files (x86)/Microsoft Office/Office16")
        defer { fake.remove() }
        let results = try fake.runner.run(try Self.plan([ScriptSamples.office2016]))
        #expect(results[0].outcome == .failed)
        #expect(results[0].transcript?.failures.map(\.code.hex) == ["0xC004F074"])
        #expect(fake.calls.first == "//nologo //U C:\\Program Files (x86)\\Microsoft Office\\Office16\\ospp.vbs /inpkey:XQNVK-8JYDB-WJ9W3-YJ8YR-WFG99")
        #expect(fake.calls.count == 5)
    }

    @Test func officeOfTheOtherBitnessIsNotFound() throws {
        let fake = try FakeWindows(elevated: true, activation: "transcript-office2010-ospp-act-success.txt",
                                   office: "Program Files (x86)/Microsoft Office/Office14")
        defer { fake.remove() }
        let results = try fake.runner.run(try Self.plan([ScriptSamples.office2010], bits: .x64))
        #expect(results[0].missingOfficeFolder == "Office14")
        #expect(results[0].outcome == .failed)
        #expect(fake.calls.isEmpty)
        #expect(try fake.runner.run(try Self.plan([ScriptSamples.office2010], bits: .x86))[0].outcome == .activated)
    }

    @Test func notElevatedStopsBeforeAnyChange() throws {
        let fake = try FakeWindows(elevated: false, activation: "transcript-win7-slmgr-ato-zh-TW-success.txt")
        defer { fake.remove() }
        #expect(throws: WindowsActivationRunner.RunError.notElevated) { try fake.runner.run(try Self.plan([ScriptSamples.win10])) }
        #expect(fake.calls.isEmpty)
    }

    // MARK: - Through the binary: `kmswizard script --run` with WSL's signs pointing at the fake tree

    func runBinary(_ fake: FakeWindows, _ arguments: [String]) throws -> ProcessResult {
        let binary = try RenewalBinary()
        defer { binary.remove() }
        return try binary.run(["script", "--run", "--lang", "en"] + arguments,
                              environment: ["WSL_DISTRO_NAME": "Debian", "KMSWIZARD_WINDOWS_ROOT": fake.root])
    }

    @Test func runReportsSuccessAndExitsZero() throws {
        let fake = try FakeWindows(elevated: true, activation: "transcript-win7-slmgr-ato-zh-TW-success.txt")
        defer { fake.remove() }
        let result = try runBinary(fake, ["--product", "win7-enterprise"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("產品已成功啟用。"))
        #expect(result.stdout.contains("[OK] Windows 7 Enterprise is activated."))
        #expect(fake.calls.count == 3, "no key install without --install-key: \(fake.calls)")
    }

    @Test func runExplainsTheErrorCodeWindowsReported() throws {
        let fake = try FakeWindows(elevated: true, activation: "transcript-office2016-ospp-act-C004F074.txt",
                                   office: "Program Files (x86)/Microsoft Office/Office16")
        defer { fake.remove() }
        let result = try runBinary(fake, ["--product", "office2016-proplus", "--json"])
        #expect(result.status == 4)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        let group = try #require((object["groups"] as? [[String: Any]])?.first)
        #expect(group["outcome"] as? String == "failed")
        let failure = try #require((group["failures"] as? [[String: Any]])?.first)
        #expect(failure["windowsCode"] as? String == "0xC004F074")
        let explanation = try #require(failure["explanation"] as? [String: Any])
        #expect(explanation["known"] as? Bool == true)
        let title = try #require(explanation["title"] as? String)
        #expect(!title.isEmpty && !title.contains("⟦"))
        #expect((explanation["fix"] as? String)?.isEmpty == false)
        let text = try runBinary(fake, ["--product", "office2016-proplus"]).stdout
        #expect(text.contains("0xC004F074: " + title))
        #expect(text.contains("Windows: The Software Licensing Service reported that the product could not be activated."))
    }

    @Test func runWithoutElevationIsRefusedWith77() throws {
        let fake = try FakeWindows(elevated: false, activation: "transcript-win7-slmgr-ato-zh-TW-success.txt")
        defer { fake.remove() }
        let result = try runBinary(fake, ["--product", "win10-enterprise", "--json"])
        #expect(result.status == 77)
        #expect(result.stderr.contains("0x80070005"))
        #expect(fake.calls.isEmpty)
    }
}
