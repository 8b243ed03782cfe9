import Foundation

/// Runs the real `kmswizard diagnose --json` (through `Kmswizard`) inside a namespace and reads its answer.
public struct NetLabDiagnose: Sendable {
    public struct Check: Decodable, Sendable {
        public let id: String
        public let status: String
        public let value: String
        public let message: String
        public let hint: String?
        public let windowsCode: String?
        public let data: CheckData
    }

    /// The few `data` fields tests read; the schema test checks the rest.
    public struct CheckData: Decodable, Sendable {
        public let place: String?
        public let outcome: String?
        public let failure: String?
        public let offsetSeconds: Double?
        public let milliseconds: Int?
    }

    /// One piece of the situation's advice.
    public struct Advice: Decodable, Sendable {
        public let kind: String
        public let windowsCode: String
        public let lines: [String]
    }

    public struct Report: Decodable, Sendable {
        public let schemaVersion: Int
        public let status: String
        public let verdict: String
        public let elapsedMilliseconds: Int
        public let checks: [Check]
        public let advice: [Advice]

        /// The check with this id; a test failure (via the thrown error) when it is absent.
        public func check(_ id: String) throws -> Check {
            guard let found = checks.first(where: { $0.id == id }) else {
                throw ChildProcess.Failure(command: ["diagnose"], detail: "no check \"\(id)\" in \(checks.map(\.id))")
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

    /// `kmswizard diagnose ARGUMENTS` in `namespace` (adds `--json` unless `json` is false), with
    /// TZ=`zone` (the campus zone unless a test wants another) and, when `clockShift` is given
    /// (libfaketime's `-5d`, `+300s`), a clock that runs that far off.
    public static func run(in namespace: String, _ arguments: [String], json: Bool = true, zone: String = "Asia/Taipei",
                           clockShift: String? = nil, timeout: Double = 30) throws -> Run {
        var prefix = ["ip", "netns", "exec", namespace]
        // The faketime wrapper, not LD_PRELOAD: Swift finds argv through environ, which libfaketime moves.
        if let clockShift { prefix += ["faketime", "-f", clockShift] }
        // The kms check keeps this computer's machine ID in the state file: a private one per run.
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("netlab-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        var changes: [String: String?] = ["TZ": zone, "SWIFT_BACKTRACE": "enable=no", "XDG_STATE_HOME": state.path]
        if clockShift != nil { changes["FAKETIME_DONT_FAKE_MONOTONIC"] = "1" }
        let finished = try Kmswizard.run(["diagnose"] + arguments + (json ? ["--json"] : []), environment: .inherited(changes),
                                         prefix: prefix, timeout: timeout)
        let report = json ? try? JSONDecoder().decode(Report.self, from: Data(finished.stdout.utf8)) : nil
        return Run(process: finished, report: report)
    }
}
