import Localization

/// The wizard's screens as pure functions of the state: `page(_:)` says what a screen contains,
/// `render(_:size:)` lays it out on a cell grid for the terminal driver.
public struct WizardView: Sendable {
    public let table: StringTable

    public init(table: StringTable) {
        self.table = table
    }

    /// The current screen as a cell grid of exactly `size`; smaller than `PageLayout.minimumSize`
    /// it is one line asking for a larger window.
    public func render(_ state: WizardState, size: Size) -> Screen {
        let t = Localizer(table: table, language: state.language)
        let minimum = PageLayout.minimumSize
        return layout(state, t).render(page(state), size: size, enlargeMessage: t("wizard.enlarge", ["width": String(minimum.width),
                                                                                                      "height": String(minimum.height)]),
                                       scroll: state.scroll)
    }

    /// How the current screen sits in a window of `size` (for the driver to report back).
    public func viewport(_ state: WizardState, size: Size) -> Viewport {
        layout(state, Localizer(table: table, language: state.language)).viewport(page(state), size: size)
    }

    private func layout(_ state: WizardState, _ t: Localizer) -> PageLayout {
        PageLayout(glyphs: .forStyle(ascii: state.config.ascii), frame: state.tick) { first, last, total in
            t("wizard.more", ["first": String(first), "last": String(last), "total": String(total)])
        }
    }

    /// What the current screen says.
    public func page(_ state: WizardState) -> Page {
        let t = Localizer(table: table, language: state.language)
        if state.showingHelp { return helpPage(state, t) }
        var page = stepPage(state, t)
        page.title = t("wizard.title") + Glyphs.forStyle(ascii: state.config.ascii).titleSeparator + t(state.step.nameKey)
        page.step = "\(state.step.rawValue + 1)/\(WizardStep.allCases.count)"
        if state.confirmingQuit {
            page.blocks.insert(contentsOf: [.status(.warn, t("wizard.quit.confirm")), .blank], at: 0)
            page.keys = [KeyHint("y", t("wizard.key.quitYes")), KeyHint("n", t("wizard.key.quitNo"))]
        } else if !page.typing {
            page.keys += commonKeys(state, t)
        }
        return page
    }

    private func stepPage(_ state: WizardState, _ t: Localizer) -> Page {
        switch state.step {
        case .welcome: welcomePage(state, t)
        case .identity: identityPage(state, t)
        case .network: networkPage(state, t)
        case .clock: clockPage(state, t)
        case .products: productsPage(state, t)
        case .activation: activationPage(state, t)
        case .status: statusPage(state, t)
        }
    }

    /// `l`, `?` and `q`, which work on every screen.
    private func commonKeys(_ state: WizardState, _ t: Localizer) -> [KeyHint] {
        [KeyHint("l", state.language.other == .en ? "English" : "中文"),
         KeyHint("?", t("wizard.key.help")),
         KeyHint("q", t("wizard.key.quit"))]
    }

    /// How to move in a list with `count` selectable rows: on the full screen the arrow keys (ASCII
    /// mode spells them, plain arrows being ambiguous-width); in `--plain` mode, which reads
    /// lines, the row numbers to type.
    func listKeys(_ state: WizardState, count: Int, _ t: Localizer) -> [KeyHint] {
        if state.config.plain { return [KeyHint("1-\(count)", t("wizard.key.choose"))] }
        return [KeyHint(state.config.ascii ? "j/k" : "↑↓ j/k", t("wizard.key.move"))]
    }

    /// The keys of the mode it renders for: `--plain` mode reads typed lines, so it explains
    /// numbers and an empty line instead of arrows, Space and "any key".
    private func helpPage(_ state: WizardState, _ t: Localizer) -> Page {
        let plain = state.config.plain
        let moving = plain ? ["number", "enterPlain"] : ["move", "jump", "enter", "space"]
        let windows = state.windows == nil ? [] : ["windows"]
        let lines = (moving + ["back", "retry", "diagnose"] + windows + ["print", "language", "help", "quit"]).map { Block.text(t("wizard.help.\($0)")) }
        let close = plain ? KeyHint("Enter", t("wizard.key.close")) : KeyHint(t("wizard.key.any"), t("wizard.key.close"))
        return Page(title: t("wizard.title") + Glyphs.forStyle(ascii: state.config.ascii).titleSeparator + t("wizard.help.title"),
                    blocks: lines + [.blank, .text(t(plain ? "wizard.help.closePlain" : "wizard.help.close"), .muted)],
                    keys: [close])
    }

    /// The status snapshot of this session: the records of the chosen products (or of every
    /// product the state file knows) plus this session's checks and Windows' word.
    public static func snapshot(of state: WizardState) -> StatusSnapshot {
        let source: StatusSnapshot.WindowsSource = switch state.windowsLicences {
        case .notRun: .notHere
        case .running: .reading
        case .done(.read): .live
        case let .done(.failed(error)): .stored(error)
        }
        return StatusSnapshot(identity: state.identity, records: state.records, names: state.chosen.isEmpty ? nil : state.chosen,
                              catalog: state.products, now: state.now, kmsHost: state.config.kmsHost,
                              network: state.check(.network).outcome, clock: state.check(.clock).outcome,
                              windowsSource: state.windows == nil ? .notHere : source, windowsRun: state.windowsRun.outcome)
    }
}
