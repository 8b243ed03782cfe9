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
        public let elapsedMilliseconds: Int
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
        public let process: ProcessResult
        /// Nil when stdout is not the JSON object (then `process` says why).
        public let report: Report?
        public var exitStatus: Int32 { process.status }
        public var seconds: Double { process.seconds }
        public var stdout: String { process.stdout }
        public var stderr: String { process.stderr }
    }

    /// `kmswizard diagnose ARGUMENTS` in `namespace` (adds `--json` unless `json` is false).
    public static func run(in namespace: String, _ arguments: [String], json: Bool = true, timeout: Double = 30) throws -> Run {
        let command = [try BuiltProducts.path("kmswizard"), "diagnose"] + arguments + (json ? ["--json"] : [])
        let finished = try NetLabProcess.run(["ip", "netns", "exec", namespace] + command, timeout: timeout)
        let report = json ? try? JSONDecoder().decode(Report.self, from: Data(finished.stdout.utf8)) : nil
        return Run(process: finished, report: report)
    }
}
