import Foundation
import Testing
import TestSupport

/// Replays the fuzz targets' regression inputs (Fuzz/regressions/<target>/) and a set of edge
/// inputs through the normally built `kmswizard-fuzz`, which runs each input through the same
/// parser code as libFuzzer does: a crash found once can never come back unnoticed.
@Suite("fuzz targets replay their regressions", .offCooperativePool)
struct FuzzReplayTests {
    static let targets = ["rpc", "rpc-client", "kms", "kms-plaintext", "ntp", "dns", "state", "strings", "catalog"]

    /// Inputs every parser must survive: empty, tiny, all ones, lengths at the PDU header's edges.
    static let edges: [[UInt8]] = [
        [], [0], [0xFF], [UInt8](repeating: 0xFF, count: 16), [UInt8](repeating: 0, count: 64),
        [5, 0, 2, 3, 0x10, 0, 0, 0, 0xFF, 0xFF, 0, 0, 2, 0, 0, 0] + [UInt8](repeating: 0xFF, count: 48),
        [5, 0, 12, 3, 0x10, 0, 0, 0, 16, 0, 0, 0, 2, 0, 0, 0],
        [0xFF, 0xFF] + [UInt8](repeating: 0x41, count: 300),
        Array("{\"schemaVersion\":1,\"products\":[{}]}".utf8), Array("{\"schemaVersion\":99999999999999999999}".utf8),
    ]

    @Test("each target survives its regressions and the edge inputs", arguments: targets)
    func replay(target: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-fuzz-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for (index, bytes) in Self.edges.enumerated() {
            let path = folder.appendingPathComponent("edge-\(index)").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let regressions = SourceTree.url("Fuzz/regressions/\(target)")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: regressions.path)) ?? []
        files += kept.sorted().map { regressions.appendingPathComponent($0).path }

        var environment = ProcessInfo.processInfo.environment
        environment["KMSWIZARD_FUZZ_TARGET"] = target
        let run = try ProcessRunner.run(try BuiltProducts.path("kmswizard-fuzz"), files, environment: environment,
                                          timeoutSeconds: 60)
        #expect(run.terminatingSignal == nil && run.exitStatus == 0, "\(target) on \(files.count) inputs: \(run)")
    }
}
