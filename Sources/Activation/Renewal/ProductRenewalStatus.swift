#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One product's record from the state file, read against the clock: what `status` shows.
public struct ProductRenewalStatus: Sendable, Equatable {
    /// What the user should do next, in order; the command turns each into a sentence.
    public enum Advice: String, Sendable, Codable {
        /// Off campus, the KMS host is reachable only through the SSL VPN.
        case connectCampusOrVPN = "connect-campus-or-vpn"
        case runRenew = "run-renew"
        /// Never activated: an activation, not a renewal.
        case runActivate = "run-activate"
        /// The last attempt failed with a Windows code that `explain` can say more about.
        case explainLastError = "explain-last-error"
        /// The clock reads earlier than the recorded activation.
        case checkClock = "check-clock"
    }

    public let shortName: String
    public let record: ProductRecord
    /// Nil when the product was never activated successfully.
    public let timeline: RenewalTimeline?

    public init(shortName: String, record: ProductRecord, now: Date, policy: RenewalPolicy = .campus) {
        self.shortName = shortName
        self.record = record
        timeline = record.lastSuccess.map { RenewalTimeline(activatedAt: $0.at, now: now, policy: policy) }
    }

    public var urgency: RenewalUrgency { timeline?.urgency ?? .neverActivated }

    /// The most recent attempt failed (a failure newer than the last success, or no success at all).
    public var lastAttemptFailed: Bool {
        guard let failure = record.lastFailure else { return false }
        guard let success = record.lastSuccess else { return true }
        return failure.at > success.at
    }

    public var advice: [Advice] {
        var steps: [Advice] = []
        if timeline?.clockBehind == true { steps.append(.checkClock) }
        switch urgency {
        case .ok: break
        case .dueSoon, .overdue: steps += [.connectCampusOrVPN, .runRenew]
        case .neverActivated: steps += [.connectCampusOrVPN, .runActivate]
        }
        if lastAttemptFailed, record.lastFailure?.windowsCode != nil { steps.append(.explainLastError) }
        return steps
    }
}
