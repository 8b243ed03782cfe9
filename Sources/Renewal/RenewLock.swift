import Platform
import KMSCore

/// Keeps two `kmswizard renew` runs (the weekly job and a user's own) from renewing at once.
///
/// The state file itself is safe either way (StateStore locks each change); this lock keeps the
/// second run from sending the same activations again: it waits for the first, then reads the
/// state the first one left and usually finds nothing due. The wait is bounded.
public final class RenewLock: Sendable {
    private let fd: Int32

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
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(FileError.lastSystemError(path)) }
        var waited = 0.0
        var told = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let error = FileError.lastSystemError(path)
                close(descriptor)
                throw .cannotOpen(error)
            }
            if !told { onWait(); told = true }
            let signal = pendingSignal()
            guard signal == 0 else {
                close(descriptor)
                throw .interrupted(signal: signal)
            }
            guard waited < waitSeconds else {
                close(descriptor)
                throw .busy(path: path, waitedSeconds: waited)
            }
            usleep(100_000)
            waited += 0.1
        }
        fd = descriptor
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
