/// Unix seconds as a calendar date and time at a fixed UTC offset, e.g. "2026-11-25 09:05:00".
///
/// The clock check shows times in UTC and in Taipei time (UTC+08:00, no daylight saving), which
/// are fixed offsets, so no timezone database is involved: days from civil by H. Hinnant's
/// algorithm (proleptic Gregorian calendar).
enum CivilTime {
    static let taipeiOffset = 8 * 3600

    static func text(unixTime: Double, utcOffsetSeconds: Int) -> String {
        guard unixTime.isFinite, abs(unixTime) < 1e13 else { return "?" }
        let local = Int64(unixTime.rounded(.down)) + Int64(utcOffsetSeconds)
        let days = floorDivide(local, 86_400)
        let secondOfDay = local - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        return "\(year)-\(two(month))-\(two(day)) \(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))"
    }

    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
