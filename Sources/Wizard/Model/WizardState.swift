import Platform
import KMSCore
import Renewal
import Localization

/// Fixed facts the wizard shows but never changes: where it sends requests, and how it prints.
public struct WizardConfig: Sendable, Equatable {
    /// The KMS host as `host:port`.
    public var kmsHost: String
    /// The NTP reference as `host:port`.
    public var ntpServer: String
    public var vpnServer: String
    /// ASCII borders and spinner instead of Unicode box drawing.
    public var ascii: Bool
    /// Line-by-line prompts (`--plain`): answers are typed lines, so footers name numbers, not arrow keys.
    public var plain: Bool

    public init(kmsHost: String, ntpServer: String, vpnServer: String = CampusDefaults.vpnServer,
                ascii: Bool = false, plain: Bool = false) {
        self.kmsHost = kmsHost
        self.ntpServer = ntpServer
        self.vpnServer = vpnServer
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
    public var identityProblem: StateError?
    public var checks: [CheckKind: CheckState] = [:]
    public var catalog: CatalogOutcome?
    /// Short names of the products chosen, in catalog order.
    public var chosen: [String] = []
    public var runs: [String: ProductRun] = [:]
    /// What the state file remembers per product, updated by this session's activations.
    public var records: [String: ProductRecord] = [:]
    public var stateProblem: StateError?
    /// The last result this session could not keep in the state file (the screens say so).
    public var saveProblem: StateError?
    public var printable: PrintableOutcome?
    public var printing = false
    /// The Windows this Linux runs in (WSL), when there is one: the activation screen then offers `w`.
    public var windows: WindowsAccess?
    /// The activation run on that Windows, for the chosen products.
    public var windowsRun: WindowsRun = .notRun
    /// Windows' own licence state, read inside WSL at start and again after `w`.
    public var windowsLicences: RunState<WindowsLicencesOutcome> = .notRun
    /// Outside WSL: the activation file written after the host checks, for the Windows PC.
    public var activationFile: RunState<ActivationFileOutcome> = .notRun
    /// The folder the activation file goes to; nil for the home folder.
    public var activationFolder: String?
    /// The folder being typed after `o`; nil when not typing.
    public var folderInput: String?
    public var notice: WizardNotice?
    /// The latest time an effect reported (the state file read, Windows read): the view is pure,
    /// so deadlines are read against this rather than a clock.
    public var now = Date(timeIntervalSince1970: 0)
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
        printing || windowsRun.isRunning || windowsLicences.isRunning || activationFile.isRunning
            || checks.values.contains { $0.isRunning } || runs.values.contains { $0.isRunning }
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

    /// Outside WSL, once the host checks are over, the activation step writes the file for the
    /// Windows PC; `o` writes it to another folder.
    public var canChooseFolder: Bool {
        windows == nil && step == .activation && !runs.isEmpty && !isBusy
    }

    /// Windows reports every chosen product activated (inside WSL): there is nothing to run there.
    public var windowsReportsChosenActivated: Bool {
        windows != nil && !chosen.isEmpty && chosen.allSatisfy { name in
            records[name].map { ProductStatus(shortName: name, record: $0, now: now).windowsActivated } ?? false
        }
    }

    /// The chosen products, in the order they run.
    public var chosenProducts: [Product] {
        products.filter { chosen.contains($0.shortName) }
    }
}
