import KMSCore
import KMSProtocol
import WindowsBridge
import Diagnostics
import Localization

/// The last three screens: products, activation, status.
extension WizardView {
    func productsPage(_ state: WizardState, _ t: Localizer) -> Page {
        let back = KeyHint("b", t("wizard.key.back"))
        switch state.catalog {
        case nil:
            return Page(title: "", blocks: [.progress(t("wizard.products.loading"))], keys: [back])
        case let .unavailable(reason):
            return Page(title: "", blocks: [.status(.skip, t("wizard.products.unavailable", ["reason": reason.text(t)]))], keys: [back])
        case .products:
            let list = state.productList
            let installed = state.windowsLicences.outcome?.kmsProducts ?? [:]
            let items = list.rows.map { row -> ListItem in
                switch row {
                case let .heading(group): return ListItem.heading(t(group.titleKey))
                case let .product(product):
                    let windows = installed[product.shortName].map { Self.windowsDetail($0.licence, t) }
                    return ListItem(product.displayName, detail: windows ?? "KMS v\(product.protocolVersion)",
                                    checked: state.chosen.contains(product.shortName))
                case .start: return ListItem(t("wizard.products.start", ["count": String(state.chosen.count)]))
                }
            }
            let howTo = t(state.config.plain ? "wizard.products.howToPlain" : "wizard.products.howTo")
            var blocks: [Block] = [.text(t("wizard.products.intro", ["howTo": howTo]))]
            blocks += windowsProductBlocks(state, t)
            if state.notice == .nothingChosen { blocks.append(.status(.warn, t("wizard.products.nothingChosen"))) }
            blocks += [.blank, .list(items, selected: state.selection)]
            return Page(title: "", blocks: blocks, keys: productKeys(state, list, t) + [back])
        }
    }

    /// Inside WSL: what Windows reports installed, and the installed products the campus host is
    /// not the way to activate, with what to do about them. Outside it nothing can be read, so the
    /// screen says how to find the edition on the Windows PC (its own words are 專業版, 教育版, ...;
    /// the catalog's names are English) and that Home is not for KMS.
    private func windowsProductBlocks(_ state: WizardState, _ t: Localizer) -> [Block] {
        if state.windows == nil { return [.text(t("wizard.products.whichEdition"), .muted)] }
        switch state.windowsLicences {
        case .notRun: return []
        case .running: return [.progress(t("wizard.windows.reading"))]
        case let .done(.failed(error)):
            return [.status(.skip, t("wizard.products.windowsUnread", ["reason": WindowsReadText(error, t).text]))]
        case let .done(outcome):
            let said = outcome.kmsProducts.isEmpty ? "wizard.products.windowsNoKMS" : "wizard.products.windowsPreselected"
            var blocks: [Block] = [.text(t(said), .muted)]
            for other in outcome.otherProducts {
                let key = other.fit == .licensedOtherwise ? "wizard.products.licensedOtherwise" : "wizard.products.notKMS"
                blocks.append(.status(other.fit == .licensedOtherwise ? .ok : .warn,
                                      t(key, ["name": other.licence.name, "channel": other.licence.channel ?? "-"])))
            }
            return blocks
        }
    }

    /// A product's line in the list inside WSL: Windows' state and key (the status screen has the rest).
    static func windowsDetail(_ licence: WindowsLicence, _ t: Localizer) -> String {
        let state = t("windows.licenseStatus.\(licence.status.word)")
        let days = licence.graceMinutes / (24 * 60)
        let left = licence.graceMinutes > 0 ? t("wizard.products.daysLeft", ["days": t.counted("common.unit.days", days)]) : ""
        return t("wizard.products.windowsDetail", ["state": state, "left": left, "key": licence.partialProductKey ?? "-"])
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
            ? [KeyHint("Enter", t("wizard.key.start"))]
            : [KeyHint(t("wizard.key.spaceName") + "/Enter", t("wizard.key.toggle"))]
        return listKeys(state, count: choices, t) + action
    }

    /// The host checks, then the step that activates: outside WSL the activation file for the
    /// Windows PC, inside WSL the run on this Windows and what Windows then reports.
    func activationPage(_ state: WizardState, _ t: Localizer) -> Page {
        var blocks: [Block] = [.field(label: t("wizard.status.host"), value: state.config.kmsHost),
                               .text(t("wizard.activation.intro"), .muted), .blank]
        for product in state.chosenProducts {
            blocks.append(runBlock(product, state.runs[product.shortName] ?? .waiting, t))
        }
        if let problem = state.firstProblem {
            blocks += [.blank]
            let words = ActivationFailureWords(problem.facts, t)
            blocks.append(.text(words.summary))
            // The fix for the situation (where this computer is, how the host failed), else the code's own.
            let advice = Advisor.advise(state.diagnosticResults, activation: ActivationFailure.Kind(rawValue: problem.record.code),
                                        vpnServer: state.config.vpnServer)
            if advice.isEmpty {
                // The guide's fix for a Windows code the explain catalog knows; the failure's own hint otherwise.
                let known = problem.facts.windowsCode.map { Explanation(code: $0, localizer: t) }.flatMap { $0.known ? $0 : nil }
                blocks.append(.text(t("wizard.activation.fix", ["fix": known?.fix ?? words.hint]), .title))
            }
            for item in advice {
                blocks += item.lines(t).enumerated().map { Block.text($1, $0 == 0 ? .title : .normal) }
            }
            blocks.append(.text(t("wizard.activation.detail", ["detail": problem.facts.reason]), .muted))
        }
        blocks += state.windows == nil ? activationFileBlocks(state, t) : windowsBlocks(state, t)
        blocks += saveProblemBlocks(state, t)
        if let typed = state.folderInput {
            // Every key types into the folder name now, so only the keys that end typing are named.
            blocks += [.blank, .text(t(state.config.plain ? "wizard.file.folderHowToPlain" : "wizard.file.folderHowTo")),
                       .field(label: t("wizard.file.folderPrompt"), value: typed + "_", tone: .title)]
            let keys = state.config.plain ? [KeyHint(t("wizard.key.emptyLine"), t("wizard.key.homeFolder"))]
                : [KeyHint("Enter", t("wizard.key.writeHere")), KeyHint("Esc", t("wizard.key.cancel"))]
            return Page(title: "", blocks: blocks, keys: keys, typing: true)
        }
        var keys: [KeyHint] = []
        if !state.isBusy {
            keys.append(KeyHint("Enter", t("wizard.key.showStatus")))
            if state.canRunOnWindows, state.windowsRun.outcome?.isActivated != true, !state.windowsReportsChosenActivated {
                keys.append(KeyHint("w", t(state.windowsRun == .notRun ? "wizard.key.windows" : "wizard.key.windowsAgain")))
            }
            if state.canChooseFolder { keys.append(KeyHint("o", t("wizard.key.otherFolder"))) }
            if state.runs.values.contains(where: { if case .done(.hostWouldActivate) = $0 { false } else { true } }) {
                keys.append(KeyHint("r", t("wizard.key.retry")))
            }
            if state.firstProblem != nil { keys.append(KeyHint("d", t("wizard.key.diagnose"))) }
        }
        keys.append(KeyHint("b", t("wizard.key.back")))
        return Page(title: "", blocks: blocks, keys: keys)
    }

    /// A result this session could not keep: said on the activation and status screens.
    func saveProblemBlocks(_ state: WizardState, _ t: Localizer) -> [Block] {
        guard let problem = state.saveProblem else { return [] }
        return [.blank, .status(.warn, t("wizard.state.notSaved", ["reason": problem.text(t)]))]
    }

    /// Outside WSL: where the activation file went and how to run it on the Windows PC.
    private func activationFileBlocks(_ state: WizardState, _ t: Localizer) -> [Block] {
        switch state.activationFile {
        case .notRun: return []
        case .running: return [.blank, .progress(t("wizard.file.writing"))]
        case let .done(.notWritten(error)):
            return [.blank, .status(.fail, t("wizard.file.failed", ["path": error.path, "reason": error.reasonText(t)])),
                    .text(t("wizard.file.failedHint"))]
        case let .done(.cannotRender(path)):
            return [.blank, .status(.fail, t("wizard.file.cannotRender", ["path": path]))]
        case let .done(.written(path, _)):
            let steps = (1...4).map { Block.text(t("wizard.file.step\($0)", ["vpn": state.config.vpnServer])) }
            return [.blank, .text(t("wizard.file.title"), .title), .status(.ok, t("wizard.file.written", ["path": path])),
                    .text(t("wizard.file.notYet"))] + steps
        }
    }

    /// Inside WSL: the offer to run the activation on this Windows, its progress, what Windows
    /// answered, and Windows' own licence state read afterwards.
    private func windowsBlocks(_ state: WizardState, _ t: Localizer) -> [Block] {
        var blocks: [Block]
        switch state.windowsRun {
        case .notRun where state.windowsReportsChosenActivated:
            blocks = [.blank, .status(.ok, t("wizard.windows.alreadyActivated"))]
        case .notRun:
            blocks = state.canRunOnWindows ? [.blank, .text(t("wizard.windows.offer"))] : []
        case .running:
            return [.blank, .progress(t("wizard.windows.running"))]
        case let .done(outcome):
            blocks = [.blank, .text(t("wizard.windows.title"), .title)]
            for line in WindowsReport(outcome, t).lines {
                blocks.append(.status(line.mark, line.text))
                if let explanation = line.explanation { blocks.append(.text(explanation)) }
                if let fix = line.fix { blocks.append(.text(t("wizard.activation.fix", ["fix": fix]), .title)) }
                if let said = line.windowsText { blocks.append(.text(t("wizard.windows.said", ["text": said]), .muted)) }
            }
        }
        if state.windowsRun != .notRun { blocks += windowsStateBlocks(state, t) }
        return blocks
    }

    /// What Windows reports now for each chosen product, from the status model.
    private func windowsStateBlocks(_ state: WizardState, _ t: Localizer) -> [Block] {
        switch state.windowsLicences {
        case .notRun: return []
        case .running: return [.blank, .progress(t("wizard.windows.reading"))]
        case let .done(.failed(error)):
            // Only what Windows printed above is known; nothing is guessed from the host check.
            return [.blank, .text(t("wizard.windows.stateTitle"), .title),
                    .status(.skip, t("wizard.windows.unread", ["reason": WindowsReadText(error, t).text]))]
        case .done:
            let report = StatusReport(Self.snapshot(of: state), t)
            return [.blank, .text(t("wizard.windows.stateTitle"), .title)] + report.products.map { .status($0.mark, $0.text) }
        }
    }

    private func runBlock(_ product: Product, _ run: ProductRun, _ t: Localizer) -> Block {
        let name = product.displayName
        switch run {
        case .waiting: return .status(.info, t("wizard.activation.waiting", ["name": name]))
        case .running: return .progress(t("wizard.activation.running", ["name": name]))
        case let .done(.hostWouldActivate(record)):
            return .status(.ok, t("wizard.activation.ok", ["name": name, "epid": record.epid, "count": String(record.clientCount)]))
        case let .done(.failed(problem)):
            // The Windows code as Windows shows it; the failure's own code word (`unreachable`) is
            // a machine word, shown below as the technical code, never in the sentence.
            guard let code = problem.record.windowsCode?.hex else {
                return .status(.fail, t("wizard.activation.failedNoCode", ["name": name]))
            }
            return .status(.fail, t("wizard.activation.failed", ["name": name, "code": code]))
        case let .done(.unavailable(why)):
            let reason = switch why {
            case .noEngine: t("wizard.unavailable.activation")
            case let .state(error): error.text(t)
            }
            return .status(.skip, t("wizard.activation.unavailable", ["name": name, "reason": reason]))
        }
    }

    func statusPage(_ state: WizardState, _ t: Localizer) -> Page {
        let report = StatusReport(Self.snapshot(of: state), t)
        var blocks: [Block] = report.facts.map { .field(label: $0.label, value: $0.value) }
        blocks += [.blank, .text(t("wizard.status.products"), .title)]
        // The details hang under the product's mark, one line each.
        blocks += report.products.map { .status($0.mark, ([$0.text] + $0.details).joined(separator: "\n")) }
        if !report.windows.isEmpty {
            blocks += [.blank, .text(t("wizard.windows.title"), .title)]
            blocks += report.windows.map { .status($0.mark, $0.text) }
        }
        blocks += saveProblemBlocks(state, t)
        blocks += [.blank, .text(t("wizard.status.next"), .title)]
        blocks += report.nextSteps.map { .text($0) }
        switch state.printable {
        case let .written(path)?: blocks += [.blank, .status(.ok, t("wizard.print.written", ["path": path]))]
        case let .failed(error)?:
            blocks += [.blank, .status(.fail, t("wizard.print.failed", ["path": error.path, "reason": error.reasonText(t)]))]
        case nil: if state.printing { blocks += [.blank, .progress(t("wizard.print.writing"))] }
        }
        return Page(title: "", blocks: blocks, keys: [
            KeyHint("p", t("wizard.key.print")), KeyHint("b", t("wizard.key.back")), KeyHint("Enter", t("wizard.key.finish")),
        ])
    }
}

extension WizardState {
    /// What the network and clock steps found, for the advice.
    var diagnosticResults: [CheckResult] {
        [CheckKind.network, .clock].flatMap { kind -> [CheckResult] in
            if case let .results(results)? = check(kind).outcome { return results }
            return []
        }
    }

    /// The first failed product's problem, in run order.
    public var firstProblem: ActivationProblem? {
        for product in chosenProducts {
            if case let .done(.failed(problem)) = runs[product.shortName] { return problem }
        }
        return nil
    }
}
