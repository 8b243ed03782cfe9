import KMSCore
import Platform
import Localization

/// The iCalendar file `kmswizard remind --ics` writes: one event per renewal deadline, a margin
/// of days before it, each with an alarm, titled and described in both languages.
///
/// Events start at 09:00 Taipei time on the reminder day, so they land in office hours when the
/// campus network and the help desk are there. A reminder day already past becomes the next
/// 09:00 so that the event is still seen. UIDs depend only on the product, the deadline and the
/// machine ID: writing the file again after nothing changed updates the same events instead of
/// adding copies.
public struct ReminderCalendar: Sendable {
    public static let reminderHourTaipei = 9
    public static let defaultMarginDays = 14

    public struct Event: Sendable, Equatable {
        public let shortName: String
        public let uid: String
        public let start: Date
        public let deadline: Date
        public let summary: String
        public let description: String
    }

    public let events: [Event]
    public let stamp: Date

    /// - Parameters:
    ///   - displayName: the catalog's name for a short name (the short name itself when unknown).
    public init(report: RenewalReport, marginDays: Int, machineID: UUID?, table: StringTable,
                displayName: (String) -> String) {
        stamp = report.now
        events = report.products.compactMap { product in
            guard let timeline = product.timeline else { return nil }
            let planned = CivilTime.date(year: timeline.deadlineInTaipei.year, month: timeline.deadlineInTaipei.month,
                                         day: timeline.deadlineInTaipei.day - marginDays,
                                         hour: Self.reminderHourTaipei, utcOffsetSeconds: CivilTime.taipeiOffsetSeconds)
            let start = planned > report.now ? planned : Self.nextReminderHour(after: report.now)
            let name = displayName(product.shortName)
            let arguments: Variables = ["product": name, "deadline": timeline.deadlineInTaipei.description,
                             "shortName": product.shortName]
            let both = { (key: String) in
                table.text(key, .zhTW, arguments) + " / " + table.text(key, .en, arguments)
            }
            let machine = machineID.map { "-" + $0.uuidString.lowercased() } ?? ""
            return Event(shortName: product.shortName,
                         uid: "kmswizard-\(product.shortName)-\(CivilTime(timeline.deadline).iCalendarUTC)\(machine)@kmswizard",
                         start: start, deadline: timeline.deadline,
                         summary: both("renewal.ics.summary"),
                         description: table.text("renewal.ics.description", .zhTW, arguments) + "\n\n"
                             + table.text("renewal.ics.description", .en, arguments))
        }
    }

    /// The file's text: CRLF line ends, folded lines, UTF-8.
    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kmswizard//renewal reminders//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        for event in events {
            let summary = ICalendarText.escape(event.summary)
            lines += [
                "BEGIN:VEVENT",
                "UID:\(event.uid)",
                "DTSTAMP:\(CivilTime(stamp).iCalendarUTC)",
                "DTSTART:\(CivilTime(event.start).iCalendarUTC)",
                "DTEND:\(CivilTime(event.start.addingTimeInterval(30 * 60)).iCalendarUTC)",
                "SUMMARY:\(summary)",
                "DESCRIPTION:\(ICalendarText.escape(event.description))",
                "TRANSP:TRANSPARENT",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:PT0S",
                "DESCRIPTION:\(summary)",
                "END:VALARM",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    /// The first 09:00 Taipei strictly after `now`.
    static func nextReminderHour(after now: Date) -> Date {
        let local = CivilTime.taipei(now)
        let today = CivilTime.date(year: local.year, month: local.month, day: local.day, hour: reminderHourTaipei,
                                   utcOffsetSeconds: CivilTime.taipeiOffsetSeconds)
        return today > now ? today : today.addingTimeInterval(86_400)
    }
}
