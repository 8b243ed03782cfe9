import Platform

/// An exclusive flock on a lock file: the one way kmswizard waits for another process.
///
/// Taken without blocking and retried, so that a wait behind another process ends when an
/// interrupting signal arrives (a blocking flock is restarted after the signal's handler and
/// would wait on, deaf to Ctrl-C) or when the caller's wait limit is reached. The file is opened
/// with O_NOFOLLOW: a symlink planted at the lock's path is refused, not followed. The lock is
/// released when the value goes, at the end of its holder's scope; it cannot be copied, so its
/// descriptor is closed exactly once.
public struct FileLock: ~Copyable, Sendable {
    public enum Failure: Error, Sendable, Equatable {
        /// The lock file cannot be opened or locked (errno, worded where shown).
        case cannotOpen(FileError)
        /// An interrupting signal (non-zero from `pendingSignal`) ended the wait.
        case interrupted(signal: Int32)
        /// Another process still held the lock after `waitedSeconds`.
        case busy(waitedSeconds: Double)
    }

    private let descriptor: Int32

    /// Takes the lock on `path`, trying again every `retrySeconds` for up to `waitSeconds`
    /// (`.infinity`: until it is free or a signal arrives); `onWait` is told once if it has to wait.
    public init(path: String, retrySeconds: Double, waitSeconds: Double = .infinity, onWait: () -> Void = {},
                pendingSignal: () -> Int32) throws(Failure) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(.lastSystemError(path)) }
        // Whole retries, so that a limit of 5 s in steps of 0.1 s is 50 tries, not 51 by rounding.
        var tries = 0
        let limit = waitSeconds == .infinity ? Int.max : Int((waitSeconds / retrySeconds).rounded())
        var told = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let failure = FileError.lastSystemError(path)
                close(descriptor)
                throw .cannotOpen(failure)
            }
            if !told { onWait(); told = true }
            let signal = pendingSignal()
            guard signal == 0 else {
                close(descriptor)
                throw .interrupted(signal: signal)
            }
            guard tries < limit else {
                close(descriptor)
                throw .busy(waitedSeconds: Double(tries) * retrySeconds)
            }
            usleep(useconds_t(retrySeconds * 1_000_000))
            tries += 1
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
