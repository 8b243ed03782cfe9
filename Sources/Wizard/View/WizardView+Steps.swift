import Diagnostics
import Localization

/// The first four screens: welcome, identity, network, clock.
extension WizardView {
    func welcomePage(_ state: WizardState, _ t: Localizer) -> Page {
        // What this run can do: only inside WSL can it reach Windows itself.
        let scope = state.windows == nil ? "wizard.welcome.scopeLinux" : "wizard.welcome.scopeWSL"
        var blocks: [Block] = [.text(t("wizard.welcome.intro")), .blank, .text(t(scope), .title), .blank,
                               .text(t("wizard.welcome.safe")), .blank]
        if let problem = state.stateProblem { blocks += [.status(.warn, t("wizard.state.problem", ["reason": problem.text(t)])), .blank] }
        blocks += [.text(t("wizard.welcome.chooseLanguage"), .title),
                   .list(Language.allCases.map { ListItem($0 == .zhTW ? "繁體中文" : "English") }, selected: state.selection),
                   .blank, .field(label: t("wizard.status.host"), value: state.config.kmsHost)]
        return Page(title: "", blocks: blocks,
                    keys: listKeys(state, count: Language.allCases.count, t) + [KeyHint("Enter", t("wizard.key.choose"))])
    }

    func identityPage(_ state: WizardState, _ t: Localizer) -> Page {
        var blocks: [Block] = []
        if let problem = state.identityProblem {
            blocks += [.status(.warn, t("wizard.identity.notSaved", ["reason": problem.text(t)])), .blank]
        }
        let back = KeyHint("b", t("wizard.key.back"))
        if state.identityNoteShown, state.identity == .graduate {
            blocks += [.text(t("wizard.identity.graduateTitle"), .title), .blank, .text(t("wizard.identity.graduateNote"))]
            return Page(title: "", blocks: blocks, keys: [KeyHint("Enter", t("wizard.key.continue")), back])
        }
        if state.identityNoteShown, state.identity == .outsider {
            blocks += [.status(.fail, t("wizard.identity.outsiderNote")), .blank, .text(t("wizard.identity.outsiderHelp"))]
            return Page(title: "", blocks: blocks, keys: [back])
        }
        blocks += [.text(t("wizard.identity.question")), .blank,
                   .list(Identity.allCases.map { ListItem(t("wizard.identity.\($0.rawValue)")) }, selected: state.selection)]
        return Page(title: "", blocks: blocks,
                    keys: listKeys(state, count: Identity.allCases.count, t) + [KeyHint("Enter", t("wizard.key.choose")), back])
    }

    func networkPage(_ state: WizardState, _ t: Localizer) -> Page {
        var blocks: [Block] = [.field(label: t("wizard.status.host"), value: state.config.kmsHost), .blank]
        blocks += checkBlocks(state.check(.network), t, running: t("wizard.network.running"), vpnServer: state.config.vpnServer, network: nil)
        blocks += failureOutlook(state, .network, t)
        return Page(title: "", blocks: blocks, keys: checkKeys(state, .network, t))
    }

    func clockPage(_ state: WizardState, _ t: Localizer) -> Page {
        var blocks: [Block] = [.field(label: t("wizard.clock.reference"), value: state.config.ntpServer), .blank]
        blocks += checkBlocks(state.check(.clock), t, running: t("wizard.clock.running"), vpnServer: state.config.vpnServer,
                              network: state.check(.network).outcome)
        blocks += failureOutlook(state, .clock, t)
        return Page(title: "", blocks: blocks, keys: checkKeys(state, .clock, t))
    }

    /// A check group's results: progress while it runs, one marked line per check with its hint,
    /// then the situation's advice (`Advisor`), all in `t`'s language at each drawing. `network` is
    /// the network step's outcome, which the clock's hint reads.
    func checkBlocks(_ check: CheckState, _ t: Localizer, running: String, vpnServer: String, network: CheckOutcome?) -> [Block] {
        switch check {
        case .notRun, .running: return [.progress(running)]
        case let .done(.badCampusRange(error)): return [.status(.skip, t("wizard.check.unavailable", ["reason": error.message(t)]))]
        case let .done(.results(results)):
            let lines = results.flatMap { result -> [Block] in
                let text = result.text(t)
                let line = text.value.isEmpty ? text.message
                    : t("wizard.check.withValue", ["message": text.message, "value": text.value])
                var blocks: [Block] = [.status(StatusMark(result.status), line)]
                if let hint = Self.wizardHint(for: result, network: network, vpnServer: vpnServer, t) ?? text.hint, result.status != .pass { blocks.append(.text(hint, .title)) }
                return blocks
            }
            let advice = Advisor.advise(results, vpnServer: vpnServer).flatMap { item in
                [.blank] + item.lines(t).enumerated().map { Block.text($1, $0 == 0 ? .title : .normal) }
            }
            return lines + advice
        }
    }

    /// After a failed check the walk still goes on: the screen says what that will likely mean.
    func failureOutlook(_ state: WizardState, _ kind: CheckKind, _ t: Localizer) -> [Block] {
        guard state.check(kind).outcome?.worst == .fail else { return [] }
        let key = kind == .network ? "wizard.network.continueAnyway" : "wizard.clock.continueAnyway"
        return [.blank, .status(.info, t(key))]
    }

    func checkKeys(_ state: WizardState, _ kind: CheckKind, _ t: Localizer) -> [KeyHint] {
        var keys: [KeyHint] = []
        if let outcome = state.check(kind).outcome {
            keys.append(KeyHint("Enter", t(outcome.worst == .fail ? "wizard.key.continueAnyway" : "wizard.key.continue")))
            keys.append(KeyHint("r", t("wizard.key.recheck")))
        }
        keys.append(KeyHint("b", t("wizard.key.back")))
        return keys
    }
}
