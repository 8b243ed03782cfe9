import Foundation

/// The test KMS host (`kms-test-responder`) running as a child process on loopback.
///
/// Starting it waits (bounded) for the port it prints; `stop()` ends it, and it also ends by itself
/// after its own deadline, so a failed test never leaves it behind for long.
public final class ResponderProcess: @unchecked Sendable {
    public let port: UInt16
    public let logPath: String
    private let process: Process
    private let directory: URL

    /// - Parameter arguments: responder options besides --port/--log, e.g. ["--behaviour", "slowloris"].
    public init(_ arguments: [String], address: String = "127.0.0.1", connections: Int = 1,
                deadlineSeconds: Double = 30, logPath: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kms-responder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.logPath = logPath ?? directory.appendingPathComponent("requests.log").path
        let output = Pipe()
        process = Process()
        process.executableURL = URL(fileURLWithPath: try BuiltProducts.path("kms-test-responder"))
        process.arguments = ["--address", address, "--port", "0", "--connections", String(connections),
                             "--deadline", String(deadlineSeconds), "--log", self.logPath] + arguments
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        guard let line = Self.firstLine(of: output.fileHandleForReading.fileDescriptor, withinMilliseconds: 10_000),
              let port = UInt16(line) else {
            // deinit does not run for an init that throws, so clean up here what it would have.
            process.terminate()
            _ = ProcessRunner.waitForExit(process, seconds: 2)
            try? FileManager.default.removeItem(at: directory)
            throw BuiltProducts.Missing(description: "kms-test-responder did not print its port")
        }
        self.port = port
    }

    deinit { stop() }

    /// The request lines the responder logged so far.
    public var loggedRequests: [String] {
        ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").split(separator: "\n")
            .map(String.init).filter { $0.hasPrefix("request ") }
    }

    public func stop() {
        if process.isRunning {
            process.terminate()
            if !ProcessRunner.waitForExit(process, seconds: 2) { kill(process.processIdentifier, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Waits until the responder has exited by itself (after serving its connections).
    public func waitForExit(seconds: Double) -> Bool {
        ProcessRunner.waitForExit(process, seconds: seconds)
    }

    private static func firstLine(of descriptor: Int32, withinMilliseconds limit: Int32) -> String? {
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(Double(limit) / 1000)
        while bytes.last != 0x0A, bytes.count < 64 {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let remaining = Int32(max(deadline.timeIntervalSinceNow * 1000, 0))
            guard poll(&ready, 1, remaining) == 1 else { return nil }
            var byte: UInt8 = 0
            guard read(descriptor, &byte, 1) == 1 else { return nil }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
