import Platform
import Foundation

/// One child process: started with posix_spawn in a process group of its own, with every signal
/// unblocked and at its default action, and reaped (wait4 on its own pid) exactly once.
///
/// Why not Foundation's `Process`: under load it left children as unreaped zombies and
/// `waitUntilExit` never returned; it also passes on the test runner's signal mask, which blocks
/// SIGTERM, so children could not be stopped politely. Output goes to files, never pipes, so a
/// chatty child cannot block on a full pipe while we wait for it.
public final class ChildProcess: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let command: [String]
        public let detail: String
        public var description: String { "\(command.joined(separator: " ")): \(detail)" }
    }

    /// How the child ended: `status` is its exit status, or 128 + the signal that killed it.
    public struct Ending: Sendable {
        public let status: Int32
        public let signal: Int32?
        public let peakRSSKilobytes: Int
        public let cpuSeconds: Double
    }

    public let pid: pid_t
    private let lock = NSLock()
    private var ending: Ending?
    /// The highest VmHWM seen while the child ran (see `samplePeakMemory`).
    private var sampledPeakKilobytes: Int?

    private init(pid: pid_t) { self.pid = pid }

    /// Starts `command` (its first element found on PATH or in sbin) with stdin from `stdin` and
    /// stdout/stderr appended to the given files. An environment the test chooses still gets the
    /// sanitizer runtime's options (`SanitizerRuntime.options`) unless it sets them itself.
    public static func spawn(_ command: [String], stdin: String = "/dev/null", stdout: String, stderr: String,
                             environment: [String: String]? = nil) throws -> ChildProcess {
        let path = try executable(command[0])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        // The test runner blocks (and may ignore) signals; a child would inherit that and stay deaf
        // to SIGTERM. A group of its own lets a timeout kill whatever the child started as well.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        let arguments = ([path] + command.dropFirst()).map { strdup($0) } + [nil]
        let chosen = environment.map { SanitizerRuntime.options.merging($0) { _, test in test } }
        let variables = (chosen ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, &attributes, arguments, variables)
        guard status == 0 else {
            throw Failure(command: command, detail: "cannot start: \(String(cString: strerror(status)))")
        }
        return ChildProcess(pid: pid)
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

    /// True while the child has not ended.
    public var isRunning: Bool { reap(blocking: false) == nil }

    /// How the child ended, waiting up to `timeout` seconds (blocking this thread); nil if still running.
    public func wait(timeout: Double, until condition: () -> Void = {}) -> Ending? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let ending = reap(blocking: false) { return ending }
            if Date() >= deadline { return nil }
            samplePeakMemory()
            condition()
            usleep(2_000)
        }
    }

    /// Sends `signal` to the child alone.
    public func send(_ signal: Int32) {
        if isRunning { kill(pid, signal) }
    }

    /// SIGTERM to its group, a second's grace, then SIGKILL to the group; always reaps the child.
    @discardableResult
    public func stop() -> Ending {
        if let ending = reap(blocking: false) { return ending }
        kill(-pid, SIGTERM)
        kill(pid, SIGTERM)
        if let ending = wait(timeout: 1) { return ending }
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        return reap(blocking: true) ?? Ending(status: -1, signal: nil, peakRSSKilobytes: 0, cpuSeconds: 0)
    }

    /// Reads the child's own high-water RSS while it runs. Why not wait4's ru_maxrss: a child of
    /// posix_spawn (vfork) records its parent's peak RSS at exec, so it reported the test runner's
    /// size. Before the first sample (a very short run) wait4's figure, an upper bound, stands.
    private func samplePeakMemory() {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return }
        lock.withLock { sampledPeakKilobytes = max(sampledPeakKilobytes ?? 0, kilobytes) }
    }

    private func reap(blocking: Bool) -> Ending? {
        lock.withLock {
            if let ending { return ending }
            var raw: Int32 = 0
            var usage = rusage()
            let result = wait4(pid, &raw, blocking ? 0 : WNOHANG, &usage)
            if result == 0 { return nil }
            if result < 0 {
                // ECHILD: someone else reaped it; it is gone either way.
                ending = Ending(status: -1, signal: nil, peakRSSKilobytes: 0, cpuSeconds: 0)
            } else {
                let signal = raw & 0x7F
                let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
                ending = Ending(status: signal == 0 ? (raw >> 8) & 0xFF : 128 + signal, signal: signal == 0 ? nil : signal,
                                peakRSSKilobytes: sampledPeakKilobytes ?? Int(usage.ru_maxrss), cpuSeconds: cpu)
            }
            return ending
        }
    }
}
