import Foundation

/// The test KMS host (`kms-test-responder`) running as a child process on loopback.
///
/// Starting it waits (bounded) for the port it prints; `stop()` ends it, and it also ends by itself
/// after its own deadline, so a failed test never leaves it behind for long. Starting and stopping
/// block the calling thread briefly: use it from tests under `.offCooperativePool`.
public final class ResponderProcess: @unchecked Sendable {
    public let port: UInt16
    public let logPath: String
    private let child: ChildProcess
    private let directory: URL

    /// - Parameter arguments: responder options besides --port/--log, e.g. ["--behaviour", "slowloris"].
    public init(_ arguments: [String], address: String = "127.0.0.1", connections: Int = 1,
                deadlineSeconds: Double = 30, logPath: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kms-responder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.logPath = logPath ?? directory.appendingPathComponent("requests.log").path
        let output = directory.appendingPathComponent("stdout").path
        let started: ChildProcess
        do {
            started = try ChildProcess.spawn(
                [try BuiltProducts.path("kms-test-responder"), "--address", address, "--port", "0",
                 "--connections", String(connections), "--deadline", String(deadlineSeconds), "--log", self.logPath] + arguments,
                stdout: output, stderr: "/dev/null")
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        guard let port = Self.printedPort(in: output, of: started, withinSeconds: 10) else {
            // deinit does not run for an init that throws, so clean up here what it would have.
            started.stop()
            try? FileManager.default.removeItem(at: directory)
            throw BuiltProducts.Missing(description: "kms-test-responder did not print its port")
        }
        child = started
        self.port = port
    }

    deinit { stop() }

    /// The request lines the responder logged so far.
    public var loggedRequests: [String] {
        ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").split(separator: "\n")
            .map(String.init).filter { $0.hasPrefix("request ") }
    }

    public func stop() {
        child.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Waits until the responder has exited by itself (after serving its connections).
    public func waitForExit(seconds: Double) -> Bool {
        child.wait(timeout: seconds) != nil
    }

    /// The port on the first line the responder wrote to `path`, polled until it is complete.
    private static func printedPort(in path: String, of child: ChildProcess, withinSeconds limit: Double) -> UInt16? {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            let running = child.isRunning
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if let newline = text.firstIndex(of: "\n") {
                return UInt16(text[..<newline].trimmingCharacters(in: .whitespaces))
            }
            guard running else { return nil }
            usleep(5_000)
        }
        return nil
    }
}
