import KMSCore

/// Why the state file could not be used. Each case says which file, so the message can name it.
public enum StateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not a state file kmswizard can read; `keptAt` is where it was moved aside.
    case corrupt(path: String, keptAt: String?)
    /// Written by a newer kmswizard: never overwritten, so the newer version keeps its data.
    case futureVersion(path: String, found: Int)
    /// The file or its folder cannot be read or written, or the file is not a regular file.
    case io(FileError)
    /// An interrupting signal (SIGINT, SIGTERM, SIGHUP) ended the wait for the lock; nothing was written.
    case interrupted(signal: Int32)

    public var description: String {
        switch self {
        case let .corrupt(path, keptAt?):
            "the state file \(path) was unreadable; it was kept at \(keptAt) and a fresh one started (this computer now has a new KMS machine ID)"
        case let .corrupt(path, nil):
            "the state file \(path) is unreadable"
        case let .futureVersion(path, found):
            "the state file \(path) was written by a newer kmswizard (schema \(found), this one reads \(KMSWizardState.currentSchemaVersion)); it was left untouched: update kmswizard"
        case let .io(error):
            "cannot use the state file \(error)"
        case let .interrupted(signal):
            "interrupted by signal \(signal) while waiting for the state file's lock"
        }
    }
}
