@testable import Renewal
import Foundation
import TestSupport

/// Runs the built `kmswizard` binary (through `Kmswizard`) with a clean environment of the test's
/// choosing (its own HOME, XDG_STATE_HOME and XDG_CONFIG_HOME, no WSL_DISTRO_NAME), as a user
/// would; with a `SimulatedWindows` it runs "inside WSL" on that Windows.
struct RenewalBinary {
    let home: String

    /// This machine itself looks like WSL (its kernel or interop registration), so "outside WSL"
    /// cannot be tested here: `env -i` clears WSL_DISTRO_NAME, but not /proc.
    static var machineLooksLikeWSL: Bool {
        FileManager.default.fileExists(atPath: "/proc/sys/fs/binfmt_misc/WSLInterop")
            || ((try? String(contentsOfFile: "/proc/version", encoding: .utf8)) ?? "").lowercased().contains("microsoft")
    }

    init() throws {
        home = try ReminderTestSupport.temporaryDirectory("home")
    }

    var stateFile: String { home + "/state/kmswizard/state.json" }

    func writeState(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: home + "/state/kmswizard", withIntermediateDirectories: true)
        try text.write(toFile: stateFile, atomically: true, encoding: .utf8)
    }

    func writeState(_ state: KMSWizardState) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try writeState(String(decoding: try encoder.encode(state), as: UTF8.self))
    }

    func stateText() throws -> String { try String(contentsOfFile: stateFile, encoding: .utf8) }

    func run(_ arguments: [String], environment: [String: String] = [:], windows: SimulatedWindows? = nil,
             timeout: Double = 60, signals: [ProcessRunner.ScheduledSignal] = []) throws -> ProcessResult {
        try Kmswizard.run(arguments, environment: variables(environment, windows: windows), timeout: timeout, signals: signals)
    }

    /// `script` run by /bin/sh in the same environment, starting the binary as "$KMSWIZARD";
    /// `prefix` goes before the shell (e.g. `unshare --mount --`), for redirections a test needs.
    func shell(_ script: String, prefix: [String] = [], environment: [String: String] = [:], timeout: Double = 60) throws -> ProcessResult {
        try Kmswizard.shell(script, environment: variables(environment, windows: nil), prefix: prefix, timeout: timeout)
    }

    /// Only these variables (and the sanitizer options, which `Kmswizard` keeps): nothing from the test run's shell.
    private func variables(_ environment: [String: String], windows: SimulatedWindows?) -> Kmswizard.Environment {
        var variables = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
                         "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        variables.merge(windows?.environment ?? [:]) { $1 }
        variables.merge(environment) { $1 }
        return .exactly(variables)
    }

    struct NotJSON: Error, CustomStringConvertible {
        let description: String
    }

    /// The JSON object a `--json` run printed.
    static func json(_ result: ProcessResult) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw NotJSON(description: "not a JSON object: \(result)")
        }
        return object
    }

    /// English text of `status` with its 80-column wrapping undone, so a sentence can be found
    /// whole: each line break and the indentation after it become one space.
    static func unwrapped(_ text: String) -> String {
        text.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: " ")
    }

    func remove() { try? FileManager.default.removeItem(atPath: home) }
}
