import Platform
import KMSCore
import WindowsBridge
import Renewal

/// Everything the status views show (the wizard's status screen, `status`, `status --print`):
/// the status model of each product, plus this session's live checks when there are any.
public struct StatusSnapshot: Sendable, Equatable {
    /// One product the report covers.
    public struct ProductLine: Sendable, Equatable {
        public var displayName: String
        public var status: ProductStatus

        public init(displayName: String, status: ProductStatus) {
            self.displayName = displayName
            self.status = status
        }
    }

    /// Where Windows' word comes from in this view.
    public enum WindowsSource: Sendable, Equatable {
        /// Not inside WSL: Windows cannot be read from here, so it has not reported.
        case notHere
        /// Read from Windows just now.
        case live
        /// Reading Windows failed; the stored readings (with their dates) are shown.
        case stored(WindowsLicenceReadError)
        /// Windows is being read right now (the wizard, inside WSL).
        case reading

        public var reach: ProductStatus.WindowsReach {
            switch self {
            case .notHere: .notHere
            case .live: .readNow
            case .stored, .reading: .unreadable
            }
        }
    }

    public var identity: Identity?
    public var kmsHost: String
    public var network: CheckOutcome?
    public var clock: CheckOutcome?
    public var products: [ProductLine]
    public var windowsSource: WindowsSource
    /// The last host check made with the probe product (`activate` without `--product`).
    public var hostProbe: HostCheckRecord?
    /// What Windows answered when this session ran the activation on it (inside WSL); nil when it did not.
    public var windowsRun: WindowsOutcome?

    public init(identity: Identity?, kmsHost: String, network: CheckOutcome? = nil, clock: CheckOutcome? = nil,
                products: [ProductLine], windowsSource: WindowsSource = .notHere, windowsRun: WindowsOutcome? = nil) {
        self.identity = identity
        self.kmsHost = kmsHost
        self.network = network
        self.clock = clock
        self.products = products
        self.windowsSource = windowsSource
        self.windowsRun = windowsRun
    }

    /// From the records of `names` (every product the state knows when nil), read against `now`,
    /// named from the catalog when the catalog knows them.
    public init(identity: Identity?, records: [String: ProductRecord], names: [String]? = nil, catalog: [Product],
                now: Date, kmsHost: String, network: CheckOutcome? = nil, clock: CheckOutcome? = nil,
                windowsSource: WindowsSource = .notHere, windowsRun: WindowsOutcome? = nil,
                policy: RenewalPolicy = .campus) {
        let displayNames = Dictionary(catalog.map { ($0.shortName, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        let lines = (names ?? records.keys.sorted()).map { name in
            ProductLine(displayName: displayNames[name] ?? name,
                        status: ProductStatus(shortName: name, record: records[name] ?? ProductRecord(), now: now, policy: policy,
                                              windowsReach: windowsSource.reach))
        }
        self.init(identity: identity, kmsHost: kmsHost, network: network, clock: clock, products: lines,
                  windowsSource: windowsSource, windowsRun: windowsRun)
    }

    /// From the state file alone (`kmswizard status`).
    public init(state: KMSWizardState, catalog: [Product], now: Date, kmsHost: String, windowsSource: WindowsSource) {
        self.init(identity: state.identity.flatMap(Identity.init(rawValue:)), records: state.products, catalog: catalog, now: now,
                  kmsHost: kmsHost, windowsSource: windowsSource)
        hostProbe = state.hostProbe
    }
}
