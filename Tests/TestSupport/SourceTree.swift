import Foundation

/// The package's own folders as tests find them, from this file's place in a clone
/// (Tests/TestSupport/SourceTree.swift), so that a clone alone is complete.
public enum SourceTree {
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// A file or folder of the clone, by its path from the package root (`Tests/Fixtures/kms`).
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }
}
