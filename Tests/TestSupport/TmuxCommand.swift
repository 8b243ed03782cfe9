import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs one `tmux` client command with posix_spawn and waitpid.
///
/// Foundation's `Process` notices a child's exit when a pipe it shares with the child closes;
/// `tmux new-session` forks the tmux server, which inherits that pipe and keeps it open, so
/// `Process` would wait for the server's end. Waiting on the client's pid avoids that.
enum TmuxCommand {
    struct Finished {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], timeout: Double = 10) throws -> Finished {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-cmd-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("out").path, errPath = directory.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Default signal handling and an empty mask: the test runner may ignore or block SIGHUP,
        // and the tmux server and the pane's programs would inherit that and outlive kill-server.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TmuxSession.Failure("cannot start tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw TmuxSession.Failure("tmux \(arguments.joined(separator: " ")) still running after \(timeout) s")
            }
            usleep(2_000)
        }
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Finished(status: exit, stdout: read(outPath), stderr: read(errPath))
    }
}
