#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Activation

/// Everything the status screen and the printable report show: what the state file remembers,
/// plus this session's live check results when there are any (`kmswizard status --print` has none).
public struct StatusSnapshot: Sendable, Equatable {
    /// One product the report covers.
    public struct ProductLine: Sendable, Equatable {
        public var shortName: String
        public var displayName: String
        public var record: ProductRecord

        public init(shortName: String, displayName: String, record: ProductRecord) {
            self.shortName = shortName
            self.displayName = displayName
            self.record = record
        }
    }

    public var identity: Identity?
    public var kmsHost: String
    public var network: CheckOutcome?
    public var clock: CheckOutcome?
    public var products: [ProductLine]
    /// What Windows answered when this session ran the activation on it (inside WSL); nil when it did not.
    public var windows: WindowsOutcome?
    public var renewalDays: Int
    public var utcOffsetSeconds: Int

    public init(identity: Identity?, kmsHost: String, network: CheckOutcome? = nil, clock: CheckOutcome? = nil,
                products: [ProductLine], windows: WindowsOutcome? = nil, renewalDays: Int = CampusDefaults.renewalDays,
                utcOffsetSeconds: Int = 0) {
        self.identity = identity
        self.kmsHost = kmsHost
        self.network = network
        self.clock = clock
        self.products = products
        self.windows = windows
        self.renewalDays = renewalDays
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// From the state file alone (plus live checks when given): every product it has a record of,
    /// named from the catalog when the catalog knows it.
    public init(state: KMSWizardState, catalog: [Product], kmsHost: String, network: CheckOutcome? = nil,
                clock: CheckOutcome? = nil, renewalDays: Int = CampusDefaults.renewalDays, utcOffsetSeconds: Int = 0) {
        let names = Dictionary(catalog.map { ($0.shortName, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        let lines = state.products.keys.sorted().map { key in
            ProductLine(shortName: key, displayName: names[key] ?? key, record: state.products[key] ?? ProductRecord())
        }
        self.init(identity: state.identity.flatMap(Identity.init(rawValue:)), kmsHost: kmsHost, network: network,
                  clock: clock, products: lines, renewalDays: renewalDays, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The newest successful activation among the products: its host answer is "the KMS host's".
    public var latestSuccess: ActivationRecord? {
        products.compactMap(\.record.lastSuccess).max { $0.at < $1.at }
    }

    /// When a product's activation runs out unless renewed.
    public func renewalDue(_ record: ActivationRecord) -> Date {
        record.at.addingTimeInterval(Double(renewalDays) * 86_400)
    }

    /// Whether the product's last word is a failure (a failure newer than its last success).
    public static func isFailing(_ record: ProductRecord) -> Bool {
        guard let failure = record.lastFailure else { return false }
        guard let success = record.lastSuccess else { return true }
        return failure.at > success.at
    }
}
