#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state file: read freely, changed only under an exclusive lock and replaced atomically.
///
/// Readers never see a half-written file because a change is written to a temporary file in the
/// same folder and renamed over the old one. Two kmswizard processes changing it at once take
/// turns on `state.json.lock` (flock), so neither loses the other's change. A corrupt file is
/// moved aside, never overwritten; a file from a newer kmswizard is left alone.
public struct StateStore: Sendable {
    public let path: String
    private let onRecovered: @Sendable (StateError) -> Void

    /// - Parameter onRecovered: told when a corrupt file was moved aside and a fresh state started,
    ///   so the command can say so to the user.
    public init(path: String, onRecovered: @escaping @Sendable (StateError) -> Void = { _ in }) {
        self.path = path
        self.onRecovered = onRecovered
    }

    /// `$XDG_STATE_HOME/kmswizard/state.json`, else `~/.local/state/kmswizard/state.json`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let stateHome = environment["XDG_STATE_HOME"], stateHome.hasPrefix("/") {
            return stateHome + "/kmswizard/state.json"
        }
        return homeDirectory(environment: environment) + "/.local/state/kmswizard/state.json"
    }

    /// The current state; a missing or empty file is a fresh state.
    public func load() throws(StateError) -> KMSWizardState {
        guard let data = try readFile(), !data.isEmpty else { return KMSWizardState() }
        return try decode(data)
    }

    /// Changes the state under the lock and writes it back atomically; returns what `body` returns.
    public func update<T>(_ body: (inout KMSWizardState) throws -> T) throws -> T {
        try createFolder()
        let lock = try FileLock(path: path + ".lock")
        defer { lock.release() }
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

    private func readFile() throws(StateError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .io(path: path, reason: Self.errnoText())
        }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, reason: Self.errnoText())
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[..<count])
            // A state file is a few kilobytes; anything this large is not ours.
            if data.count > 4 << 20 { throw .corrupt(path: path, keptAt: nil) }
        }
    }

    private func write(_ state: KMSWizardState) throws(StateError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let bytes: Data
        do { bytes = try encoder.encode(state) } catch { throw .io(path: path, reason: "\(error)") }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: temporary, reason: Self.errnoText()) }
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Self.errnoText()
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = Self.errnoText() }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = Self.errnoText() }
        if let failure {
            unlink(temporary)
            throw .io(path: path, reason: failure)
        }
    }

    private func moveAside() throws(StateError) -> String {
        let keptAt = path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
        guard rename(path, keptAt) == 0 else { throw .io(path: path, reason: Self.errnoText()) }
        return keptAt
    }

    private func createFolder() throws(StateError) {
        var folder = ""
        for component in path.split(separator: "/").dropLast() {
            folder += "/" + component
            if mkdir(folder, 0o700) != 0 && errno != EEXIST {
                throw .io(path: folder, reason: Self.errnoText())
            }
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    static func homeDirectory(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir { return String(cString: directory) }
        return "/tmp"
    }
}

/// An exclusive flock on a side file, released when the change is written.
private struct FileLock {
    let fd: Int32

    init(path: String) throws(StateError) {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: path, reason: StateStore.errnoText()) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(fd)
                throw .io(path: path, reason: StateStore.errnoText())
            }
        }
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
