import Platform

/// Runs another program (crontab, systemctl, cscript.exe) and collects what it printed.
///
/// A seam: tests pass a fake command (a script of their own) by path, and commands never run
/// anything but what the user asked for. Output is capped so a runaway program cannot fill
/// memory, and a program that outlives its timeout is killed.
public protocol CommandRunning: Sendable {
    func run(_ executable: String, _ arguments: [String], input: [UInt8]?, timeoutSeconds: Double) throws(SubprocessError) -> SubprocessResult
}

public struct SubprocessResult: Sendable, Equatable {
    /// The exit status, or 128 + the signal number when a signal ended it.
    public let status: Int32
    public let stdout: [UInt8]
    public let stderr: [UInt8]
    public let timedOut: Bool

    public var succeeded: Bool { status == 0 && !timedOut }
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

public enum SubprocessError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The program could not be started (not found, not executable): errno text.
    /// The program could not be started: the errno of the pipe or the spawn (words at the edge).
    case cannotStart(program: String, errno: Int32)

    public var description: String {
        switch self {
        case let .cannotStart(program, errno): "cannot run \(program): \(ErrnoName.of(errno))"
        }
    }
}

/// The real runner: posix_spawnp (PATH lookup for a bare name), pipes read with poll.
public struct Subprocess: CommandRunning {
    public static let outputCap = 1 << 20

    public init() {}

    public func run(_ executable: String, _ arguments: [String], input: [UInt8]? = nil,
                    timeoutSeconds: Double = 30) throws(SubprocessError) -> SubprocessResult {
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
            throw .cannotStart(program: executable, errno: errno)
        }
        // Close-on-exec, so that a program another thread starts meanwhile does not inherit our pipe
        // ends and hold them open (our read would then wait for that program, not ours, to end); the
        // child's dup2'd 0, 1 and 2 do not carry the flag. (Glibc's module has no pipe2, so a spawn
        // between pipe and fcntl can still inherit them; the window is a few instructions wide.)
        for fd in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        for fd in stdinPipe + stdoutPipe + stderrPipe { posix_spawn_file_actions_addclose(&actions, fd) }

        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        var spawned: Int32 = 0
        // ETXTBSY: a script written a moment ago is still open for writing in a child that another
        // thread forked meanwhile; that child execs or exits within milliseconds, so try again.
        for attempt in 0..<20 {
            spawned = (argv + [nil]).withUnsafeBufferPointer { buffer in
                posix_spawnp(&pid, executable, &actions, nil, UnsafeMutablePointer(mutating: buffer.baseAddress!), environ)
            }
            guard spawned == ETXTBSY, attempt < 19 else { break }
            usleep(25_000)
        }
        close(stdinPipe[0]); close(stdoutPipe[1]); close(stderrPipe[1])
        guard spawned == 0 else {
            close(stdinPipe[1]); close(stdoutPipe[0]); close(stderrPipe[0])
            throw .cannotStart(program: executable, errno: spawned)
        }
        if let input {
            // Small inputs (a crontab) fit the pipe buffer; a reader that refuses them gets EPIPE, not a hang.
            signal(SIGPIPE, SIG_IGN)
            _ = input.withUnsafeBytes { write(stdinPipe[1], $0.baseAddress, min($0.count, 60_000)) }
        }
        close(stdinPipe[1])
        let (out, err, timedOut) = Self.drain(stdoutPipe[0], stderrPipe[0], pid: pid, timeoutSeconds: timeoutSeconds)
        close(stdoutPipe[0]); close(stderrPipe[0])
        var status: Int32 = 0
        _ = SystemCall.retryingOnInterrupt { waitpid(pid, &status, 0) }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return SubprocessResult(status: exitStatus, stdout: out, stderr: err, timedOut: timedOut)
    }

    /// Reads both pipes until they close or the deadline passes (then the child is killed).
    private static func drain(_ outFD: Int32, _ errFD: Int32, pid: pid_t, timeoutSeconds: Double) -> ([UInt8], [UInt8], Bool) {
        var buffers: [[UInt8]] = [[], []]
        var fds = [pollfd(fd: outFD, events: Int16(POLLIN), revents: 0), pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)]
        let deadline = monotonicSeconds() + timeoutSeconds
        var chunk = [UInt8](repeating: 0, count: 8192)
        while fds.contains(where: { $0.fd >= 0 }) {
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 {
                kill(pid, SIGKILL)
                return (buffers[0], buffers[1], true)
            }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining, 1) * 1000) + 1)
            if ready < 0 && errno != EINTR { break }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = read(fds[index].fd, &chunk, chunk.count)
                if count <= 0 {
                    fds[index].fd = -1
                } else if buffers[index].count < outputCap {
                    buffers[index] += chunk[..<min(count, outputCap - buffers[index].count)]
                }
            }
        }
        return (buffers[0], buffers[1], false)
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
