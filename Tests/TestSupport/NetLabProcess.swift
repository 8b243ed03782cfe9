import Foundation

/// Runs the programs a network lab needs (ip, iptables, dnsmasq, socat, kmswizard) with a time
/// limit, through posix_spawn and waitpid on the child's own pid; results are `ProcessResult`s.
///
/// Output goes to files, so a chatty program can never block on a full pipe. Why not
/// `ProcessRunner` (Foundation's `Process`): with a dozen namespace tests spawning `ip`, `ss`
/// and servers at once, Foundation left some children as unreaped zombies and `isRunning` /
/// `waitUntilExit` never returned, hanging the whole test run; waitpid on our own pids cannot.
public enum NetLabProcess {
    public struct Failure: Error, CustomStringConvertible {
        public let command: [String]
        public let detail: String
        public var description: String { "\(command.joined(separator: " ")): \(detail)" }
    }

    /// Runs `command` to completion, killing it after `timeout` seconds.
    @discardableResult
    public static func run(_ command: [String], timeout: Double = 20, environment: [String: String]? = nil) throws -> ProcessResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netlab-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("out").path, errPath = directory.appendingPathComponent("err").path
        let started = Date()
        let child = try NetLabChild.spawn(command, stdout: outPath, stderr: errPath, environment: environment)
        let status = child.wait(timeout: timeout)
        let finalStatus = status ?? child.stop()
        let seconds = Date().timeIntervalSince(started)
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return ProcessResult(status: finalStatus, stdout: stdout, stderr: stderr, timedOut: status == nil, seconds: seconds)
    }

    /// Runs `command` and throws unless it exits 0.
    @discardableResult
    public static func check(_ command: [String], timeout: Double = 20) throws -> String {
        let result = try run(command, timeout: timeout)
        guard result.status == 0, !result.timedOut else {
            throw Failure(command: command, detail: result.description)
        }
        return result.stdout
    }

    /// The absolute path of a program: as given when it has a slash, else found on PATH or in sbin.
    public static func executable(_ name: String) throws -> String {
        if name.contains("/") { return name }
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/sbin:/sbin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
            return "\(directory)/\(name)"
        }
        throw Failure(command: [name], detail: "not installed (make test-deps installs it)")
    }
}

/// One spawned child process, reaped by its own pid exactly once.
public final class NetLabChild: @unchecked Sendable {
    public let pid: pid_t
    private let lock = NSLock()
    private var exitStatus: Int32?

    private init(pid: pid_t) { self.pid = pid }

    /// Starts `command` with stdin from /dev/null and stdout/stderr appended to the given files.
    public static func spawn(_ command: [String], stdout: String, stderr: String,
                             environment: [String: String]? = nil) throws -> NetLabChild {
        let path = try NetLabProcess.executable(command[0])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        let arguments = ([path] + command.dropFirst()).map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { variables.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, nil, arguments, variables)
        guard status == 0 else {
            throw NetLabProcess.Failure(command: command, detail: "cannot start: \(String(cString: strerror(status)))")
        }
        return NetLabChild(pid: pid)
    }

    /// The exit status (128 + signal when killed), waiting up to `timeout` seconds; nil if still running.
    public func wait(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let status = reap(blocking: false) { return status }
            if Date() >= deadline { return nil }
            usleep(5_000)
        }
    }

    /// SIGTERM, a second's grace, then SIGKILL; always reaps the child.
    @discardableResult
    public func stop() -> Int32 {
        if let status = reap(blocking: false) { return status }
        kill(pid, SIGTERM)
        if let status = wait(timeout: 1) { return status }
        kill(pid, SIGKILL)
        return reap(blocking: true) ?? -1
    }

    private func reap(blocking: Bool) -> Int32? {
        lock.withLock {
            if let exitStatus { return exitStatus }
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, blocking ? 0 : WNOHANG)
            if result == 0 { return nil }
            if result < 0 {
                exitStatus = -1   // ECHILD: someone else reaped it; it is gone either way
            } else {
                let signal = raw & 0x7F
                exitStatus = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
            }
            return exitStatus
        }
    }
}
