import Renewal
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
        case let .identityNotSaved(error): state.identityProblem = error
        case let .checked(kind, token, outcome): finishCheck(kind, token: token, outcome)
        case let .hostChecked(shortName, token, outcome, notSaved):
            guard state.runs[shortName] == .running(token: token) else { return }
            if let notSaved { state.saveProblem = notSaved }
            finishActivation(shortName, token: token, outcome)
        case let .printable(outcome):
            state.printing = false
            state.printable = outcome
        case let .windowsFound(access):
            state.windows = access
            if access != nil { readWindowsLicences() }
        case let .ranOnWindows(token, outcome):
            // A late run (the user went back) still changed Windows: read it again all the same.
            guard state.windowsRun == .running(token: token) else { return readWindowsLicences() }
            state.windowsRun = .done(outcome)
            // The result and the deadline come from Windows' own state, read again now.
            readWindowsLicences()
        case let .windowsLicencesRead(token, outcome): finishWindowsReading(token: token, outcome)
        case let .activationFileWritten(token, outcome, notSaved):
            guard state.activationFile == .running(token: token) else { return }
            if let notSaved { state.saveProblem = notSaved }
            state.activationFile = .done(outcome)
            if case let .written(path, at) = outcome {
                for name in state.chosen { state.records[name, default: ProductRecord()].script = ScriptRecord(path: path, at: at) }
            }
        case let .typed(text): typed(text)
        }
    }

    // MARK: - Keys

    mutating func press(_ key: Key) {
        state.notice = nil
        if state.folderInput != nil {
            editFolder(key)
            return
        }
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
        case .character("o"), .character("O"): if state.canChooseFolder { state.folderInput = state.activationFolder ?? "" }
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
        state.notice = nil
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
            case .start?:
                if state.chosen.isEmpty { state.notice = .nothingChosen } else { go(to: .activation) }
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
            state.activationFile = .notRun
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
            if state.chosen.isEmpty { preselect() }
            highlightFirstChosen()
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
        state.now = max(state.now, remembered.now)
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

    /// No check dead-ends the walk: once it has run, the user may go on (the screen says what a
    /// failure will likely mean for the activation).
    func canContinue(after kind: CheckKind) -> Bool {
        state.check(kind).outcome != nil
    }

    /// The products ticked on arrival: what Windows reports installed (inside WSL), else what this
    /// computer checked or wrote a file for before.
    mutating func preselect() {
        let installed = state.windowsLicences.outcome?.kmsProducts ?? [:]
        state.chosen = state.products.map(\.shortName).filter { name in
            if !installed.isEmpty { return installed[name] != nil }
            let record = state.records[name]
            return record?.lastHostCheck != nil || record?.script != nil
        }
    }

    /// The list opens on the first ticked product, so what was preselected is in view.
    mutating func highlightFirstChosen() {
        let rows = state.productList.rows
        let first = rows.firstIndex { row in
            if case let .product(product) = row { return state.chosen.contains(product.shortName) }
            return false
        }
        state.selection = first ?? navigation.first ?? 0
    }

    // MARK: - Windows

    mutating func readWindowsLicences() {
        guard state.windows != nil, !state.windowsLicences.isRunning else { return }
        let token = nextToken()
        state.windowsLicences = .running(token: token)
        effects.append(.readWindowsLicences(token: token))
    }

    mutating func finishWindowsReading(token: Int, _ outcome: WindowsLicencesOutcome) {
        guard state.windowsLicences == .running(token: token) else { return }
        state.windowsLicences = .done(outcome)
        if case let .read(_, at) = outcome { state.now = max(state.now, at) }
        if case let .read(installed, at) = outcome {
            var records = KMSWizardState(products: state.records)
            records.applyWindowsReading(installed, at: at)
            state.records = records.products
        }
        if state.step == .products, state.chosen.isEmpty {
            preselect()
            highlightFirstChosen()
        }
    }

    // MARK: - The activation file

    mutating func writeActivationFile() {
        guard state.windows == nil, !state.chosenProducts.isEmpty else { return }
        let token = nextToken()
        state.activationFile = .running(token: token)
        effects.append(.writeActivationFile(state.chosenProducts, folder: state.activationFolder, token: token))
    }

    /// Typing the folder after `o`: Enter writes the file there, Escape keeps the old folder.
    mutating func editFolder(_ key: Key) {
        switch key {
        case .enter: typed(state.folderInput ?? "")
        case .escape: state.folderInput = nil
        case .backspace: if state.folderInput?.isEmpty == false { state.folderInput?.removeLast() }
        case let .character(character): state.folderInput?.append(character)
        default: break
        }
    }

    mutating func typed(_ text: String) {
        guard state.folderInput != nil else { return }
        state.folderInput = nil
        let folder = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        state.activationFolder = folder.isEmpty ? nil : folder
        writeActivationFile()
    }

    // MARK: - Activation

    mutating func startActivations() {
        state.windowsRun = .notRun
        state.activationFile = .notRun
        state.runs = Dictionary(uniqueKeysWithValues: state.chosen.map { ($0, ProductRun.waiting) })
        startNextActivation()
    }

    /// Products run one after another so the progress shows which one is waiting on the host.
    mutating func startNextActivation() {
        guard !state.runs.values.contains(where: \.isRunning) else { return }
        guard let product = state.chosenProducts.first(where: { state.runs[$0.shortName] == .waiting }) else {
            // Every host check is over: outside WSL the step goes on to the file that activates,
            // also when a check failed (the PC may be on the campus network later).
            if state.step == .activation, state.activationFile == .notRun { writeActivationFile() }
            return
        }
        let token = nextToken()
        state.runs[product.shortName] = .running(token: token)
        effects.append(.checkHost(product, token: token))
    }

    mutating func finishActivation(_ shortName: String, token: Int, _ outcome: ActivationOutcome) {
        guard state.runs[shortName] == .running(token: token) else { return }
        state.runs[shortName] = .done(outcome)
        switch outcome {
        case let .hostWouldActivate(record): state.records[shortName, default: ProductRecord()].lastHostCheck = record
        case let .failed(problem): state.records[shortName, default: ProductRecord()].lastHostCheckFailure = problem.record
        case .unavailable: break
        }
        startNextActivation()
    }

    mutating func retryFailedActivations() {
        let failed = state.runs.values.contains { if case .done(.hostWouldActivate) = $0 { false } else { true } }
        guard !state.isBusy, failed else { return }
        state.activationFile = .notRun
        for (name, run) in state.runs {
            if case .done(.hostWouldActivate) = run { continue }
            state.runs[name] = .waiting
        }
        startNextActivation()
    }
}
