import Foundation
import Testing
@testable import Localization

/// The strings file stays what translators edit; the program ships its texts compiled in
/// (`Sources/Localization/CompiledStrings.swift`, written by `make strings`). These keep the two
/// in step, and keep `$KMSWIZARD_RESOURCES` a way to try an edited file without rebuilding.
@Suite struct CompiledStringsTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)   // Tests/LocalizationTests/CompiledStringsTests.swift
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func fileTable() throws -> StringTable {
        try StringTable.read(path: packageRoot + "/Resources/" + StringTable.fileName)
    }

    /// Byte for byte what the generator makes of the strings file. `make strings` (this test
    /// with KMSWIZARD_UPDATE_STRINGS=1) rewrites the source instead.
    @Test func theCompiledSourceIsWhatTheGeneratorMakesOfTheFile() throws {
        let expected = try Self.fileTable().compiledSource()
        let path = Self.packageRoot + "/" + StringTable.compiledSourcePath
        if ProcessInfo.processInfo.environment["KMSWIZARD_UPDATE_STRINGS"] == "1" {
            try Data(expected.utf8).write(to: URL(fileURLWithPath: path))
        }
        let committed = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(committed == expected, "\(StringTable.compiledSourcePath) is stale: run `make strings` after editing \(StringTable.fileName)")
    }

    /// What the program looks up is what the file says, key for key and language for language.
    @Test func theCompiledTableHasTheFilesTexts() throws {
        let file = try Self.fileTable().entries
        let compiled = StringTable.compiled
        #expect(compiled.entries == file)
        for (key, byLanguage) in file {
            #expect(compiled.contains(key))
            for (language, text) in byLanguage { #expect(compiled.text(key, language) == text, "\(key) \(language)") }
        }
        #expect(!compiled.contains("no.such.key"))
        #expect(compiled.text("no.such.key", .en) == "⟦no.such.key⟧")
    }

    /// A text missing in a language is listed apart, so the compiled table says nil, not "".
    @Test func aMissingTextIsListedApartFromAnEmptyOne() {
        let source = StringTable(entries: ["a.b": [.en: "x"], "a.c": [.en: "", .zhTW: "y"]]).compiledSource()
        #expect(source.contains("    static let missing: [Int] = [1]\n"))
        #expect(source.contains("    static let starts: [UInt32] = [\n        0, 3, 3, 4, 7, 8, 8,\n"))
    }

    @Test func literalsEscapeWhatSwiftWouldReadOtherwise() {
        #expect(StringTable.escaped("a\"b\\c\n\t\u{1}國 \\(x)\"\"\"") == #"a\"b\\c\n\t\u{1}國 \\(x)\"\"\""#)
    }

    /// Without `$KMSWIZARD_RESOURCES` nothing is read; a folder there that holds a strings file
    /// wins (its texts, not the compiled ones); a folder without one leaves the compiled texts.
    @Test func aStringsFileInTheResourcesFolderOverridesTheCompiledTexts() throws {
        #expect(try StringTable.bundled(environment: [:]).contains("common.program.name"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-strings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try StringTable.bundled(environment: ["KMSWIZARD_RESOURCES": folder.path]).contains("common.program.name"))
        try Data(#"{"schemaVersion": 1, "t": {"k": {"en": "edited", "zh-TW": "改過"}}}"#.utf8)
            .write(to: folder.appendingPathComponent(StringTable.fileName))
        let edited = try StringTable.bundled(environment: ["KMSWIZARD_RESOURCES": folder.path])
        #expect(edited.text("t.k", .en) == "edited")
        #expect(!edited.contains("common.program.name"))
    }
}
