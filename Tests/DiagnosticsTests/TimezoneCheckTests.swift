import Testing
import Foundation
import Localization
@testable import Diagnostics

/// The timezone as glibc applies it: TZ in its three forms, and /etc/localtime as a symlink,
/// a plain file, or missing (through a stand-in path, so the host's own zone is untouched).
@Suite(.serialized) struct TimezoneCheckTests {
    static let english = Localizer(table: (try? StringTable.bundled()) ?? StringTable(entries: [:]), language: .en)
    /// 2026-07-15 04:00 UTC: northern summer, so a DST zone shows it.
    static let july = 1_784_088_000.0

    @Test func asiaTaipeiPasses() {
        let reading = ZoneReader.read(environment: ["TZ": "Asia/Taipei"], now: Self.july)
        #expect(reading == ZoneReading(name: "Asia/Taipei", source: .tzVariable, origin: "Asia/Taipei",
                                       utcOffsetSeconds: 28_800, isDST: false, observesDST: false, abbreviation: "CST"))
        let result = TimezoneCheck.run(environment: ["TZ": "Asia/Taipei"], localizer: Self.english)
        #expect(result.status == .pass)
        #expect(result.value == "Asia/Taipei UTC+08:00 (TZ)")
        #expect(result.hint == nil)
    }

    @Test func asiaTokyoFailsWithTheGuidesInstruction() {
        let result = TimezoneCheck.run(environment: ["TZ": "Asia/Tokyo"], localizer: Self.english)
        #expect(result.status == .fail)
        #expect(result.value.contains("UTC+09:00"))
        #expect(result.message.contains("not \"(UTC+08:00) Taipei\""))
        #expect(result.hint?.contains("Settings > Time & language") == true)
        #expect(result.hint?.contains("TZ environment variable") == true)
        #expect(result.windowsCode == "0xC004F06C")
    }

    @Test func utcFailsAndSaysWhyItMatters() {
        let chinese = TimezoneCheck.run(environment: ["TZ": "Etc/UTC"], localizer: Self.english.switched(to: .zhTW))
        #expect(chinese.status == .fail)
        #expect(chinese.value.contains("UTC+00:00"))
        #expect(chinese.message.contains("台北"))
        #expect(chinese.message.contains("0xC004F06C"))
    }

    @Test(arguments: ["CST-8", "UTC-8", ":Asia/Taipei", "/usr/share/zoneinfo/Asia/Taipei", "Etc/GMT-8", "Asia/Shanghai"])
    func everyFormOfUTCPlusEightPasses(tz: String) {
        let reading = ZoneReader.read(environment: ["TZ": tz], now: Self.july)
        #expect(reading.utcOffsetSeconds == 28_800, "glibc reads \(tz) as +08:00")
        #expect(TimezoneCheck.isTaipeiEquivalent(reading))
    }

    @Test func colonAndPathFormsAreNamedByTheirZone() {
        #expect(ZoneReader.read(environment: ["TZ": ":Asia/Taipei"]).name == "Asia/Taipei")
        #expect(ZoneReader.read(environment: ["TZ": "/usr/share/zoneinfo/posix/Asia/Taipei"]).name == "Asia/Taipei")
        #expect(ZoneReader.read(environment: ["TZ": "CST-8"]).name == "CST-8")
    }

    @Test func plusEightWithDaylightSavingFails() {
        let tz = "AWST-8AWDT,M10.1.0,M4.1.0/3"   // +08:00 in July, with summer time in the south
        let reading = ZoneReader.read(environment: ["TZ": tz], now: Self.july)
        #expect(reading.utcOffsetSeconds == 28_800 && reading.observesDST)
        let result = TimezoneCheck.evaluate(reading, localizer: Self.english, isWSL: false)
        #expect(result.status == .fail)
        #expect(result.message.contains("daylight saving"))
    }

    @Test func summerTimeZoneReportsDST() {
        let reading = ZoneReader.read(environment: ["TZ": "Europe/Berlin"], now: Self.july)
        #expect(reading.utcOffsetSeconds == 7200 && reading.isDST && reading.observesDST)
        #expect(reading.utcOffsetText == "UTC+02:00")
        #expect(ZoneReading.utcOffsetText(-12_600) == "UTC-03:30")
    }

    @Test func localtimeSymlinkPlainFileAndMissingFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-tz-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let link = directory + "/localtime-link", copy = directory + "/localtime-copy"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/usr/share/zoneinfo/Asia/Taipei")
        try FileManager.default.copyItem(atPath: "/usr/share/zoneinfo/Asia/Tokyo", toPath: copy)

        let linked = ZoneReader.read(environment: [:], localtimePath: link)
        #expect(linked.name == "Asia/Taipei" && linked.source == .localtime && linked.utcOffsetSeconds == 28_800)
        let linkedResult = TimezoneCheck.run(environment: [:], localizer: Self.english, localtimePath: link)
        #expect(linkedResult.status == .pass)
        #expect(linkedResult.message.contains(link))

        let copied = ZoneReader.read(environment: [:], localtimePath: copy)
        #expect(copied.name == nil && copied.utcOffsetSeconds == 32_400)
        let copiedResult = TimezoneCheck.run(environment: [:], localizer: Self.english, localtimePath: copy)
        #expect(copiedResult.status == .fail)
        #expect(copiedResult.value.hasPrefix("unknown name UTC+09:00"))
        #expect(copiedResult.hint?.contains("TZ environment variable") == false)

        let missing = ZoneReader.read(environment: [:], localtimePath: directory + "/nothing")
        #expect(missing.source == .builtInDefault && missing.utcOffsetSeconds == 0)
    }

    /// The machine's own zone, read the way production reads it (TZ unset, /etc/localtime),
    /// agrees with glibc reading the same file through TZ.
    @Test func theSystemZoneMatchesGlibcReadingTheFile() throws {
        try #require(access("/etc/localtime", F_OK) == 0, "this machine has /etc/localtime")
        let system = ZoneReader.read(environment: [:], now: Self.july)
        let viaTZ = ZoneReader.read(environment: ["TZ": ":/etc/localtime"], now: Self.july)
        #expect(system.source == .localtime && system.origin == "/etc/localtime")
        #expect(system.utcOffsetSeconds == viaTZ.utcOffsetSeconds && system.isDST == viaTZ.isDST)
        #expect(system.name == ZoneReader.symlinkZoneName("/etc/localtime"))
    }

    @Test func theProcessTZIsLeftAsItWas() {
        let before = getenv("TZ").map { String(cString: $0) }
        _ = ZoneReader.read(environment: ["TZ": "Asia/Tokyo"])
        _ = ZoneReader.read(environment: [:], localtimePath: "/usr/share/zoneinfo/America/New_York")
        #expect(getenv("TZ").map { String(cString: $0) } == before)
    }

    @Test func wslIsToldToFixWindows() {
        #expect(WindowsSubsystem.isWSL(environment: ["WSL_DISTRO_NAME": "Debian"]))
        #expect(!WindowsSubsystem.isWSL(environment: [:], osReleasePath: "/nonexistent"))
        let result = TimezoneCheck.evaluate(ZoneReader.read(environment: ["TZ": "Etc/UTC"]), localizer: Self.english, isWSL: true)
        #expect(result.hint?.contains("This is WSL") == true)
    }
}
