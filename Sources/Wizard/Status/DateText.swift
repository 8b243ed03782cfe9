#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Dates as the status screen writes them, `2026-11-25 08:30 (UTC+8)`, computed without a
/// locale or calendar library so the same text comes out everywhere (and in tests).
public enum DateText {
    public static func format(_ date: Date, utcOffsetSeconds: Int) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civil(daysSinceEpoch: days)
        return "\(year)-\(two(month))-\(two(day)) \(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)) (\(zone(utcOffsetSeconds)))"
    }

    /// `UTC`, `UTC+8`, `UTC-3:30`.
    public static func zone(_ offset: Int) -> String {
        guard offset != 0 else { return "UTC" }
        let sign = offset > 0 ? "+" : "-"
        let minutes = abs(offset) / 60
        return "UTC\(sign)\(minutes / 60)" + (minutes % 60 == 0 ? "" : ":\(two(minutes % 60))")
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
    static func civil(daysSinceEpoch: Int) -> (Int, Int, Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
