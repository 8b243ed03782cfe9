@preconcurrency import Platform
import Localization
import Wizard

/// `--plain` (and TERM=dumb): the same steps and the same update function as the full-screen
/// wizard, as numbered lines and typed answers. Works with a pipe: each line of input is one
/// answer. Every answer gets a reply: the page (or the lines of it that changed), a line saying
/// nothing changed, or a line saying why the answer was not taken and what the page takes.
struct PlainSession {
    /// How the session ended: the user quit, or the input ended with the walk unfinished.
    enum Ending: Equatable {
        case quit
        /// The input ended on this step; on the status step the walk is done and that is a quit.
        case inputEnded(WizardStep)
    }

    let view: WizardView
    let services: any WizardServices
    var state: WizardState
    var effects: [WizardEffect]
    /// Whether the terminal already shows what is typed (stdin is a TTY).
    let echoesInput = isatty(STDIN_FILENO) == 1

    init(view: WizardView, services: any WizardServices, start: (WizardState, [WizardEffect])) {
        self.view = view
        self.services = services
        state = start.0
        effects = start.1
    }

    mutating func run() async -> Ending {
        var shown: Page?
        while true {
            if await settle() { return .quit }
            let page = currentPage()
            if page != shown {
                print(PlainPage.changes(from: shown, to: page).joined(separator: "\n"))
                shown = page
            }
            Swift.print("> ", terminator: "")
            guard let line = readLine() else {
                print("")
                return state.step == .status ? .quit : .inputEnded(state.step)
            }
            if !echoesInput { print(line) }   // a piped answer shows in the transcript like a typed one
            // A line typed while the wizard asks for text (the folder after `o`) is that text.
            let answer = state.folderInput != nil ? .events([.typed(line)]) : PlainAnswer.reading(line, on: page)
            switch answer {
            case let .events(events):
                for event in events { apply(event) }
                if await settle() { return .quit }
                if currentPage() == page { print(localizer("wizard.plain.unchanged")) }
            case .showAgain:
                print(PlainPage.lines(page).joined(separator: "\n"))
            case let .refused(refusal):
                print(refusal.line(on: page, localizer))
            }
        }
    }

    private var localizer: Localizer { Localizer(table: view.table, language: state.language) }

    /// The wizard's page with the key that shows it again, which only this mode has.
    private func currentPage() -> Page {
        var page = view.page(state)
        page.keys.insert(KeyHint(String(PlainAnswer.showAgainKey), localizer("wizard.key.showAgain")), at: max(0, page.keys.count - 3))
        return page
    }

    /// Runs effects (and the effects their results cause) until none are left; true when one of them is quit.
    private mutating func settle() async -> Bool {
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            if effect == .quit { return true }
            if let event = await EffectRunner.perform(effect, language: state.language, services: services) { apply(event) }
        }
        return false
    }

    private mutating func apply(_ event: WizardEvent) {
        let (next, newEffects) = WizardUpdate.update(state, event)
        state = next
        effects += newEffects
    }
}
