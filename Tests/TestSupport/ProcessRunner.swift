import Foundation

/// The one way tests run a program: with a time limit, capturing stdout, stderr and how it ended
/// (see `ChildProcess` for why posix_spawn and not Foundation's `Process`).
///
/// Waiting for a process blocks a thread. From async code use the `async` overloads: they wait on
/// a thread of their own, never on Swift's cooperative pool (two threads on CI), which the tests
/// running in parallel need. The synchronous ones are for code that already runs on its own
/// thread (NetLab bodies, tests under `.offCooperativePool`).
public enum ProcessRunner {
    /// A signal to send once `when` returns true (polled every few ms while the child runs), so a
    /// test never races the child's start-up.
    public struct ScheduledSignal: Sendable {
        public let signal: Int32
        public let when: @Sendable () -> Bool

        public init(_ signal: Int32, when: @escaping @Sendable () -> Bool) {
            self.signal = signal
            self.when = when
        }
    }

    /// Runs `executable` to completion; past `timeoutSeconds` its process group gets SIGTERM, then SIGKILL.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           stdin: String = "/dev/null", timeoutSeconds: Double,
                           signals: [ScheduledSignal] = []) throws -> ProcessResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout").path, errPath = directory.appendingPathComponent("stderr").path
        let started = Date()
        let child = try ChildProcess.spawn([executable] + arguments, stdin: stdin, stdout: outPath, stderr: errPath,
                                           environment: environment)
        var pending = signals
        let ending = child.wait(timeout: timeoutSeconds) {
            if let next = pending.first, next.when() {
                child.send(next.signal)
                pending.removeFirst()
            }
        }
        let final = ending ?? child.stop()
        return ProcessResult(status: final.status,
                             stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                             stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
                             timedOut: ending == nil, seconds: Date().timeIntervalSince(started),
                             terminatingSignal: final.signal, peakRSSKilobytes: final.peakRSSKilobytes,
                             cpuSeconds: final.cpuSeconds)
    }

    /// The same, waiting on a thread of its own so the caller's task only suspends.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           stdin: String = "/dev/null", timeoutSeconds: Double,
                           signals: [ScheduledSignal] = []) async throws -> ProcessResult {
        try await onOwnThread {
            try run(executable, arguments, environment: environment, stdin: stdin, timeoutSeconds: timeoutSeconds,
                    signals: signals)
        }
    }

    /// Runs `command` (its first element found on PATH or in sbin), killing it after `timeout` seconds.
    @discardableResult
    public static func run(_ command: [String], timeout: Double = 20, environment: [String: String]? = nil) throws -> ProcessResult {
        try run(try ChildProcess.executable(command[0]), Array(command.dropFirst()), environment: environment,
                timeoutSeconds: timeout)
    }

    /// Runs `command` and throws unless it exits 0 in time; returns its stdout.
    @discardableResult
    public static func check(_ command: [String], timeout: Double = 20) throws -> String {
        let result = try run(command, timeout: timeout)
        guard result.status == 0, !result.timedOut else {
            throw ChildProcess.Failure(command: command, detail: result.description)
        }
        return result.stdout
    }

    /// Runs blocking `work` on a thread that may block (`BlockingWorkExecutor`) and suspends, not
    /// blocks, the caller until it is done. It stays in the caller's task, so an `#expect` in `work`
    /// is still recorded against the running test (a bare Thread lost that: «unknown» issues).
    public static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withTaskExecutorPreference(BlockingWorkExecutor.shared) { try work() }
    }
}
