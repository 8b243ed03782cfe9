import KMSCore
import Platform

/// Days left until the expiry Windows reported for a KMS activation, taken at an injected `now`.
///
/// The deadline is Windows' own (`GracePeriodRemaining` after the reading), never one made up
/// from a host check: only Windows knows when it last activated.
public struct RenewalTimeline: Sendable, Equatable {
    public let deadline: Date
    /// Whole days until the deadline (rounded towards zero); negative when overdue.
    public let daysLeft: Int
    public let urgency: RenewalUrgency

    static let secondsPerDay: Double = 86_400

    public init(deadline: Date, now: Date, policy: RenewalPolicy = .campus) {
        self.deadline = deadline
        let remaining = deadline.timeIntervalSince(now)
        daysLeft = Int((remaining / Self.secondsPerDay).rounded(.towardZero))
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
}
