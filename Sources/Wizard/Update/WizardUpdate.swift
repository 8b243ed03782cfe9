import Activation
import Localization

/// The wizard's logic as one pure function: a state and an event in, the next state and the
/// work to do out (Elm / Bubble Tea style). Nothing here touches the terminal, the network or
/// the clock, so every transition is tested by feeding events.
public enum WizardUpdate {
    /// The first state and the work to start with: read what the state file remembers, load the
    /// catalog, and look for a Windows reachable through WSL.
    public static func start(config: WizardConfig, language: Language) -> (WizardState, [WizardEffect]) {
        var state = WizardState(config: config, language: language)
        state.selection = Language.allCases.firstIndex(of: language) ?? 0
        return (state, [.loadRemembered, .loadCatalog, .findWindows])
    }

    public static func update(_ state: WizardState, _ event: WizardEvent) -> (WizardState, [WizardEffect]) {
        var transition = Transition(state: state)
        transition.apply(event)
        return (transition.state, transition.effects)
    }
}

/// One update in progress: the state being changed and the effects collected.
struct Transition {
    var state: WizardState
    var effects: [WizardEffect] = []

    mutating func apply(_ event: WizardEvent) {
        switch event {
        case let .key(key): press(key)
        case let .choose(index): choose(index)
        case .resize: break   // the view lays out from the size it is given
        case .tick: state.tick &+= 1
        case let .viewport(viewport): keep(viewport)
        case let .remembered(remembered): remember(remembered)
        case let .catalogLoaded(outcome):
            state.catalog = outcome
            if state.step == .products { state.selection = navigation.first ?? 0 }
        case let .identityNotSaved(reason): state.identityProblem = reason
        case let .checked(kind, token, outcome): finishCheck(kind, token: token, outcome)
        case let .activated(shortName, token, outcome): finishActivation(shortName, token: token, outcome)
        case let .printable(outcome):
            state.printing = false
            state.printable = outcome
        case let .windowsFound(access): state.windows = access
        case let .ranOnWindows(token, outcome):
            if state.windowsRun == .running(token: token) { state.windowsRun = .done(outcome) }
        }
    }

    // MARK: - Keys

    mutating func press(_ key: Key) {
        if state.confirmingQuit {
            state.confirmingQuit = false
            if key == .character("y") || key == .character("Y") { effects.append(.quit) }
            return
        }
        if state.showingHelp, key != .character("q") {
            if Self.isScrollKey(key) { scroll(key) } else { closeHelp() }
            return
        }
        switch key {
        case .character("q"), .character("Q"):
            if state.isBusy { state.confirmingQuit = true } else { effects.append(.quit) }
        case .character("l"), .character("L"):
            state.language = state.language.other
        case .character("?"): openHelp()
        case .tab: move(by: 1)
        case _ where Self.isScrollKey(key): if navigation.stops.isEmpty { scroll(key) } else { moveHighlight(key) }
        case .enter: confirm()
        case .character(" "): toggle()
        case .character("b"), .character("B"), .escape, .left: back()
        case .character("r"), .character("R"): retry()
        case .character("d"), .character("D"): toDiagnostic()
        case .character("p"), .character("P"): print()
        case .character("w"), .character("W"): runOnWindows()
        default: break   // unknown keys do nothing
        }
    }

    /// Where the highlight may go on the current screen's list (nowhere when it has none).
    var navigation: ListNavigation {
        switch state.step {
        case .welcome: ListNavigation(count: Language.allCases.count)
        case .identity: ListNavigation(count: state.identityNoteShown ? 0 : Identity.allCases.count)
        case .products: state.products.isEmpty ? ListNavigation(count: 0) : state.productList.navigation
        default: ListNavigation(count: 0)
        }
    }

    /// Moves the highlight `delta` selectable rows (headings are skipped, the ends hold it).
    mutating func move(by delta: Int) {
        if let row = navigation.row(from: state.selection, movingBy: delta) { state.selection = row }
    }

    /// A row picked by number (`--plain`; numbers count selectable rows only). Ticking a product
    /// leaves the selection on the start row, so that a bare Enter afterwards starts the activation.
    /// On the help screen or the quit question a number only closes them, like any other key.
    mutating func choose(_ index: Int) {
        if state.showingHelp || state.confirmingQuit {
            state.showingHelp = false
            state.confirmingQuit = false
            return
        }
        guard let row = navigation.row(ofChoice: index) else { return }
        state.selection = row
        confirm()
        if state.step == .products, let start = navigation.last { state.selection = start }
    }

    mutating func confirm() {
        switch state.step {
        case .welcome:
            state.language = Language.allCases[min(state.selection, Language.allCases.count - 1)]
            go(to: .identity)
        case .identity: confirmIdentity()
        case .network, .clock:
            let kind: CheckKind = state.step == .network ? .network : .clock
            if canContinue(after: kind) { go(to: state.step == .network ? .clock : .products) }
        case .products:
            switch state.productList.row(at: state.selection) {
            case .product?: toggle()
            case .start?: if !state.chosen.isEmpty { go(to: .activation) }
            case .heading?, nil: break
            }
        case .activation:
            if !state.runs.isEmpty, !state.isBusy { go(to: .status) }
        case .status:
            if !state.isBusy { effects.append(.quit) }
        }
    }

    mutating func back() {
        if state.step == .identity, state.identityNoteShown {
            state.identityNoteShown = false
            return
        }
        guard let previous = state.step.previous else { return }
        // Work still on its way is abandoned: its results will find no token waiting and be dropped.
        if state.step == .activation {
            state.runs = [:]
            state.windowsRun = .notRun
        }
        if let kind = CheckKind.allCases.first(where: { $0.step == state.step }) { state.checks[kind] = .notRun }
        go(to: state.step == .status ? .products : previous)
    }

    mutating func retry() {
        switch state.step {
        case .network: runCheck(.network)
        case .clock: runCheck(.clock)
        case .activation: retryFailedActivations()
        default: break
        }
    }

    mutating func toDiagnostic() {
        guard state.step == .activation, !state.isBusy, let problem = state.firstProblem else { return }
        go(to: problem.diagnosticStep)
    }

    /// `w` inside WSL: the chosen products' activation commands run on Windows (again, after a failure).
    mutating func runOnWindows() {
        guard state.canRunOnWindows else { return }
        let token = nextToken()
        state.windowsRun = .running(token: token)
        effects.append(.runOnWindows(state.chosenProducts, token: token))
    }

    mutating func print() {
        guard state.step == .status, !state.printing else { return }
        state.printing = true
        state.printable = nil
        effects.append(.writePrintable(WizardView.snapshot(of: state)))
    }

    // MARK: - Steps

    /// Enters a step and starts the work it does on arrival.
    mutating func go(to step: WizardStep) {
        state.step = step
        state.selection = 0
        state.scroll = 0
        state.identityNoteShown = false
        switch step {
        case .identity:
            state.selection = state.identity.flatMap { Identity.allCases.firstIndex(of: $0) } ?? 0
        case .network: runCheck(.network)
        case .clock: runCheck(.clock)
        case .products:
            state.selection = navigation.first ?? 0
            if state.chosen.isEmpty {
                state.chosen = state.products.map(\.shortName).filter { state.records[$0]?.lastSuccess != nil }
            }
        case .activation: startActivations()
        case .welcome:
            state.selection = Language.allCases.firstIndex(of: state.language) ?? 0
        case .status:
            state.printable = nil
        }
    }

    mutating func confirmIdentity() {
        if state.identityNoteShown {
            if state.identity == .graduate { go(to: .network) }
            return
        }
        let identity = Identity.allCases[min(state.selection, Identity.allCases.count - 1)]
        state.identity = identity
        state.identityProblem = nil
        effects.append(.saveIdentity(identity))
        if identity == .graduate || identity == .outsider {
            state.identityNoteShown = true
        } else {
            go(to: .network)
        }
    }

    mutating func toggle() {
        guard state.step == .products, case let .product(product)? = state.productList.row(at: state.selection) else { return }
        let name = product.shortName
        if let index = state.chosen.firstIndex(of: name) {
            state.chosen.remove(at: index)
        } else {
            let order = state.products.map(\.shortName)
            state.chosen = order.filter { state.chosen.contains($0) || $0 == name }
        }
    }

    mutating func remember(_ remembered: Remembered) {
        state.stateProblem = remembered.problem
        state.records.merge(remembered.products) { current, _ in current }
        if state.identity == nil, let identity = remembered.identity {
            state.identity = identity
            if state.step == .identity, !state.identityNoteShown {
                state.selection = Identity.allCases.firstIndex(of: identity) ?? 0
            }
        }
    }

    // MARK: - Checks

    mutating func nextToken() -> Int {
        state.lastToken &+= 1
        return state.lastToken
    }

    mutating func runCheck(_ kind: CheckKind) {
        guard !state.check(kind).isRunning else { return }
        let token = nextToken()
        state.checks[kind] = .running(token: token)
        effects.append(.check(kind, token: token))
    }

    mutating func finishCheck(_ kind: CheckKind, token: Int, _ outcome: CheckOutcome) {
        guard state.check(kind) == .running(token: token) else { return }
        state.checks[kind] = .done(outcome)
    }

    /// A check group lets the user on unless something in it failed outright.
    func canContinue(after kind: CheckKind) -> Bool {
        guard let outcome = state.check(kind).outcome else { return false }
        return outcome.worst != .fail
    }

    // MARK: - Activation

    mutating func startActivations() {
        state.windowsRun = .notRun
        state.runs = Dictionary(uniqueKeysWithValues: state.chosen.map { ($0, ProductRun.waiting) })
        startNextActivation()
    }

    /// Products run one after another so the progress shows which one is waiting on the host.
    mutating func startNextActivation() {
        guard !state.runs.values.contains(where: \.isRunning),
              let product = state.chosenProducts.first(where: { state.runs[$0.shortName] == .waiting }) else { return }
        let token = nextToken()
        state.runs[product.shortName] = .running(token: token)
        effects.append(.activate(product, token: token))
    }

    mutating func finishActivation(_ shortName: String, token: Int, _ outcome: ActivationOutcome) {
        guard state.runs[shortName] == .running(token: token) else { return }
        state.runs[shortName] = .done(outcome)
        switch outcome {
        case let .activated(record): state.records[shortName, default: ProductRecord()].lastSuccess = record
        case let .failed(problem): state.records[shortName, default: ProductRecord()].lastFailure = problem.record
        case .unavailable: break
        }
        startNextActivation()
    }

    mutating func retryFailedActivations() {
        guard !state.isBusy else { return }
        for (name, run) in state.runs {
            if case .done(.activated) = run { continue }
            state.runs[name] = .waiting
        }
        startNextActivation()
    }
}
