#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The renewal arithmetic for one successful activation, taken at an injected `now`.
///
/// The deadline is the activation instant plus `renewalDays` whole days of 86,400 s: UTC has no
/// daylight saving, so that is the same calendar time of day 180 calendar days later in UTC and in
/// Taipei, across month ends, year ends and 29 February alike (see `CivilTime` for the display).
/// A clock that was set back below the activation time gives zero days, never negative ones, and
/// sets `clockBehind` so the user can be told to check the clock.
public struct RenewalTimeline: Sendable, Equatable {
    public let activatedAt: Date
    public let deadline: Date
    /// Whole days since the activation, never negative.
    public let daysSinceActivation: Int
    /// Whole days until the deadline (rounded towards zero); negative when overdue; never more than `renewalDays`.
    public let daysLeft: Int
    public let urgency: RenewalUrgency
    /// The current clock reads earlier than the recorded activation: it was set back (or wrong then).
    public let clockBehind: Bool

    static let secondsPerDay: Double = 86_400

    public init(activatedAt: Date, now: Date, policy: RenewalPolicy = .campus) {
        self.activatedAt = activatedAt
        self.deadline = activatedAt.addingTimeInterval(Double(policy.renewalDays) * Self.secondsPerDay)
        let elapsed = now.timeIntervalSince(activatedAt)
        clockBehind = elapsed < 0
        daysSinceActivation = clockBehind ? 0 : Int((elapsed / Self.secondsPerDay).rounded(.down))
        let remaining = deadline.timeIntervalSince(now)
        daysLeft = min(policy.renewalDays, Int((remaining / Self.secondsPerDay).rounded(.towardZero)))
        if remaining <= 0 {
            urgency = .overdue
        } else if remaining <= Double(policy.warningDays) * Self.secondsPerDay {
            urgency = .dueSoon
        } else {
            urgency = .ok
        }
    }

    /// The deadline as Taipei wall-clock time, how it is shown to users.
    public var deadlineInTaipei: CivilTime { CivilTime.taipei(deadline) }
    public var activatedInTaipei: CivilTime { CivilTime.taipei(activatedAt) }
}
