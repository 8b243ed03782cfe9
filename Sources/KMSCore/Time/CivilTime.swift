import Platform

/// A wall-clock date and time at a fixed UTC offset, computed with plain integer arithmetic.
///
/// FoundationEssentials has no named time zones (they need ICU), and the two zones kmswizard
/// shows never change their offset: UTC, and Asia/Taipei, which has kept UTC+08:00 without
/// daylight saving time since 1979. The proleptic Gregorian conversion below (Howard Hinnant's
/// `civil_from_days`) gets month lengths and leap years right by construction.
public struct CivilTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Seconds east of UTC that these fields are expressed in.
    public let utcOffsetSeconds: Int

    /// Asia/Taipei's offset, what users on campus see on their clocks.
    public static let taipeiOffsetSeconds = 8 * 3600

    /// The largest distance from 1970 in seconds that a `CivilTime` shows (about year 318 000):
    /// far beyond any real date, and small enough that no arithmetic below can overflow.
    public static let supportedSeconds = 1e13

    /// The wall-clock fields of `date` at `utcOffsetSeconds` east of UTC. A date beyond
    /// `supportedSeconds` is shown at that limit (and NaN at 1970) rather than trapping.
    public init(_ date: Date, utcOffsetSeconds: Int = 0) {
        let unixTime = date.timeIntervalSince1970
        let clamped = unixTime.isNaN ? 0 : min(max(unixTime, -Self.supportedSeconds), Self.supportedSeconds)
        self.init(wholeSeconds: Int(clamped.rounded(.down)), utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The wall-clock fields of a Unix time that may come from outside (an NTP reply, a file);
    /// nil when it is not finite or beyond `supportedSeconds`, so callers can print "?" instead.
    public init?(unixTime: Double, utcOffsetSeconds: Int = 0) {
        guard unixTime.isFinite, abs(unixTime) <= Self.supportedSeconds else { return nil }
        self.init(wholeSeconds: Int(unixTime.rounded(.down)), utcOffsetSeconds: utcOffsetSeconds)
    }

    /// Offsets are kept within a day either way (real ones are within 14 hours) so the sum cannot overflow.
    private init(wholeSeconds: Int, utcOffsetSeconds: Int) {
        let offset = min(max(utcOffsetSeconds, -86_400), 86_400)
        let seconds = wholeSeconds + offset
        let days = Self.floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        self.year = year
        self.month = month
        self.day = day
        self.hour = secondOfDay / 3600
        self.minute = secondOfDay % 3600 / 60
        self.second = secondOfDay % 60
        self.utcOffsetSeconds = offset
    }

    /// The same moment in Taipei.
    public static func taipei(_ date: Date) -> CivilTime {
        CivilTime(date, utcOffsetSeconds: taipeiOffsetSeconds)
    }

    /// The instant of a wall-clock time at an offset; fields out of range roll over (day 32 is the next month's 1st).
    public static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                            utcOffsetSeconds: Int = 0) -> Date {
        let days = Self.days(fromYear: year, month: month, day: 1) + day - 1
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - utcOffsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `2026-05-23`
    public var dateText: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// `14:05`
    public var timeText: String {
        "\(Self.pad(hour, 2)):\(Self.pad(minute, 2))"
    }

    /// `2026-05-23 14:05:07`: to the second and without a zone, for tables that name the zone in a heading.
    public var dateTimeText: String {
        "\(dateText) \(timeText):\(Self.pad(second, 2))"
    }

    /// `2026-05-23 14:05 UTC+8` (or `UTC` at offset zero).
    public var description: String {
        "\(dateText) \(timeText) \(offsetText)"
    }

    /// `UTC`, `UTC+8`, `UTC-3:30`.
    public var offsetText: String { Self.offsetText(utcOffsetSeconds) }

    /// `UTC`, `UTC+8`, `UTC-3:30` for an offset in seconds east of UTC.
    public static func offsetText(_ utcOffsetSeconds: Int) -> String {
        guard utcOffsetSeconds != 0 else { return "UTC" }
        let sign = utcOffsetSeconds > 0 ? "+" : "-"
        let magnitude = abs(utcOffsetSeconds)
        let minutes = magnitude % 3600 / 60
        return "UTC\(sign)\(magnitude / 3600)" + (minutes == 0 ? "" : ":\(pad(minutes, 2))")
    }

    /// RFC 5545 UTC form, `20260523T060500Z`; only meaningful at offset zero.
    public var iCalendarUTC: String {
        "\(Self.pad(year, 4))\(Self.pad(month, 2))\(Self.pad(day, 2))T\(Self.pad(hour, 2))\(Self.pad(minute, 2))\(Self.pad(second, 2))Z"
    }

    /// RFC 3339 / ISO 8601 with the offset: `2026-05-23T14:05:00+08:00`.
    public var iso8601: String {
        let sign = utcOffsetSeconds >= 0 ? "+" : "-"
        let magnitude = abs(utcOffsetSeconds)
        let zone = utcOffsetSeconds == 0 ? "Z" : "\(sign)\(Self.pad(magnitude / 3600, 2)):\(Self.pad(magnitude % 3600 / 60, 2))"
        return "\(dateText)T\(timeText):\(Self.pad(second, 2))\(zone)"
    }

    public static func < (lhs: CivilTime, rhs: CivilTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    // MARK: - Gregorian arithmetic

    /// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
    static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
