import KMSCore
import Platform
import Renewal

/// Dates as the status screen, `kmswizard status` and the printable file write them,
/// `2026-11-25 08:30 (UTC+8)`: in Taipei time, the campus' zone, whatever zone this Linux (often
/// UTC under WSL) is set to, so the wizard and the command agree; minutes are enough for a
/// renewal date, and the zone is named because the file leaves the room.
enum StatusDate {
    static func text(_ date: Date) -> String {
        let civil = CivilTime.taipei(date)
        return "\(civil.dateText) \(civil.timeText) (\(civil.offsetText))"
    }
}
