import Foundation

/// Finds the executables SwiftPM built next to the running test bundle (the directory of
/// /proc/self/exe: .build/debug/ when `swift test` runs).
public enum BuiltProducts {
    public struct Missing: Error, CustomStringConvertible {
        public let description: String
    }

    public static var directory: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        // On some layouts the bundle is a folder (.xctest/...); climb out of it.
        while folder.path.contains(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder.path
    }

    /// The path of a built product, e.g. "kmswizard" or "kms-test-responder".
    public static func path(_ name: String) throws -> String {
        let path = directory + "/" + name
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Missing(description: "\(name) is not built in \(directory); run `swift build --build-tests` first")
        }
        return path
    }
}
