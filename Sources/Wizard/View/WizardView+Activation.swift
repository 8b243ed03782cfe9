import Activation
import Localization

/// The last three screens: products, activation, status.
extension WizardView {
    func productsPage(_ state: WizardState, _ t: Localizer) -> Page {
        let back = KeyHint("b", t("wizard.key.back"))
        switch state.catalog {
        case nil:
            return Page(title: "", blocks: [.progress(t("wizard.products.loading"))], keys: [back])
        case let .unavailable(reason):
            return Page(title: "", blocks: [.status(.skip, t("wizard.products.unavailable", ["reason": reason]))], keys: [back])
        case .products:
            let list = state.productList
            let items = list.rows.map { row in
                switch row {
                case let .heading(group): ListItem.heading(t(group.titleKey))
                case let .product(product):
                    ListItem(product.displayName, detail: "KMS v\(product.protocolVersion)", checked: state.chosen.contains(product.shortName))
                case .start: ListItem(t("wizard.products.start", ["count": String(state.chosen.count)]))
                }
            }
            let howTo = t(state.config.plain ? "wizard.products.howToPlain" : "wizard.products.howTo")
            let blocks: [Block] = [.text(t("wizard.products.intro", ["howTo": howTo])), .blank, .list(items, selected: state.selection)]
            return Page(title: "", blocks: blocks, keys: productKeys(state, list, t) + [back])
        }
    }

    /// What works on the highlighted row: a product is ticked with Space or Enter; the start row
    /// starts with Enter once something is ticked. `--plain` mode names the numbers to type
    /// (products, then the start row's number).
    private func productKeys(_ state: WizardState, _ list: ProductList, _ t: Localizer) -> [KeyHint] {
        let choices = list.navigation.stops.count
        if state.config.plain {
            return [KeyHint("1-\(choices - 1)", t("wizard.key.toggle")), KeyHint(String(choices), t("wizard.key.start"))]
        }
        let action = list.row(at: state.selection) == .start
            ? (state.chosen.isEmpty ? [] : [KeyHint("Enter", t("wizard.key.start"))])
            : [KeyHint(t("wizard.key.spaceName") + "/Enter", t("wizard.key.toggle"))]
        return listKeys(state, count: choices, t) + action
    }

    func activationPage(_ state: WizardState, _ t: Localizer) -> Page {
        var blocks: [Block] = [.field(label: t("wizard.status.host"), value: state.config.kmsHost), .blank]
        for product in state.chosenProducts {
            blocks.append(runBlock(product, state.runs[product.shortName] ?? .waiting, t))
        }
        if let problem = state.firstProblem {
            blocks += [.blank]
            if let explanation = problem.explanation { blocks.append(.text(explanation)) }
            if let fix = problem.fix { blocks.append(.text(t("wizard.activation.fix", ["fix": fix]), .title)) }
            blocks.append(.text(t("wizard.activation.detail", ["detail": problem.detail]), .muted))
        }
        blocks += windowsBlocks(state, t)
        var keys: [KeyHint] = []
        if !state.isBusy {
            keys.append(KeyHint("Enter", t("wizard.key.showStatus")))
            if state.canRunOnWindows, state.windowsRun.outcome?.isActivated != true {
                keys.append(KeyHint("w", t(state.windowsRun == .notRun ? "wizard.key.windows" : "wizard.key.windowsAgain")))
            }
            if state.runs.values.contains(where: { if case .done(.activated) = $0 { false } else { true } }) {
                keys.append(KeyHint("r", t("wizard.key.retry")))
            }
            if state.firstProblem != nil { keys.append(KeyHint("d", t("wizard.key.diagnose"))) }
        }
        keys.append(KeyHint("b", t("wizard.key.back")))
        return Page(title: "", blocks: blocks, keys: keys)
    }

    /// Inside WSL: the offer to run the activation on this Windows, its progress, or what Windows answered.
    private func windowsBlocks(_ state: WizardState, _ t: Localizer) -> [Block] {
        switch state.windowsRun {
        case .notRun:
            return state.canRunOnWindows ? [.blank, .text(t("wizard.windows.offer"))] : []
        case .running:
            return [.blank, .progress(t("wizard.windows.running"))]
        case let .done(outcome):
            var blocks: [Block] = [.blank, .text(t("wizard.windows.title"), .title)]
            for line in WindowsReport(outcome, t).lines {
                blocks.append(.status(line.mark, line.text))
                if let explanation = line.explanation { blocks.append(.text(explanation)) }
                if let fix = line.fix { blocks.append(.text(t("wizard.activation.fix", ["fix": fix]), .title)) }
                if let said = line.windowsText { blocks.append(.text(t("wizard.windows.said", ["text": said]), .muted)) }
            }
            return blocks
        }
    }

    private func runBlock(_ product: Product, _ run: ProductRun, _ t: Localizer) -> Block {
        let name = product.displayName
        switch run {
        case .waiting: return .status(.info, t("wizard.activation.waiting", ["name": name]))
        case .running: return .progress(t("wizard.activation.running", ["name": name]))
        case let .done(.activated(record)):
            return .status(.ok, t("wizard.activation.ok", ["name": name, "epid": record.epid, "count": String(record.clientCount)]))
        case let .done(.failed(problem)):
            let code = [problem.record.code, problem.record.windowsCode].compactMap { $0 }.joined(separator: " ")
            return .status(.fail, t("wizard.activation.failed", ["name": name, "code": code]))
        case let .done(.unavailable(reason)):
            return .status(.skip, t("wizard.activation.unavailable", ["name": name, "reason": reason]))
        }
    }

    func statusPage(_ state: WizardState, _ t: Localizer) -> Page {
        let report = StatusReport(Self.snapshot(of: state), t)
        var blocks: [Block] = report.facts.map { .field(label: $0.label, value: $0.value) }
        blocks += [.blank, .text(t("wizard.status.products"), .title)]
        blocks += report.products.map { .status($0.mark, $0.text) }
        if !report.windows.isEmpty {
            blocks += [.blank, .text(t("wizard.windows.title"), .title)]
            blocks += report.windows.map { .status($0.mark, $0.text) }
        }
        blocks += [.blank, .text(t("wizard.status.next"), .title)]
        blocks += report.nextSteps.map { .text($0) }
        switch state.printable {
        case let .written(path)?: blocks += [.blank, .status(.ok, t("wizard.print.written", ["path": path]))]
        case let .failed(reason)?: blocks += [.blank, .status(.fail, t("wizard.print.failed", ["reason": reason]))]
        case nil: if state.printing { blocks += [.blank, .progress(t("wizard.print.writing"))] }
        }
        return Page(title: "", blocks: blocks, keys: [
            KeyHint("p", t("wizard.key.print")), KeyHint("b", t("wizard.key.back")), KeyHint("Enter", t("wizard.key.finish")),
        ])
    }
}

extension WizardState {
    /// The first failed product's problem, in run order.
    public var firstProblem: ActivationProblem? {
        for product in chosenProducts {
            if case let .done(.failed(problem)) = runs[product.shortName] { return problem }
        }
        return nil
    }
}
