@preconcurrency import CursesBridge
@preconcurrency import Platform
import KMSProtocol
import Synchronization

/// Signals while the wizard owns the terminal. Ctrl-C, SIGTERM and SIGHUP only raise a flag
/// that the event loop checks between key reads (within 100 ms), so the wizard leaves through
/// its normal path: terminal restored, exit 130. Crash signals cannot wait: their handler puts
/// the terminal back itself and re-raises the signal so the process still dies of it.
enum TerminalRestorer {
    /// The last interrupting signal (0 when none).
    static let pendingSignal = Atomic<Int32>(0)
    private static let active = Atomic<Bool>(false)

    /// Whether curses currently owns the terminal (set by `CursesTerminal`).
    static var isActive: Bool {
        get { active.load(ordering: .relaxed) }
        set { active.store(newValue, ordering: .relaxed) }
    }

    /// Installs the handlers; call before `newterm` so ncurses keeps ours instead of its own.
    /// Commands without curses (`activate`) install only the interrupting ones, so that a crash
    /// still gets Swift's own backtrace.
    static func install(crashHandlers: Bool = true) {
        for interrupting in [SIGINT, SIGTERM, SIGHUP] {
            signal(interrupting) { number in TerminalRestorer.pendingSignal.store(number, ordering: .relaxed) }
        }
        guard crashHandlers else { return }
        for crash in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(crash) { number in
                if TerminalRestorer.isActive { endwin() }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}
