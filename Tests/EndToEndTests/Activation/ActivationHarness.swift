import Foundation
import TestSupport

/// Runs the real `kmswizard` binary (through `Kmswizard`) against the test responder, with its own state folder.
struct EndToEndHarness {
    let stateHome: URL

    init() throws {
        stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: stateHome)
    }

    /// `kmswizard activate ARGS --json` with XDG_STATE_HOME in our folder; the JSON object parsed.
    func activate(_ arguments: [String], timeoutSeconds: Double = 30) throws -> (ProcessResult, [String: Any]) {
        let result = try Kmswizard.run(["activate", "--json"] + arguments,
                                       environment: .inherited(["XDG_STATE_HOME": stateHome.path, "LC_ALL": "C.UTF-8"]),
                                       timeout: timeoutSeconds)
        let object = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Any] ?? [:]
        return (result, object)
    }

    /// `kmswizard ARGUMENTS` as they are (no --json, the caller's locale) with XDG_STATE_HOME in our folder.
    func run(_ arguments: [String], timeoutSeconds: Double, signals: [ProcessRunner.ScheduledSignal] = []) throws -> ProcessResult {
        try Kmswizard.run(arguments, environment: .inherited(["XDG_STATE_HOME": stateHome.path]), timeout: timeoutSeconds,
                          signals: signals)
    }

    /// The state file the runs wrote.
    func state() throws -> [String: Any] {
        let data = try Data(contentsOf: stateHome.appendingPathComponent("kmswizard/state.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

extension Dictionary where Key == String, Value == Any {
    func string(_ key: String) -> String? { self[key] as? String }
    func int(_ key: String) -> Int? { (self[key] as? NSNumber)?.intValue }
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    func isNull(_ key: String) -> Bool { self[key] is NSNull }
}
