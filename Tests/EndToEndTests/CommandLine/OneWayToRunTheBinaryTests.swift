import Foundation
import Testing
import TestSupport

/// Every test runs the built binary through `Kmswizard` (Tests/TestSupport/Kmswizard.swift):
/// no other file in Tests/ names its path or builds one from the products folder.
@Suite struct OneWayToRunTheBinaryTests {
    /// The Swift files under Tests/ (paths from the package root) whose text contains `needle`.
    static func files(containing needle: String) throws -> [String] {
        let tests = SourceTree.url("Tests")
        let walker = try #require(FileManager.default.enumerator(atPath: tests.path))
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".swift"),
                  let text = try? String(contentsOf: tests.appendingPathComponent(relative), encoding: .utf8),
                  text.contains(needle) else { continue }
            found.append("Tests/" + relative)
        }
        return found.sorted()
    }

    @Test func onlyTheHelperNamesTheBinarysPath() throws {
        // Put together here so that this file does not name it itself.
        let named = try Self.files(containing: "path(\"" + "kmswizard\")")
        #expect(named == ["Tests/TestSupport/Kmswizard.swift"], "run the binary with Kmswizard.run/shell/inTmux instead")
    }

    @Test func onlyTheHelperFindsTheProductsFolder() throws {
        let named = try Self.files(containing: "BuiltProducts" + ".directory")
        #expect(named == ["Tests/TestSupport/Kmswizard.swift"], "Kmswizard.directory is the folder the binary is in")
    }
}
