import Platform
import KMSCore

/// The state file: read freely, changed only under an exclusive lock and replaced atomically.
///
/// Readers never see a half-written file because a change is written to a temporary file in the
/// same folder and renamed over the old one. Two kmswizard processes changing it at once take
/// turns on `state.json.lock` (flock), so neither loses the other's change. A corrupt file is
/// moved aside, never overwritten; a file from a newer kmswizard is left alone.
public struct StateStore: Sendable {
    public let path: String
    private let onRecovered: @Sendable (StateError) -> Void
    private let pendingSignal: @Sendable () -> Int32

    /// - Parameters:
    ///   - onRecovered: told when a corrupt file was moved aside and a fresh state started, so
    ///     the command can say so to the user.
    ///   - pendingSignal: the interrupting signal that arrived (0 for none); a wait for the lock
    ///     ends with `StateError.interrupted` when it is set, leaving the file as it was.
    public init(path: String, onRecovered: @escaping @Sendable (StateError) -> Void = { _ in },
                pendingSignal: @escaping @Sendable () -> Int32 = { 0 }) {
        self.path = path
        self.onRecovered = onRecovered
        self.pendingSignal = pendingSignal
    }

    /// `$XDG_STATE_HOME/kmswizard/state.json`, else `~/.local/state/kmswizard/state.json`.
    public static func defaultPath(environment: Variables) -> String {
        if let stateHome = UserFolders.absolute("XDG_STATE_HOME", environment) {
            return stateHome + "/kmswizard/state.json"
        }
        return UserFolders.home(environment) + "/.local/state/kmswizard/state.json"
    }

    /// The current state; a missing or empty file is a fresh state.
    public func load() throws(StateError) -> KMSWizardState {
        guard let data = try readFile(), !data.isEmpty else { return KMSWizardState() }
        return try decode(data)
    }

    /// Changes the state under the lock and writes it back atomically; returns what `body` returns.
    public func update<T>(_ body: (inout KMSWizardState) throws -> T) throws -> T {
        try createFolder()
        // Held to the end of this scope, after the write.
        let lock = try Self.lock(path + ".lock", pendingSignal: pendingSignal)
        defer { _ = lock }
        var state: KMSWizardState
        do {
            state = try load()
        } catch .corrupt {
            let keptAt = try moveAside()
            onRecovered(.corrupt(path: path, keptAt: keptAt))
            state = KMSWizardState()
        }
        let result = try body(&state)
        try write(state)
        return result
    }

    /// Records a change and says whether it reached the file: a result that was not saved must
    /// be reported as such (a full disk, EIO, a lock that cannot be taken), never as done.
    public func record(_ change: (inout KMSWizardState) -> Void) -> SaveOutcome {
        do {
            try update { change(&$0) }
            return .saved
        } catch let error as StateError {
            return .notSaved(error)
        } catch {
            preconditionFailure("update's body throws nothing here: \(error)")
        }
    }

    /// The client machine ID, made on first use and kept from then on.
    public func machineID() throws -> UUID {
        if let existing = try? load().machineID { return existing }
        return try update { state in
            if let existing = state.machineID { return existing }
            let made = UUID()
            state.machineID = made
            return made
        }
    }

    // MARK: - File work

    private func decode(_ data: Data) throws(StateError) -> KMSWizardState {
        struct VersionOnly: Decodable { let schemaVersion: Int }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let version = try? decoder.decode(VersionOnly.self, from: data).schemaVersion else {
            throw .corrupt(path: path, keptAt: nil)
        }
        guard version <= KMSWizardState.currentSchemaVersion else {
            throw .futureVersion(path: path, found: version)
        }
        // Older schemas migrate as they are decoded; a version that never existed is damage.
        guard KMSWizardState.readableSchemaVersions.contains(version),
              let state = try? decoder.decode(KMSWizardState.self, from: data),
              state.instants.allSatisfy(KMSWizardState.plausibleInstants.contains) else {
            throw .corrupt(path: path, keptAt: nil)
        }
        return state
    }

    /// A state file is a few kilobytes; anything over 4 MiB is not ours.
    private func readFile() throws(StateError) -> Data? {
        let bytes: [UInt8]?
        do { bytes = try RegularFile.read(path, limit: 4 << 20) } catch { throw .io(error) }
        guard let bytes else { return nil }
        if bytes.count > 4 << 20 { throw .corrupt(path: path, keptAt: nil) }
        return Data(bytes)
    }

    private func write(_ state: KMSWizardState) throws(StateError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let bytes: Data
        do { bytes = try encoder.encode(state) } catch { preconditionFailure("the state always encodes: \(error)") }
        // Under the lock no other writer is between create and rename: what is left was a killed one's.
        TemporaryFile.removeStale(beside: path)
        do {
            try AtomicReplacement.replace(path, with: Array(bytes), keepingMode: nil, newFileMode: 0o600)
        } catch {
            throw .io(error)
        }
    }

    /// Keeps the corrupt file as `state.json.corrupt-<unix seconds>` (`-2`, `-3`… when that name
    /// is taken): link() never replaces an existing name, so an earlier kept copy, which may hold
    /// the old machine ID, is never overwritten by a second corruption in the same second.
    private func moveAside() throws(StateError) -> String {
        let base = path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
        for attempt in 1...1000 {
            let keptAt = attempt == 1 ? base : base + "-\(attempt)"
            if link(path, keptAt) == 0 {
                unlink(path)
                return keptAt
            }
            guard errno == EEXIST else { throw .io(.lastSystemError(path)) }
        }
        throw .io(FileError(path: path, reason: .system(errno: EEXIST)))
    }

    /// The side file's lock, released when the change is written; retried every 20 ms, with no
    /// limit but an interrupting signal.
    private static func lock(_ path: String, pendingSignal: () -> Int32) throws(StateError) -> FileLock {
        do {
            return try FileLock(path: path, retrySeconds: 0.02, pendingSignal: pendingSignal)
        } catch {
            switch error {
            case let .cannotOpen(failure): throw .io(failure)
            case let .interrupted(signal): throw .interrupted(signal: signal)
            case .busy: throw .io(FileError(path: path, reason: .system(errno: EWOULDBLOCK)))   // no limit was set
            }
        }
    }

    private func createFolder() throws(StateError) {
        do { try Folders.create(path.folderPart, mode: 0o700) } catch { throw .io(error) }
    }
}

/// Whether a change reached the state file.
public enum SaveOutcome: Sendable, Equatable {
    case saved
    case notSaved(StateError)

    /// Why it was not saved; nil when it was.
    public var problem: StateError? {
        if case let .notSaved(error) = self { return error }
        return nil
    }
}
