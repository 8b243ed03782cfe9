import Foundation
import Testing
import TestSupport

/// The operating system is chosen in one file (issue 15): `Sources/Platform/Platform.swift`
/// admits Linux and ends in `#error` otherwise, and no other source file asks which system or
/// C library it is built for.
@Suite struct PlatformSwitchTests {
    static let platformFile = "Sources/Platform/Platform.swift"

    @Test func onlyThePlatformFileAsksWhichSystemItIsBuiltFor() throws {
        let switches = try NetworkCallSiteTests.sourceFiles().flatMap { file in
            file.text.split(separator: "\n").enumerated().compactMap { index, line -> String? in
                let code = line.trimmingCharacters(in: .whitespaces)
                let asks = code.hasPrefix("#if") || code.hasPrefix("#elseif")
                return asks && (code.contains("canImport(") || code.contains("os(")) ? "\(file.path):\(index + 1)" : nil
            }
        }
        #expect(switches.allSatisfy { $0.hasPrefix(Self.platformFile + ":") }, "\(switches)")
        #expect(!switches.isEmpty, "Platform.swift's own switch was not found: the scan reads nothing")
    }

    @Test func anyOtherSystemStopsTheBuildWithAMessage() throws {
        let text = try String(contentsOf: SourceTree.url(Self.platformFile), encoding: .utf8)
        #expect(text.contains("#if os(Linux)"))
        #expect(text.contains("#error("))
    }
}
