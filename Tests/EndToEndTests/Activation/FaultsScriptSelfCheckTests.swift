@testable import WindowsBridge
import Foundation
import Testing
import TestSupport
import Localization

/// The generated `.cmd` protects itself (issue 14, point 2): before any command that changes
/// something it looks for its own end marker as a whole line (`findstr /l /x` on `%~f0`) and stops
/// when the marker is missing. No Windows here: the checks read the file's structure and cut it
/// at every length, with findstr's whole-line match modelled on the bytes.
@Suite struct FaultsScriptSelfCheckTests {
    static let plans: [WindowsActivationPlan] = [
        try! ScriptSamples.plan([ScriptSamples.win10, ScriptSamples.office2016, ScriptSamples.office2010], keys: true),
        try! ScriptSamples.plan([ScriptSamples.win7], keys: false),
    ]

    static func bytes(_ plan: WindowsActivationPlan) throws -> [UInt8] {
        try BatchScriptRenderer(table: try StringTable.bundled()).renderFile(plan)
    }

    /// What `findstr /l /x /c:"MARKER"` finds in these bytes: a line (ended by CRLF or by the end
    /// of the file) that is exactly the marker.
    static func findstrFindsMarker(_ bytes: ArraySlice<UInt8>) -> Bool {
        let marker = Array(BatchScriptRenderer.endMarker.utf8)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.contains { Array($0) == marker }
    }

    @Test(arguments: plans) func theMarkerIsTheLastLineAndTheCheckComesFirst(plan: WindowsActivationPlan) throws {
        let text = BatchScriptRenderer(table: try StringTable.bundled()).render(plan)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.last == "" && lines.dropLast().last == BatchScriptRenderer.endMarker)
        let check = try #require(lines.firstIndex { $0.hasPrefix("findstr ") && $0.contains("\"%~f0\"") })
        #expect(lines[check].contains("/x") && lines[check].contains("/c:\"\(BatchScriptRenderer.endMarker)\""))
        // Nothing that acts runs before the check, and it stops with the reason in both languages.
        let firstAction = try #require(lines.firstIndex { $0.hasPrefix("fltmc") || $0.hasPrefix("cscript") })
        #expect(check < firstAction && check > lines.firstIndex(of: "chcp 950 >nul")!)
        let stop = lines[check...firstAction].filter { $0.hasPrefix("if \"%KMSWIZARD_WHOLE%\"==\"0\" ") }
        #expect(stop.contains { $0.contains("這個檔案不完整") } && stop.contains { $0.contains("This file is incomplete") })
        #expect(stop.last == "if \"%KMSWIZARD_WHOLE%\"==\"0\" exit /b \(BatchScriptRenderer.truncatedStatus)")
        // The check line is not itself a whole-line match, and the marker is there once.
        #expect(lines.filter { $0 == BatchScriptRenderer.endMarker }.count == 1)
    }

    /// Cut at every length: only a copy that holds the whole marker line passes the check.
    @Test(arguments: plans) func everyTruncatedCopyStops(plan: WindowsActivationPlan) throws {
        let bytes = try Self.bytes(plan)
        #expect(Self.findstrFindsMarker(bytes[...]))
        let markerStart = bytes.count - BatchScriptRenderer.endMarker.utf8.count - 2
        for length in 0..<bytes.count {
            let passes = Self.findstrFindsMarker(bytes[..<length])
            #expect(passes == (length >= bytes.count - 2), "cut at \(length) of \(bytes.count) (marker from \(markerStart))")
        }
    }
}

extension WindowsActivationPlan: CustomTestStringConvertible {
    public var testDescription: String { groups.flatMap(\.products).map(\.shortName).joined(separator: "+") }
}
