@preconcurrency import Glibc
import Localization
import Wizard

/// `--plain` (and TERM=dumb): the same steps and the same update function as the full-screen
/// wizard, as numbered lines and typed answers. Works with a pipe: each line of input is one
/// answer; the end of input quits.
struct PlainSession {
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

    mutating func run() async {
        var shown: Page?
        while true {
            if await settle() { return }
            let page = view.page(state)
            if page != shown {
                print(PlainPage.lines(page).joined(separator: "\n"))
                shown = page
            }
            Swift.print("> ", terminator: "")
            guard let line = readLine() else {
                print("")
                return
            }
            if !echoesInput { print(line) }   // a piped answer shows in the transcript like a typed one
            // A line typed while the wizard asks for text (the folder after `o`) is that text.
            let events = state.folderInput != nil ? [.typed(line)] : PlainPage.events(forLine: line)
            for event in events { apply(event) }
        }
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
