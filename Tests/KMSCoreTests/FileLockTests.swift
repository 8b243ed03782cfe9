import Foundation
import Platform
import Testing
import KMSCore

/// The one lock wait (`FileLock`, used by the state file and by renew): exclusive between
/// descriptors, bounded by its limit, ended by a signal, and never through a planted symlink.
@Suite struct FileLockTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aHeldLockMakesTheSecondWaitUntilItsLimitThenSucceedsOnceReleased() throws {
        let path = try Self.folder() + "/x.lock"
        do {
            let first = try FileLock(path: path, retrySeconds: 0.01, pendingSignal: { 0 })
            var told = 0
            #expect(throws: FileLock.Failure.busy(waitedSeconds: 5 * 0.01)) {
                _ = try FileLock(path: path, retrySeconds: 0.01, waitSeconds: 0.05, onWait: { told += 1 }, pendingSignal: { 0 })
            }
            #expect(told == 1)
            _ = first
        }
        // Released at the end of its scope: the next one takes it at once.
        #expect(throws: Never.self) { _ = try FileLock(path: path, retrySeconds: 0.01, waitSeconds: 0, pendingSignal: { 0 }) }
    }

    @Test func aSignalEndsTheWait() throws {
        let path = try Self.folder() + "/x.lock"
        let first = try FileLock(path: path, retrySeconds: 0.01, pendingSignal: { 0 })
        #expect(throws: FileLock.Failure.interrupted(signal: SIGINT)) {
            _ = try FileLock(path: path, retrySeconds: 0.01, pendingSignal: { SIGINT })
        }
        _ = first
    }

    @Test func aSymlinkAtTheLockPathIsRefusedNotFollowed() throws {
        let folder = try Self.folder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/x.lock", withDestinationPath: folder + "/target")
        #expect(throws: FileLock.Failure.cannotOpen(FileError(path: folder + "/x.lock", reason: .system(errno: ELOOP)))) {
            _ = try FileLock(path: folder + "/x.lock", retrySeconds: 0.01, pendingSignal: { 0 })
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/target"))
    }
}
