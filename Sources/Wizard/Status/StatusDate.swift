import KMSCore
import Platform
import Renewal

/// Dates as the status screen and the printable file write them, `2026-11-25 08:30 (UTC+8)`:
/// minutes are enough for a renewal date, and the zone is named because the file leaves the room.
enum StatusDate {
    static func text(_ date: Date, utcOffsetSeconds: Int) -> String {
        let civil = CivilTime(date, utcOffsetSeconds: utcOffsetSeconds)
        return "\(civil.dateText) \(civil.timeText) (\(civil.offsetText))"
    }
}
