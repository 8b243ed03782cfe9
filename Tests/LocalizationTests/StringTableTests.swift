import Testing
import Foundation
@testable import Localization

@Suite struct StringTableTests {
    @Test func bundledTableHasEveryTextInBothLanguages() throws {
        let table = try StringTable.bundled()
        #expect(!table.entries.isEmpty)
        #expect(table.incompleteKeys == [], "texts missing a language: \(table.incompleteKeys)")
    }

    @Test func placeholdersAreFilledAndUnknownOnesKept() {
        #expect(StringTable.fill("host {host}:{port} {x}", ["host": "127.0.0.1", "port": "1688"]) == "host 127.0.0.1:1688 {x}")
        #expect(StringTable.fill("open { brace", ["a": "b"]) == "open { brace")
    }

    @Test func missingKeyShowsItselfInsteadOfCrashing() {
        let table = StringTable(entries: [:])
        #expect(table.text("nope.key", .en) == "⟦nope.key⟧")
    }

    @Test func malformedAndFutureFilesAreTypedErrors() {
        #expect(throws: StringTable.LoadError.self) { try StringTable(json: Data("{".utf8)) }
        do {
            _ = try StringTable(json: Data(#"{"schemaVersion": 9}"#.utf8))
            Issue.record("a future schema must not load")
        } catch {
            guard case .unsupportedSchema(_, 9) = error else { Issue.record("wrong error \(error)"); return }
        }
    }

    @Test(arguments: [
        (["LANG": "en_US.UTF-8"], Language.en),
        (["LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"], Language.zhTW),
        (["LANG": "zh_TW.UTF-8"], Language.zhTW),
        ([:], Language.zhTW),
    ])
    func languageFollowsTheLocaleEnvironment(environment: [String: String], expected: Language) {
        #expect(Language.fromEnvironment(environment) == expected)
    }
}

@Suite struct StringsFileLayoutTests {
    /// JSON decoders keep the last of two equal keys without a word, so a text written twice in
    /// one area would silently replace the first: the file itself is checked line by line.
    @Test func noKeyIsWrittenTwiceInOneArea() throws {
        let text = try String(contentsOfFile: try ResourceLocator.path(of: StringTable.fileName), encoding: .utf8)
        var area = ""
        var seen = Set<String>()
        var duplicates: [String] = []
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("\""), let close = trimmed.dropFirst().firstIndex(of: "\"") else { continue }
            let key = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
            let indent = line.count - trimmed.count
            if indent == 2 {
                area = key
            } else if indent == 4, !seen.insert(area + "." + key).inserted {
                duplicates.append(area + "." + key)
            }
        }
        #expect(seen.count > 10)
        #expect(duplicates == [], "keys written twice: \(duplicates)")
    }
}
