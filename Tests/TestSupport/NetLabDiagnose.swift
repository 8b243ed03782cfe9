import Foundation

/// Runs the real `kmswizard diagnose --json` inside a namespace and reads its answer.
public struct NetLabDiagnose: Sendable {
    public struct Check: Decodable, Sendable {
        public let id: String
        public let status: String
        public let value: String
        public let message: String
        public let hint: String?
        public let windowsCode: String?
    }

    public struct Report: Decodable, Sendable {
        public let schemaVersion: Int
        public let status: String
        public let verdict: String
        public let checks: [Check]

        /// The check with this id; a test failure (via the thrown error) when it is absent.
        public func check(_ id: String) throws -> Check {
            guard let found = checks.first(where: { $0.id == id }) else {
                throw NetLabProcess.Failure(command: ["diagnose"], detail: "no check \"\(id)\" in \(checks.map(\.id))")
            }
            return found
        }
    }

    public struct Run: Sendable {
        public let exitStatus: Int32
        public let seconds: Double
        public let stdout: String
        public let stderr: String
        /// Nil when stdout is not the JSON object (then `stdout`/`stderr` say why).
        public let report: Report?
    }

    /// The kmswizard binary built beside the test bundle (the directory of /proc/self/exe).
    public static var binary: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("kmswizard").path
    }

    /// `kmswizard diagnose ARGUMENTS` in `namespace` (adds `--json` unless `json` is false).
    public static func run(in namespace: String, _ arguments: [String], json: Bool = true, timeout: Double = 30) throws -> Run {
        let command = [binary, "diagnose"] + arguments + (json ? ["--json"] : [])
        let finished = try NetLabProcess.run(["ip", "netns", "exec", namespace] + command, timeout: timeout)
        let report = json ? try? JSONDecoder().decode(Report.self, from: Data(finished.stdout.utf8)) : nil
        return Run(exitStatus: finished.status, seconds: finished.seconds, stdout: finished.stdout,
                   stderr: finished.stderr, report: report)
    }
}
