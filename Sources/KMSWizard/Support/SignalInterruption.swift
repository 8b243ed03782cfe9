import KMSCore
import KMSProtocol
import Localization

/// SIGINT, SIGTERM or SIGHUP arrived while a command waited (for a host, a lock, its checks).
/// The command ends with exit 130 and says so, instead of dying of the signal (143, 129).
struct SignalInterruption: Error {
    let signal: Int32

    var signalName: String { SignalName.of(signal) }

    /// Exit 130 with `message` (a key with a {signal} placeholder).
    func failure(_ t: Localizer, key: String = "cli.interrupted", json: Bool) -> CLIFailure {
        CLIFailure(.interrupted, message: t(key, ["signal": signalName]), json: json)
    }

    /// Runs `work` until it finishes or an interrupting signal arrives, whichever is first.
    ///
    /// The program has one signal mechanism: `TerminalRestorer`'s handlers, which only raise a
    /// flag (the wizard's event loop polls the same flag). Here a watcher polls it every 20 ms
    /// while the exchange runs on its own thread, so the command returns at once with the
    /// signal instead of dying of it, and never in the middle of a state-file write (the state
    /// is written only after this returns, under a lock, by atomic rename). The abandoned
    /// exchange ends by itself at its deadline; the process exits before that.
    static func race<T: Sendable>(_ work: @escaping @Sendable () async -> T) async -> Result<T, SignalInterruption> {
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
                        if finish.claim() { continuation.resume(returning: .failure(SignalInterruption(signal: signal))) }
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
