import KMSProtocol
import Localization
import Wizard

/// The full-screen wizard: reads keys with a short timeout so effect results, resizes, signals
/// and spinner ticks are all picked up, runs every effect in its own task (so a hanging step
/// never blocks `q` or `b`), and redraws when something changed.
@MainActor
final class CursesSession {
    /// How the session ended.
    enum Ending {
        case quit
        case interrupted(signal: Int32)
    }

    private let terminal: CursesTerminal
    private let view: WizardView
    private let services: any WizardServices
    private let inbox = EventInbox()
    private var state: WizardState
    private var pendingEffects: [WizardEffect]
    private var quitting = false
    private var dirty = true

    /// Milliseconds between key polls, and between spinner frames while work runs.
    private static let pollMilliseconds: Int32 = 100

    init(terminal: CursesTerminal, view: WizardView, services: any WizardServices, start: (WizardState, [WizardEffect])) {
        self.terminal = terminal
        self.view = view
        self.services = services
        state = start.0
        pendingEffects = start.1
    }

    func run() -> Ending {
        launch(pendingEffects)
        while true {
            let signal = TerminalRestorer.pendingSignal.load(ordering: .relaxed)
            if signal != 0 { return .interrupted(signal: signal) }
            for event in inbox.drain() { apply(event) }
            if quitting { return .quit }
            if dirty {
                let size = terminal.size
                terminal.draw(view.render(state, size: size))
                dirty = false
                apply(.viewport(view.viewport(state, size: size)))   // keeps scrolling inside what was drawn
            }
            switch terminal.read(timeout: Self.pollMilliseconds) {
            case let .key(key)?: apply(.key(key))
            case .resize?: apply(.resize(terminal.size))
            case nil: if state.isBusy { apply(.tick) }
            }
            if quitting { return .quit }
        }
    }

    private func apply(_ event: WizardEvent) {
        let (next, effects) = WizardUpdate.update(state, event)
        if next != state || event.isResize { dirty = true }
        state = next
        launch(effects)
    }

    private func launch(_ effects: [WizardEffect]) {
        for effect in effects {
            if effect == .quit {
                quitting = true
                continue
            }
            let services = services, inbox = inbox, language = state.language
            Task.detached {
                if let event = await EffectRunner.perform(effect, language: language, services: services) { inbox.post(event) }
            }
        }
    }
}

extension WizardEvent {
    var isResize: Bool { if case .resize = self { true } else { false } }
}
