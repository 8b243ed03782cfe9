import Foundation
import Glibc

/// A child process started with posix_spawn and reaped with wait4, so that the test knows what
/// Foundation's `Process` hides: the child's own peak RSS and CPU time, and whether a signal
/// (rather than an exit status) ended it. Signals can be sent to it while it runs, each once a
/// condition holds (e.g. "the responder logged that it went silent"), so a test never races the
/// child's start-up.
public enum MeasuredProcess {
    public struct Outcome: Sendable, CustomStringConvertible {
        /// The exit status, or nil when a signal ended the process.
        public let exitStatus: Int32?
        /// The signal that ended the process, if one did.
        public let terminatingSignal: Int32?
        public let stdout: String
        public let stderr: String
        public let seconds: Double
        /// ru_maxrss of the child itself, in kilobytes.
        public let peakRSSKilobytes: Int
        /// User plus system CPU time of the child.
        public let cpuSeconds: Double
        /// True when it ran past its limit and was killed.
        public let timedOut: Bool

        public var description: String {
            let end = exitStatus.map { "exit \($0)" } ?? "signal \(terminatingSignal ?? 0)"
            return "\(end)\(timedOut ? " (killed after timeout)" : "") in \(seconds) s, peak RSS \(peakRSSKilobytes) kB\n"
                + "--- stdout\n\(stdout)--- stderr\n\(stderr)"
        }
    }

    /// A signal to send once `when` returns true (polled every 10 ms while the child runs).
    public struct ScheduledSignal: Sendable {
        public let signal: Int32
        public let when: @Sendable () -> Bool

        public init(_ signal: Int32, when: @escaping @Sendable () -> Bool) {
            self.signal = signal
            self.when = when
        }
    }

    public struct SpawnFailure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                           timeoutSeconds: Double, signals: [ScheduledSignal] = []) throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-measured-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout").path
        let errPath = directory.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let started = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw SpawnFailure(description: "posix_spawn \(executable): \(String(cString: strerror(spawned)))")
        }
        var pending = signals
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if Date().timeIntervalSince(started) > timeoutSeconds, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            if let next = pending.first, next.when() {
                kill(pid, next.signal)
                pending.removeFirst()
            }
            usleep(2_000)
        }
        let seconds = Date().timeIntervalSince(started)
        let signalled = status & 0x7F != 0
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Outcome(exitStatus: signalled ? nil : (status >> 8) & 0xFF, terminatingSignal: signalled ? status & 0x7F : nil,
                       stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                       stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
                       seconds: seconds, peakRSSKilobytes: Int(usage.ru_maxrss), cpuSeconds: cpu, timedOut: timedOut)
    }
}
