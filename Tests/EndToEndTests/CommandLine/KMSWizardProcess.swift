import Foundation
import Testing
import TestSupport

/// Runs the built `kmswizard` as users do: a real process with an environment the test chooses
/// (TestSupport's `Kmswizard`: output through files, killed past its deadline).
enum KMSWizardProcess {
    /// A minimal environment: no HOME config, no locale, no KMSWIZARD_* from the developer's shell.
    static func cleanEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent-kmswizard-home", "TERM": "dumb"]
        environment.merge(extra) { _, new in new }
        return environment
    }

    static func run(_ arguments: [String], environment: [String: String], seconds: Double = 20) throws -> ProcessResult {
        let result = try Kmswizard.run(arguments, environment: .exactly(environment), timeout: seconds)
        #expect(!result.timedOut, "kmswizard \(arguments) did not finish within \(seconds) s")
        return result
    }
}

/// A fresh folder for one test's files (config files, XDG homes); removed when the test ends.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `$XDG_CONFIG_HOME/kmswizard/config.toml` under this folder and returns its path.
    @discardableResult
    func writeConfig(_ text: String) throws -> String {
        let folder = url.appendingPathComponent("kmswizard")
        try Self.write(text, to: folder)
        return folder.appendingPathComponent("config.toml").path
    }

    /// Writes `config.toml` into `folder`, creating it.
    static func write(_ text: String, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("config.toml"))
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
