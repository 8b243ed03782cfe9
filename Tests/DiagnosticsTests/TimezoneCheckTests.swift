import KMSCore
import Testing
import Foundation
import Localization
import TestSupport
@testable import Diagnostics

/// The timezone as glibc applies it: TZ in its three forms, and /etc/localtime as a symlink,
/// a plain file, or missing (through a stand-in path, so the host's own zone is untouched).
///
/// A zone other than this process's is read in a child process (an exit test) that sets TZ
/// first: setting it here would race every thread that reads the environment.
@Suite struct TimezoneCheckTests {
    static let english = Localizer(table: (try? StringTable.bundled()) ?? StringTable(entries: [:]), language: .en)
    /// 2026-07-15 04:00 UTC: northern summer, so a DST zone shows it.
    static let july = 1_784_088_000.0

    /// What `ZoneReader.read` gives in a child process whose TZ is `tz` (nil: unset).
    static func reading(tz: String?, now: Double = july) async throws -> ZoneReading {
        let child = try await #require(processExitsWith: .success, observing: [\.standardOutputContent]) { [tz, now] in
            if let tz { setenv("TZ", tz, 1) } else { unsetenv("TZ") }
            let json = try JSONEncoder().encode(ZoneReader.read(now: now))
            FileHandle.standardOutput.write(Data("zone-reading:".utf8) + json + Data("\n".utf8))
        }
        let output = String(decoding: child.standardOutputContent, as: UTF8.self)
        let line = try #require(output.split(separator: "\n").last { $0.hasPrefix("zone-reading:") }, "child printed: \(output)")
        return try JSONDecoder().decode(ZoneReading.self, from: Data(line.dropFirst("zone-reading:".count).utf8))
    }

    /// The timezone check's result outside WSL for a zone read in a child process whose TZ is `tz`.
    static func check(tz: String?) async throws -> CheckResult {
        CheckResult(.timezone(TimezoneFinding(reading: try await reading(tz: tz, now: SNTPClient.systemClock()), windows: nil)))
    }

    @Test func asiaTaipeiPasses() async throws {
        let reading = try await Self.reading(tz: "Asia/Taipei")
        #expect(reading == ZoneReading(name: "Asia/Taipei", source: .tzVariable, origin: "Asia/Taipei",
                                       utcOffsetSeconds: 28_800, isDST: false, observesDST: false, abbreviation: "CST"))
        let result = try await Self.check(tz: "Asia/Taipei")
        #expect(result.status == .pass)
        #expect(result.text(Self.english).value == "Asia/Taipei UTC+08:00 from TZ")
        #expect(result.text(Self.english).message.hasPrefix("This is the Linux system's zone, the same as Taipei's."))
        #expect(result.text(Self.english).hint == nil)
    }

    /// Outside WSL the Linux zone says nothing about the Windows PC: information with the
    /// guide's advice for the PC, never a failure or a predicted 0xC004F06C.
    @Test func anotherLinuxZoneIsInformationWithThePCsAdvice() async throws {
        let result = try await Self.check(tz: "Asia/Tokyo")
        #expect(result.status == .pass)
        #expect(result.windowsCode == nil)
        let text = result.text(Self.english)
        #expect(text.value.contains("UTC+09:00"))
        #expect(text.message.contains("says nothing about the Windows PC"))
        #expect(text.message.contains("\"(UTC+08:00) Taipei\""))
        #expect(!text.message.contains("0xC004F06C"))
    }

    @Test func utcIsNotAFailure() async throws {
        let result = try await Self.check(tz: "Etc/UTC")
        #expect(result.status == .pass)
        let chinese = result.text(Self.english.switched(to: .zhTW))
        #expect(chinese.value.contains("UTC+00:00"))
        #expect(chinese.message.contains("「(UTC+08:00) 台北」"))
        #expect(!chinese.message.contains("0xC004F06C"))
    }

    @Test(arguments: ["CST-8", "UTC-8", ":Asia/Taipei", "/usr/share/zoneinfo/Asia/Taipei", "Etc/GMT-8", "Asia/Shanghai"])
    func everyFormOfUTCPlusEightPasses(tz: String) async throws {
        let reading = try await Self.reading(tz: tz)
        #expect(reading.utcOffsetSeconds == 28_800, "glibc reads \(tz) as +08:00")
        #expect(TimezoneCheck.isTaipeiEquivalent(reading))
    }

    @Test func colonAndPathFormsAreNamedByTheirZone() {
        #expect(ZoneReader.origin(tz: ":Asia/Taipei").name == "Asia/Taipei")
        #expect(ZoneReader.origin(tz: "/usr/share/zoneinfo/posix/Asia/Taipei").name == "Asia/Taipei")
        #expect(ZoneReader.origin(tz: "CST-8").name == "CST-8")
        #expect(ZoneReader.origin(tz: "") == ZoneOrigin(name: "UTC", source: .tzVariable, origin: ""))
    }

    @Test func plusEightWithDaylightSavingFails() async throws {
        let tz = "AWST-8AWDT,M10.1.0,M4.1.0/3"   // +08:00 in July, with summer time in the south
        let reading = try await Self.reading(tz: tz)
        #expect(reading.utcOffsetSeconds == 28_800 && reading.observesDST)
        #expect(!TimezoneCheck.isTaipeiEquivalent(reading))
        let result = CheckResult(.timezone(TimezoneFinding(reading: reading, windows: nil)))
        #expect(result.status == .pass)
        #expect(result.text(Self.english).message.hasPrefix("This is the Linux system's zone, not Taipei's."))
    }

    @Test func summerTimeZoneReportsDST() async throws {
        let reading = try await Self.reading(tz: "Europe/Berlin")
        #expect(reading.utcOffsetSeconds == 7200 && reading.isDST && reading.observesDST)
        #expect(reading.utcOffsetText == "UTC+02:00")
        #expect(ZoneReading.utcOffsetText(-12_600) == "UTC-03:30")
    }

    /// With TZ unset glibc reads the localtime file: a symlink is named by its target, a plain
    /// copy has no name (glibc still reads its offset, here through TZ naming the copy), a
    /// missing file is UTC.
    @Test func localtimeSymlinkPlainFileAndMissingFile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-tz-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let link = directory + "/localtime-link", copy = directory + "/localtime-copy"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/usr/share/zoneinfo/Asia/Taipei")
        try FileManager.default.copyItem(atPath: "/usr/share/zoneinfo/Asia/Tokyo", toPath: copy)

        #expect(ZoneReader.origin(tz: nil, localtimePath: link) == ZoneOrigin(name: "Asia/Taipei", source: .localtime, origin: link))
        #expect(ZoneReader.origin(tz: nil, localtimePath: copy) == ZoneOrigin(name: nil, source: .localtime, origin: copy))
        #expect(ZoneReader.origin(tz: nil, localtimePath: directory + "/nothing").source == .builtInDefault)
        #expect(ZoneReader.origin(tz: "Asia/Tokyo", localtimePath: link).source == .tzVariable, "a set TZ wins over the file")

        var copied = try await Self.reading(tz: ":" + copy)
        #expect(copied.utcOffsetSeconds == 32_400)
        copied.name = nil
        copied.source = .localtime
        let copiedResult = CheckResult(.timezone(TimezoneFinding(reading: copied, windows: nil)))
        #expect(copiedResult.status == .pass)
        #expect(copiedResult.text(Self.english).value == "unknown name UTC+09:00 from :\(copy)")

        let missing = try await Self.reading(tz: ":" + directory + "/nothing")
        #expect(missing.utcOffsetSeconds == 0, "glibc falls back to UTC for a zone file it cannot read")
    }

    /// The machine's own zone, read the way production reads it (TZ unset, /etc/localtime),
    /// agrees with glibc reading the same file through TZ.
    @Test func theSystemZoneMatchesGlibcReadingTheFile() async throws {
        try #require(access("/etc/localtime", F_OK) == 0, "this machine has /etc/localtime")
        let system = try await Self.reading(tz: nil)
        let viaTZ = try await Self.reading(tz: ":/etc/localtime")
        #expect(system.source == .localtime && system.origin == "/etc/localtime")
        #expect(system.utcOffsetSeconds == viaTZ.utcOffsetSeconds && system.isDST == viaTZ.isDST)
        #expect(system.name == ZoneReader.symlinkZoneName("/etc/localtime"))
    }

    /// This process's own zone is read in-process, with TZ as the process has it.
    @Test func theProcessZoneIsReadInProcess() {
        let reading = ZoneReader.read(now: Self.july)
        let tz = getenv("TZ").map { String(cString: $0) }
        #expect(reading.source == (tz == nil ? (access("/etc/localtime", F_OK) == 0 ? .localtime : .builtInDefault) : .tzVariable))
        #expect(getenv("TZ").map { String(cString: $0) } == tz, "reading never sets TZ")
    }

    /// Inside WSL the zone that matters is Windows' own, read with a (fake) tzutil.exe under the
    /// Windows root: Taipei passes, another zone warns with the fix in Windows, a tzutil.exe that
    /// is missing or fails leaves it unchecked. Never a failure, never 0xC004F06C.
    @Test func insideWSLWindowsOwnZoneIsRead() async throws {
        #expect(WindowsSubsystem.isWSL(environment: ["WSL_DISTRO_NAME": "Debian"]))
        #expect(!WindowsSubsystem.isWSL(environment: [:], osReleasePath: "/nonexistent"))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-tzutil-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/Windows/System32", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let environment: Variables = ["WSL_DISTRO_NAME": "Debian", "KMSWIZARD_WINDOWS_ROOT": root]
        let tzutil = root + "/Windows/System32/tzutil.exe"
        #expect(WindowsZone.tzutilPath(environment: environment) == tzutil)
        #expect(WindowsZone.tzutilPath(environment: [:]) == "/mnt/c/Windows/System32/tzutil.exe")

        let missing = await TimezoneCheck.run(environment: environment)
        #expect(missing.status == .skip)
        #expect(missing.text(Self.english).message.contains(tzutil))

        // tzutil.exe /g prints the ID without a newline (through the console, with a CR).
        try ExecutableScript.write("[ \"$1\" = /g ] || exit 87\nprintf 'Taipei Standard Time\\r\\n'", to: tzutil)
        let taipei = await TimezoneCheck.run(environment: environment)
        #expect(taipei.finding == .timezone(TimezoneFinding(reading: ZoneReader.read(), windows: .read("Taipei Standard Time"))))
        #expect(taipei.status == .pass)
        #expect(taipei.text(Self.english.switched(to: .zhTW)).message == "Windows 的時區是「(UTC+08:00) 台北」，正確。")

        try ExecutableScript.write("printf 'UTC'", to: tzutil)
        let utc = await TimezoneCheck.run(environment: environment)
        #expect(utc.status == .warn)
        #expect(utc.windowsCode == nil)
        #expect(utc.text(Self.english).value.hasPrefix("Windows: UTC; Linux: "))
        #expect(utc.text(Self.english).hint?.contains("In Windows, set the time zone") == true)

        try ExecutableScript.write("exit 5", to: tzutil)
        let failing = await TimezoneCheck.run(environment: environment)
        #expect(failing.status == .skip)
        #expect(failing.text(Self.english).message.contains("status 5"))
    }
}
