import Platform
import KMSCore

/// One request of a repeated run (`kmswizard activate --count N`): its number (from 1), what came
/// of it, and the milliseconds from connect to validated answer (or to the failure).
public struct ActivationAttempt: Sendable {
    public let sequence: Int
    public let outcome: Result<ActivationResult, ActivationFailure>
    public let milliseconds: Double
}

extension KMSClient {
    /// Runs `count` activations one after another, a new TCP connection each, `interval` seconds
    /// apart, all on one thread of their own. Why one thread for the whole run: a thread, a task
    /// and a continuation per request cost more client CPU than the exchange itself on loopback,
    /// and `--count` exists to measure the host, not our scheduling.
    ///
    /// `starting` is called on that thread as each request begins (so that a run interrupted
    /// mid-request can count that request), `each` after every attempt; returning false ends the
    /// run (the command was interrupted and wants no more answers).
    public func activate(product: Product, protocol version: KMSVersion? = nil, machineID: UUID, count: Int,
                         interval: Double, starting: @escaping @Sendable (Int) -> Void = { _ in },
                         each: @escaping @Sendable (ActivationAttempt) -> Bool) async {
        let client = self
        await BlockingIO.runReleasingOpenSSL { () throws(Never) in
            for sequence in 1...max(count, 1) {
                if sequence > 1 { Self.pause(seconds: interval) }
                starting(sequence)
                let begun = Deadline.now()
                let outcome: Result<ActivationResult, ActivationFailure>
                do throws(ActivationFailure) {
                    outcome = .success(try client.exchange(product: product, version: version, machineID: machineID))
                } catch {
                    outcome = .failure(error)
                }
                let attempt = ActivationAttempt(sequence: sequence, outcome: outcome,
                                                milliseconds: begun.elapsedSeconds * 1000)
                guard each(attempt) else { return }
            }
        }
    }

    /// Sleeps on the calling (own) thread; a signal's handler interrupting the sleep does not cut it short.
    private static func pause(seconds: Double) {
        guard seconds > 0 else { return }
        let whole = seconds.rounded(.down)
        var request = timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
