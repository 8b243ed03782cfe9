import Foundation

/// Runs a program with a time limit and captures stdout, stderr and the exit status.
///
/// Output goes to temporary files rather than pipes, so a chatty child can never block on a full
/// pipe while we wait for it; a child past its limit gets SIGTERM, then SIGKILL.
public enum ProcessRunner {
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           timeoutSeconds: Double) throws -> ProcessResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let timedOut = !waitForExit(process, seconds: timeoutSeconds)
        if timedOut {
            process.terminate()
            if !waitForExit(process, seconds: 2) { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try out.close()
        try err.close()
        return ProcessResult(status: process.terminationStatus,
                             stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                             stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "",
                             timedOut: timedOut, seconds: Date().timeIntervalSince(started))
    }

    /// True when the process ended within `seconds`.
    static func waitForExit(_ process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() >= deadline { return false }
            usleep(10_000)
        }
        return true
    }
}
