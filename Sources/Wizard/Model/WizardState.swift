import Activation
import Localization

/// Fixed facts the wizard shows but never changes: where it sends requests, and how it prints.
public struct WizardConfig: Sendable, Equatable {
    /// The KMS host as `host:port`.
    public var kmsHost: String
    /// The NTP reference as `host:port`.
    public var ntpServer: String
    public var vpnServer: String
    public var renewalDays: Int
    /// Seconds east of UTC for showing dates (the driver reads the local zone once at start).
    public var utcOffsetSeconds: Int
    /// ASCII borders and spinner instead of Unicode box drawing.
    public var ascii: Bool
    /// Line-by-line prompts (`--plain`): answers are typed lines, so footers name numbers, not arrow keys.
    public var plain: Bool

    public init(kmsHost: String, ntpServer: String, vpnServer: String = CampusDefaults.vpnServer,
                renewalDays: Int = CampusDefaults.renewalDays, utcOffsetSeconds: Int = 0, ascii: Bool = false,
                plain: Bool = false) {
        self.kmsHost = kmsHost
        self.ntpServer = ntpServer
        self.vpnServer = vpnServer
        self.renewalDays = renewalDays
        self.utcOffsetSeconds = utcOffsetSeconds
        self.ascii = ascii
        self.plain = plain
    }
}

/// Where a diagnostic group stands.
public typealias CheckState = RunState<CheckOutcome>

/// Where one chosen product's activation stands.
public enum ProductRun: Sendable, Equatable {
    case waiting
    case running(token: Int)
    case done(ActivationOutcome)

    public var isRunning: Bool { if case .running = self { true } else { false } }
}

/// Everything the wizard knows. Changed only by `WizardUpdate.update`.
public struct WizardState: Sendable, Equatable {
    public var config: WizardConfig
    public var language: Language
    public var step: WizardStep = .welcome
    /// The highlighted row of the current screen's list.
    public var selection = 0
    /// How many rows a screen without a list (or the help) is scrolled down; back to 0 on each new screen.
    public var scroll = 0
    /// How the screen sat in the window when last drawn, nil before the first drawing and in `--plain` mode.
    public var viewport: Viewport?
    public var identity: Identity?
    /// A graduate or someone outside the list is shown what that means before going on.
    public var identityNoteShown = false
    public var identityProblem: String?
    public var checks: [CheckKind: CheckState] = [:]
    public var catalog: CatalogOutcome?
    /// Short names of the products chosen, in catalog order.
    public var chosen: [String] = []
    public var runs: [String: ProductRun] = [:]
    /// What the state file remembers per product, updated by this session's activations.
    public var records: [String: ProductRecord] = [:]
    public var stateProblem: String?
    public var printable: PrintableOutcome?
    public var printing = false
    /// The Windows this Linux runs in (WSL), when there is one: the activation screen then offers `w`.
    public var windows: WindowsAccess?
    /// The activation run on that Windows, for the chosen products.
    public var windowsRun: WindowsRun = .notRun
    public var showingHelp = false
    public var confirmingQuit = false
    /// Spinner animation frame.
    public var tick = 0
    /// The last token handed out to an effect; results carry it back.
    public var lastToken = 0

    public init(config: WizardConfig, language: Language) {
        self.config = config
        self.language = language
    }

    /// Whether work is running that quitting would abandon (so `q` asks first).
    public var isBusy: Bool {
        printing || windowsRun.isRunning || checks.values.contains { $0.isRunning } || runs.values.contains { $0.isRunning }
    }

    public func check(_ kind: CheckKind) -> CheckState { checks[kind] ?? .notRun }

    /// The catalog's products, empty while it is missing.
    public var products: [Product] {
        if case let .products(products) = catalog { products } else { [] }
    }

    /// The products screen's rows: the catalog under its group headings, then the start row.
    public var productList: ProductList { ProductList(products) }

    /// Whether the activation screen offers to run the activation on Windows now: inside WSL,
    /// once the KMS exchange of this screen is over and nothing else runs.
    public var canRunOnWindows: Bool {
        windows != nil && step == .activation && !runs.isEmpty && !isBusy
    }

    /// The chosen products, in the order they run.
    public var chosenProducts: [Product] {
        products.filter { chosen.contains($0.shortName) }
    }
}
