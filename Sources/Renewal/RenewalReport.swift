import Platform

/// Every product in the state file read against one `now`, most urgent first.
public struct RenewalReport: Sendable, Equatable {
    public let now: Date
    public let policy: RenewalPolicy
    public let products: [ProductStatus]

    public init(state: KMSWizardState, now: Date, policy: RenewalPolicy = .campus, windowsReach: ProductStatus.WindowsReach = .notHere) {
        self.now = now
        self.policy = policy
        products = state.products
            .map { ProductStatus(shortName: $0.key, record: $0.value, now: now, policy: policy, windowsReach: windowsReach) }
            .sorted { lhs, rhs in
                let (left, right) = (Self.rank(lhs.urgency), Self.rank(rhs.urgency))
                return left != right ? left < right : lhs.shortName < rhs.shortName
            }
    }

    /// Windows has reported no product activated (the state may hold host checks only).
    public var nothingActivated: Bool { !products.contains(where: \.windowsActivated) }

    /// The earliest expiry Windows reported: the one a reminder is most about.
    public var nextDeadline: Date? { products.compactMap(\.timeline?.deadline).min() }

    /// Overdue first, then not activated, due soon, not reported, and fine last.
    private static func rank(_ urgency: RenewalUrgency) -> Int {
        switch urgency {
        case .overdue: 0
        case .notActivated: 1
        case .dueSoon: 2
        case .notReported: 3
        case .ok: 4
        }
    }
}
