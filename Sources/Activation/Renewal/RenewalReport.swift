#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every product in the state file read against one `now`, most urgent first.
public struct RenewalReport: Sendable, Equatable {
    public let now: Date
    public let policy: RenewalPolicy
    public let products: [ProductRenewalStatus]

    public init(state: KMSWizardState, now: Date, policy: RenewalPolicy = .campus) {
        self.now = now
        self.policy = policy
        products = state.products
            .map { ProductRenewalStatus(shortName: $0.key, record: $0.value, now: now, policy: policy) }
            .sorted { lhs, rhs in
                let (left, right) = (Self.rank(lhs.urgency), Self.rank(rhs.urgency))
                return left != right ? left < right : lhs.shortName < rhs.shortName
            }
    }

    /// No product has ever been activated successfully (the state may hold failures only).
    public var nothingActivated: Bool { products.allSatisfy { $0.timeline == nil } }

    /// The earliest deadline among activated products: the one a reminder is most about.
    public var nextDeadline: Date? { products.compactMap(\.timeline?.deadline).min() }

    /// Overdue first, then due soon, never activated, and fine last.
    private static func rank(_ urgency: RenewalUrgency) -> Int {
        switch urgency {
        case .overdue: 0
        case .dueSoon: 1
        case .neverActivated: 2
        case .ok: 3
        }
    }
}
