@testable import Renewal
import Foundation
import Testing

@Suite struct StateStoreTests {
    /// A fresh folder per test, removed afterwards.
    final class TemporaryFolder {
        let path: String
        init() {
            path = NSTemporaryDirectory() + "kmswizard-state-\(UUID().uuidString)"
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func machineIDIsMadeOnceAndKept() throws {
        let folder = TemporaryFolder()
        let store = StateStore(path: folder.path + "/kmswizard/state.json")
        let first = try store.machineID()
        let second = try StateStore(path: store.path).machineID()
        #expect(first == second)
        #expect(try store.load().machineID == first)
    }

    @Test func missingAndEmptyFilesAreFreshStates() throws {
        let folder = TemporaryFolder()
        let store = StateStore(path: folder.path + "/state.json")
        #expect(try store.load() == KMSWizardState())
        _ = FileManager.default.createFile(atPath: store.path, contents: Data())
        #expect(try store.load() == KMSWizardState())
    }

    @Test func corruptFileIsKeptAsideAndAFreshStateStarted() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/state.json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
        let recovered = Recorded()
        let store = StateStore(path: path, onRecovered: { recovered.set($0) })
        #expect(throws: StateError.corrupt(path: path, keptAt: nil)) { try store.load() }
        let id = try store.machineID()
        guard case let .corrupt(_, keptAt?) = recovered.value else {
            Issue.record("no recovery notice")
            return
        }
        #expect(try String(contentsOfFile: keptAt, encoding: .utf8) == "{ not json")
        #expect(try store.load().machineID == id)
    }

    @Test func futureVersionIsNeverOverwritten() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/state.json"
        let future = #"{"schemaVersion": 99, "products": {}}"#
        try Data(future.utf8).write(to: URL(fileURLWithPath: path))
        let store = StateStore(path: path)
        #expect(throws: StateError.futureVersion(path: path, found: 99)) { try store.machineID() }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == future)
    }

    @Test func concurrentUpdatesLoseNothing() async throws {
        let folder = TemporaryFolder()
        let store = StateStore(path: folder.path + "/state.json")
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    _ = try? store.update { state in
                        state.recordHostCheckFailure(FailureRecord(at: Date(timeIntervalSince1970: 0), code: "timeout"), for: "p\(index)")
                    }
                }
            }
        }
        #expect(try store.load().products.count == 40)
    }

    @Test func recordsRoundTripThroughTheFile() throws {
        let folder = TemporaryFolder()
        let store = StateStore(path: folder.path + "/state.json")
        let success = HostCheckRecord(at: Date(timeIntervalSince1970: 1_790_000_000), host: "127.0.0.1", port: 1688,
                                       epid: "03612-00206-556-123456-03-1033-17763.0000-0452024", protocolVersion: 6,
                                       clientCount: 50, activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
        try store.update { $0.recordHostCheck(success, for: "win10-enterprise") }
        try store.update { $0.recordHostCheckFailure(FailureRecord(at: success.at, code: "timeout", windowsCode: 0xC004F074), for: "win10-enterprise") }
        let record = try store.load().products["win10-enterprise"]
        #expect(record?.lastHostCheck == success)
        #expect(record?.lastHostCheckFailure?.windowsCode?.hex == "0xC004F074")
    }

    @Test func defaultPathFollowsXDG() {
        #expect(StateStore.defaultPath(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"]) == "/x/state/kmswizard/state.json")
        #expect(StateStore.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/kmswizard/state.json")
        #expect(StateStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.local/state/kmswizard/state.json")
    }
}

/// Collects a value from a @Sendable callback.
final class Recorded: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: StateError?
    var value: StateError? { lock.withLock { stored } }
    func set(_ value: StateError) { lock.withLock { stored = value } }
}
