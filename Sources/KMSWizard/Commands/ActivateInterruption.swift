import Activation

/// SIGINT, SIGTERM or SIGHUP arrived while `activate` waited for a host.
struct ActivateInterruption: Error {
    let signal: Int32

    var signalName: String {
        switch signal {
        case 1: "SIGHUP"
        case 2: "SIGINT"
        case 15: "SIGTERM"
        default: "signal \(signal)"
        }
    }

    /// Runs `work` until it finishes or an interrupting signal arrives, whichever is first.
    ///
    /// The program has one signal mechanism: `TerminalRestorer`'s handlers, which only raise a
    /// flag (the wizard's event loop polls the same flag). Here a watcher polls it every 20 ms
    /// while the exchange runs on its own thread, so the command returns at once with the
    /// signal instead of dying of it, and never in the middle of a state-file write (the state
    /// is written only after this returns, under a lock, by atomic rename). The abandoned
    /// exchange ends by itself at its deadline; the process exits before that.
    static func race<T: Sendable>(_ work: @escaping @Sendable () async -> T) async -> Result<T, ActivateInterruption> {
        TerminalRestorer.install(crashHandlers: false)
        let finish = Finish()
        return await withCheckedContinuation { continuation in
            Task {
                let value = await work()
                if finish.claim() { continuation.resume(returning: .success(value)) }
            }
            Task {
                while !finish.isClaimed {
                    let signal = TerminalRestorer.pendingSignal.load(ordering: .relaxed)
                    if signal != 0 {
                        if finish.claim() { continuation.resume(returning: .failure(ActivateInterruption(signal: signal))) }
                        return
                    }
                    try? await Task.sleep(for: .milliseconds(20))
                }
            }
        }
    }

    /// Whoever claims it first resumes the continuation; the other side then stands down.
    private final class Finish: Sendable {
        private let claimed = Locked(false)

        func claim() -> Bool { claimed.withLock { done in defer { done = true }; return !done } }
        var isClaimed: Bool { claimed.withLock { $0 } }
    }
}
