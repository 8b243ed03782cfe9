import KMSCore
@testable import WindowsBridge
@testable import Renewal
import Foundation
import Testing
import TestSupport
import Localization

@Suite(.offCooperativePool) struct ReminderCalendarTests {
    static let now = Date(timeIntervalSince1970: 1_764_028_800)   // 2025-11-25 00:00 UTC
    static let machine = UUID(uuidString: "8F2C3A1E-4B5D-4E6F-9A7B-0C1D2E3F4A5B")!

    static func hostCheck(_ seconds: Int) -> HostCheckRecord {
        HostCheckRecord(at: Date(timeIntervalSince1970: TimeInterval(seconds)), host: "127.0.0.1", port: 1688,
                        epid: "06401-00206-271-392130-03-1028-17763.0000-3052020", protocolVersion: 6,
                        clientCount: 50, activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
    }

    /// What Windows reported at `now`: `minutesLeft` of its KMS activation, or not activated.
    static func windows(minutesLeft: Int, status: WindowsLicenseStatus = .licensed) -> WindowsReading {
        WindowsReading(readAt: now, name: "Windows(R), Enterprise edition", licenseStatus: status,
                       graceMinutesRemaining: minutesLeft, channel: "Volume:GVLK", partialProductKey: "2YT43")
    }

    /// Windows reported its activation expiring 2026-02-28 03:30 UTC (11:30 Taipei; 137 010
    /// minutes after `now`), Office 2025-12-07 00:00 UTC (17 280 minutes: inside the margin
    /// already); Visio has a host check only and Office 2010 is in grace: neither has a deadline.
    static func calendar(margin: Int = 14) throws -> ReminderCalendar {
        let state = KMSWizardState(machineID: machine, products: [
            "win10-enterprise": ProductRecord(lastHostCheck: hostCheck(1_756_697_400), windows: windows(minutesLeft: 137_010)),
            "office2016-proplus": ProductRecord(windows: windows(minutesLeft: 17_280)),
            "visio2016-pro": ProductRecord(lastHostCheck: hostCheck(1_764_000_000)),
            "office2010-proplus": ProductRecord(windows: windows(minutesLeft: 20_160, status: .outOfBoxGrace)),
        ])
        let report = RenewalReport(state: state, now: now)
        return ReminderCalendar(report: report, marginDays: margin, machineID: machine, table: try StringTable.bundled(),
                                displayName: { $0 == "win10-enterprise" ? "Windows 10/11 Enterprise; \"LTSC\", test" : $0 })
    }

    @Test func hostChecksAloneGiveNoEvent() throws {
        let state = KMSWizardState(machineID: Self.machine, products: ["win10-enterprise": ProductRecord(lastHostCheck: Self.hostCheck(1_764_000_000))])
        let calendar = ReminderCalendar(report: RenewalReport(state: state, now: Self.now), marginDays: 14, machineID: Self.machine,
                                        table: try StringTable.bundled(), displayName: { $0 })
        #expect(calendar.events.isEmpty)
    }

    @Test func eventsStartAMarginBeforeEachDeadlineAtNineInTaipei() throws {
        let calendar = try Self.calendar()
        #expect(calendar.events.map(\.shortName) == ["office2016-proplus", "win10-enterprise"])
        // Office: deadline 2025-12-07; minus 14 days is 2025-11-23, already past, so the next 09:00 Taipei.
        #expect(CivilTime(calendar.events[0].start).iso8601 == "2025-11-25T01:00:00Z")
        #expect(CivilTime(calendar.events[0].deadline).iso8601 == "2025-12-07T00:00:00Z")
        #expect(CivilTime(calendar.events[1].deadline).iso8601 == "2026-02-28T03:30:00Z")
        // Windows: deadline 2026-02-28 11:30 Taipei; minus 14 days = 2026-02-14 09:00 Taipei = 01:00 UTC.
        #expect(CivilTime(calendar.events[1].start).iso8601 == "2026-02-14T01:00:00Z")
        #expect(CivilTime(try Self.calendar(margin: 0).events[1].start).iso8601 == "2026-02-28T01:00:00Z")
    }

    @Test func fileFollowsTheRFC5545LineRules() throws {
        let text = try Self.calendar().text
        let bytes = Array(text.utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(!bytes.enumerated().contains { $0.element == 0x0A && ($0.offset == 0 || bytes[$0.offset - 1] != 0x0D) }, "bare LF")
        for line in lines {
            #expect(line.utf8.count <= 75, "line over 75 octets: \(line)")
        }
        // Folding splits between characters, never inside a UTF-8 sequence: unfolding gives back the text.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:重新認證 Windows 10/11 Enterprise\\; \"LTSC\"\\, test 的 KMS 啟用 / Re-activate the KMS activation of Windows 10/11 Enterprise\\; \"LTSC\"\\, test\r\n"))
        #expect(unfolded.contains("DTSTAMP:20251125T000000Z\r\n"))
        #expect(unfolded.contains("UID:kmswizard-win10-enterprise-20260228T033000Z-8f2c3a1e-4b5d-4e6f-9a7b-0c1d2e3f4a5b@kmswizard\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VALARM").count == 3)
    }

    @Test func escapingAndFoldingEdges() {
        #expect(ICalendarText.escape("a\\b;c,d\ne\r\u{7}") == "a\\\\b\\;c\\,d\\ne")
        let long = String(repeating: "啟", count: 60)   // 180 octets: 24 characters fit the first line after "X:", 24 the next
        let folded = ICalendarText.fold("X:" + long)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count == 4 && parts[3].isEmpty)
        #expect(parts[0].utf8.count == 74 && parts[1].utf8.count == 73 && parts[2].utf8.count == 37)
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "X:" + long + "\r\n")
        #expect(ICalendarText.fold("short") == "short\r\n")
    }

    /// Python's icalendar (from PyPI) reads the file back: an independent parser, not ours.
    @Test func independentParserReadsEveryEventAndAlarm() throws {
        guard let python = try ReminderTestSupport.pythonWithICalendar() else {
            Issue.record("no Python with icalendar and pip could not install it")
            return
        }
        let folder = try ReminderTestSupport.temporaryDirectory("ics")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/renewal.ics"
        try Data(try Self.calendar().text.utf8).write(to: URL(fileURLWithPath: file))
        let reader = folder + "/read.py"
        try """
        import json, sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = []
        for ev in cal.walk('VEVENT'):
            alarms = [{'action': str(a.get('ACTION')), 'trigger': str(a.decoded('TRIGGER')), 'description': str(a.get('DESCRIPTION'))} for a in ev.walk('VALARM')]
            events.append({'uid': str(ev.get('UID')), 'start': ev.decoded('DTSTART').isoformat(), 'end': ev.decoded('DTEND').isoformat(),
                           'stamp': ev.decoded('DTSTAMP').isoformat(), 'summary': str(ev.get('SUMMARY')),
                           'description': str(ev.get('DESCRIPTION')), 'alarms': alarms})
        print(json.dumps({'version': str(cal.get('VERSION')), 'prodid': str(cal.get('PRODID')), 'events': events}))
        """.write(toFile: reader, atomically: true, encoding: .utf8)
        let result = try ProcessRunner.run(python[0], Array(python.dropFirst()) + [reader, file], timeoutSeconds: 60)
        #expect(result.succeeded, "icalendar could not parse the file: \(result.stderr)")
        struct Parsed: Decodable {
            struct Alarm: Decodable { let action, trigger, description: String }
            struct Event: Decodable { let uid, start, end, stamp, summary, description: String; let alarms: [Alarm] }
            let version, prodid: String
            let events: [Event]
        }
        let parsed = try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
        #expect(parsed.version == "2.0")
        #expect(parsed.events.count == 2)
        let windows = try #require(parsed.events.first { $0.uid.hasPrefix("kmswizard-win10-enterprise-") })
        #expect(windows.start == "2026-02-14T01:00:00+00:00")
        #expect(windows.end == "2026-02-14T01:30:00+00:00")
        #expect(windows.stamp == "2025-11-25T00:00:00+00:00")
        #expect(windows.summary == "重新認證 Windows 10/11 Enterprise; \"LTSC\", test 的 KMS 啟用 / Re-activate the KMS activation of Windows 10/11 Enterprise; \"LTSC\", test")
        #expect(windows.description.contains("2026-02-28 11:30 UTC+8"))
        #expect(windows.description.contains("kmswizard renew\n"))
        #expect(windows.description.contains("The KMS activation of"))
        #expect(windows.description.contains("(as Windows reports it)"))
        #expect(windows.alarms.count == 1)
        #expect(windows.alarms.first?.action == "DISPLAY")
        #expect(windows.alarms.first?.trigger == "0:00:00")
    }
}
