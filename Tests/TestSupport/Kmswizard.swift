import Foundation

/// The one way tests run the built `kmswizard` binary: the only file in Tests/ that names its
/// path (a test in EndToEndTests keeps it so). Every end-to-end helper (the activation harness,
/// the renewal home with a simulated Windows, the tmux wizard, the namespace diagnose) builds its
/// arguments and environment and comes here; none spawns the binary itself.
///
/// A run is: optional `prefix` programs that exec the binary in the end (`unshare ...`,
/// `ip netns exec NS`, `faketime -f ...`), the environment (`Environment`), stdin, a working
/// directory, a time limit and signals to send on cue (`ProcessRunner.ScheduledSignal`). It
/// returns the `ProcessResult`. The same run can also be a shell script that starts the binary
/// as `"$KMSWIZARD"` (for redirections and pipes) or a program in tmux (`inTmux`).
public enum Kmswizard {
    /// What the binary's environment is made of.
    public enum Environment: Sendable {
        /// This test process's environment with `changes` applied (a nil value removes the variable).
        case inherited([String: String?])
        /// Exactly these variables, plus the sanitizer runtime's options unless set here
        /// (`SanitizerRuntime.options`: they configure the build, not the program).
        case exactly([String: String])

        /// This test process's environment as it is.
        public static var inherited: Environment { .inherited([:]) }

        /// The variables the child gets.
        public var variables: [String: String] {
            switch self {
            case .inherited(let changes):
                var variables = ProcessInfo.processInfo.environment
                for (name, value) in changes { variables[name] = value }
                return variables
            case .exactly(let variables):
                return variables.merging(SanitizerRuntime.options) { test, _ in test }
            }
        }
    }

    /// The built binary. Throws, saying how to build it, when it is missing.
    public static func path() throws -> String { try BuiltProducts.path("kmswizard") }

    /// The folder the binary is in, for a PATH on which a script finds it as `kmswizard`.
    public static var directory: String { BuiltProducts.directory }

    /// The source tree's Resources folder (strings, catalog), for KMSWIZARD_RESOURCES.
    public static let resources = SourceTree.url("Resources").path

    /// `kmswizard ARGUMENTS` to completion (past `timeout` seconds its process group gets SIGTERM,
    /// then SIGKILL). `prefix` runs first and execs the binary; `workingDirectory` is entered
    /// (by a shell, outside the prefix) before anything starts.
    public static func run(_ arguments: [String], environment: Environment = .inherited, stdin: String = "/dev/null",
                           prefix: [String] = [], workingDirectory: String? = nil, timeout: Double,
                           signals: [ProcessRunner.ScheduledSignal] = []) throws -> ProcessResult {
        try spawn(prefix + [try path()] + arguments, environment: environment, stdin: stdin,
                  workingDirectory: workingDirectory, timeout: timeout, signals: signals)
    }

    /// `script` run by `shell` (`sh -c SCRIPT sh ARGUMENTS`), which starts the binary as
    /// `"$KMSWIZARD"`: for what needs a shell around the binary (redirections, pipes, a listener
    /// started first in a namespace). `prefix` goes before the shell.
    public static func shell(_ script: String, _ arguments: [String] = [], shell: String = "/bin/sh",
                             environment: Environment = .inherited, prefix: [String] = [], timeout: Double,
                             signals: [ProcessRunner.ScheduledSignal] = []) throws -> ProcessResult {
        let binary = try path()
        let withBinary: Environment = switch environment {
        case .inherited(let changes): .inherited(changes.merging(["KMSWIZARD": binary]) { $1 })
        case .exactly(let variables): .exactly(variables.merging(["KMSWIZARD": binary]) { $1 })
        }
        return try spawn(prefix + [shell, "-c", script, URL(fileURLWithPath: shell).lastPathComponent] + arguments,
                         environment: withBinary, timeout: timeout, signals: signals)
    }

    /// `kmswizard ARGUMENTS` in a tmux session of its own at `width` x `height`, with exactly
    /// `environment` plus what `TmuxSession` adds (PATH, LANG, TERM, sanitizer options).
    public static func inTmux(_ arguments: [String], prefix: [String] = [], environment: [String: String],
                              width: Int, height: Int, workingDirectory: URL? = nil) throws -> TmuxSession {
        try TmuxSession(prefix + [try path()] + arguments, width: width, height: height, environment: environment,
                        workingDirectory: workingDirectory)
    }

    private static func spawn(_ command: [String], environment: Environment, stdin: String = "/dev/null",
                              workingDirectory: String? = nil, timeout: Double,
                              signals: [ProcessRunner.ScheduledSignal]) throws -> ProcessResult {
        var command = command
        if let workingDirectory { command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", workingDirectory] + command }
        return try ProcessRunner.run(try ChildProcess.executable(command[0]), Array(command.dropFirst()),
                                     environment: environment.variables, stdin: stdin, timeoutSeconds: timeout,
                                     signals: signals)
    }
}
