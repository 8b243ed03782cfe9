import Platform
import KMSCore

/// Keeps two `kmswizard renew` runs (the weekly job and a user's own) from renewing at once.
///
/// The state file itself is safe either way (StateStore locks each change); this lock keeps the
/// second run from sending the same activations again: it waits for the first, then reads the
/// state the first one left and usually finds nothing due. The wait is bounded.
public final class RenewLock: Sendable {
    /// Released when this object goes.
    private let lock: FileLock

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case busy(path: String, waitedSeconds: Double)
        /// The lock file cannot be opened or locked (errno, worded where shown).
        case cannotOpen(FileError)
        /// An interrupting signal ended the wait.
        case interrupted(signal: Int32)

        public var description: String {
            switch self {
            case let .busy(path, waited): "another kmswizard renew still holds \(path) after \(Int(waited)) s"
            case let .cannotOpen(error): "cannot open \(error)"
            case let .interrupted(signal): "interrupted by signal \(signal)"
            }
        }
    }

    /// Takes the lock, waiting up to `waitSeconds`; `onWait` is told once if it has to wait. The
    /// wait ends early when `pendingSignal` reports an interrupting signal (non-zero).
    public init(path: String, waitSeconds: Double, onWait: () -> Void = {}, pendingSignal: () -> Int32 = { 0 }) throws(Failure) {
        do {
            lock = try FileLock(path: path, retrySeconds: 0.1, waitSeconds: waitSeconds, onWait: onWait, pendingSignal: pendingSignal)
        } catch {
            switch error {
            case let .cannotOpen(failure): throw .cannotOpen(failure)
            case let .interrupted(signal): throw .interrupted(signal: signal)
            case let .busy(waited): throw .busy(path: path, waitedSeconds: waited)
            }
        }
    }
}
