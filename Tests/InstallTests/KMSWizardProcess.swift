import Foundation
import Testing

/// Runs the built `kmswizard` (the one next to this test bundle) as users do: a real process,
/// with an environment the test chooses, output captured through files so that nothing can
/// block, and a deadline after which it is killed.
struct KMSWizardProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `<build dir>/kmswizard`: `swift build --build-tests` builds it beside the test bundle.
    static let binary: String = {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: bundle).deletingLastPathComponent()
        if directory.lastPathComponent == "MacOS" {   // an .xctest bundle on Darwin
            directory = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        return directory.appendingPathComponent("kmswizard").path
    }()

    /// A minimal environment: no HOME config, no locale, no KMSWIZARD_* from the developer's shell.
    static func cleanEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent-kmswizard-home", "TERM": "dumb"]
        environment.merge(extra) { _, new in new }
        return environment
    }

    static func run(_ arguments: [String], environment: [String: String], seconds: Double = 20) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("kmswizard \(arguments) did not finish within \(seconds) s")
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOf: out, encoding: .utf8),
                      stderr: try String(contentsOf: err, encoding: .utf8))
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
