import Platform
import Foundation

/// A program running in its own tmux server (private `-S` socket, never the user's), at a
/// fixed size, UTF-8, with a known environment: what a person would see, read back as text.
///
/// The program runs inside `sh -c` that records `stty -a` before and after it and prints its
/// exit status, so a test can check that the terminal was given back as it was found.
public final class TmuxSession: @unchecked Sendable {
    public let directory: URL
    private let socket: String
    private let target = "wizard"
    private var killed = false

    /// Starts `command` at `width` x `height` with exactly `environment` (plus PATH, LANG=C.UTF-8 and the
    /// test run's sanitizer options, so that a report from the program is kept, not lost with the pane).
    public init(_ command: [String], width: Int, height: Int, environment: [String: String] = [:],
                workingDirectory: URL? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("sock").path
        var variables = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": directory.path, "TERM": "tmux-256color"]
        variables.merge(environment) { _, given in given }
        variables.merge(SanitizerRuntime.options) { given, _ in given }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let program = (["env", "-i"] + assignments + command).map(Self.quote).joined(separator: " ")
        let before = Self.quote(directory.appendingPathComponent("stty.before").path)
        let after = Self.quote(directory.appendingPathComponent("stty.after").path)
        // The shell catches SIGINT (a caught signal is reset in the program) so Ctrl-C reaches only the program.
        // The settings after are saved before "[exited N]" shows, since tests read them as soon as it does.
        let script = "trap : INT; cd \(Self.quote((workingDirectory ?? directory).path)) && stty -a > \(before); \(program); "
            + "status=$?; stty -a > \(after); echo \"[exited $status]\"; sleep 600"
        try tmux(["-u", "-f", "/dev/null", "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), "sh", "-c", script])
    }

    deinit { kill() }

    /// Types keys: tmux key names (`Enter`, `Down`, `C-c`) or literal text.
    public func send(_ keys: String...) throws {
        try send(keys: keys)
    }

    public func send(keys: [String]) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// The pane's rows as text, as a person reads them.
    public func capture() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", target]).components(separatedBy: "\n")
    }

    /// Waits until the screen contains `text` (polling every 50 ms) and returns it; throws with
    /// the last screen after `timeout` seconds.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 15) throws -> [String] {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.joined(separator: "\n").contains(text) }
    }

    /// Waits until `condition` holds for the screen.
    @discardableResult
    public func waitUntil(_ what: String, timeout: Double = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) {
            guard Date() < deadline else {
                throw Failure("waited \(timeout) s for \(what); the screen shows:\n" + screen.joined(separator: "\n"))
            }
            usleep(50_000)
            screen = try capture()
        }
        return screen
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// `stty -a` before the program started and after it ended (nil until it has ended).
    public func terminalSettings() -> (before: String, after: String?) {
        let read = { (name: String) in try? String(contentsOf: self.directory.appendingPathComponent(name), encoding: .utf8) }
        return (read("stty.before") ?? "", read("stty.after"))
    }

    /// Sends `signal` to the program named `name` (its process name, as /proc shows it) running
    /// in the pane, found among the pane shell's descendants: what a shutdown (SIGTERM) or a
    /// closed terminal window (SIGHUP) does to it.
    public func signal(_ signal: Int32, toProgramNamed name: String) throws {
        let panePID = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        var queue = [panePID]
        while let pid = queue.popLast() {
            let command = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if pid != panePID, command == String(name.prefix(15)), let number = pid_t(pid) {
                guard Glibc.kill(number, signal) == 0 else { throw Failure("kill \(pid): \(String(cString: strerror(errno)))") }
                return
            }
            let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
            for thread in threads {
                let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/children", encoding: .utf8)) ?? ""
                queue += children.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            }
        }
        throw Failure("no \(name) process in the pane (shell \(panePID))")
    }

    /// Stops the tmux server and everything in it; removes the socket folder.
    public func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let finished = try ProcessRunner.run(["tmux", "-S", socket] + arguments, timeout: 10)
        guard !finished.timedOut else { throw Failure("tmux \(arguments.joined(separator: " ")) still running after 10 s") }
        guard finished.status == 0 else { throw Failure("tmux \(arguments.first ?? ""): \(finished.stderr)") }
        return finished.stdout
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
