import Foundation
@testable import Activation
import TestSupport

/// Runs the built `kmswizard` binary with a clean environment of the test's choosing (its own
/// XDG_STATE_HOME and XDG_CONFIG_HOME), as a user would.
struct RenewalBinary {
    let home: String

    static var path: String { (try? BuiltProducts.path("kmswizard")) ?? BuiltProducts.directory + "/kmswizard" }

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

    func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 60,
             signals: [ProcessRunner.ScheduledSignal] = []) throws -> ProcessResult {
        try ProcessRunner.run("/usr/bin/env", ["-i"] + assignments(environment) + [Self.path] + arguments, timeoutSeconds: timeout,
                              signals: signals)
    }

    /// `script` run by /bin/sh in the same environment, with the binary's path in $KMSWIZARD;
    /// `prefix` goes before the shell (e.g. `unshare --mount --`), for redirections a test needs.
    func shell(_ script: String, prefix: [String] = [], environment: [String: String] = [:], timeout: Double = 60) throws -> ProcessResult {
        try ProcessRunner.run("/usr/bin/env", ["-i"] + assignments(environment.merging(["KMSWIZARD": Self.path]) { $1 })
                              + prefix + ["/bin/sh", "-c", script], timeoutSeconds: timeout)
    }

    private func assignments(_ environment: [String: String]) -> [String] {
        var variables = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
                         "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        variables.merge(environment) { $1 }
        // env -i would drop a sanitizer build's options too: they configure the build, not the program.
        variables.merge(SanitizerRuntime.options) { test, _ in test }
        return variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }

    func remove() { try? FileManager.default.removeItem(atPath: home) }
}
