import KMSCore
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
        #expect(Language.fromEnvironment(Variables(environment)) == expected)
    }
}

@Suite struct StringsFileLayoutTests {
    /// A text written twice in one area would silently replace the first in a JSON decoder; the
    /// table refuses it, and the same language twice in one text.
    @Test func aKeyOrALanguageWrittenTwiceIsRefused() {
        for json in [#"{"schemaVersion": 1, "a": {"k": {"en": "x"}, "k": {"en": "y"}}}"#,
                     #"{"schemaVersion": 1, "a": {"k": {"en": "x", "en": "y"}}}"#] {
            do {
                _ = try StringTable(json: Data(json.utf8))
                Issue.record("loaded \(json)")
            } catch {
                guard case let .malformed(_, reason) = error else { Issue.record("wrong error \(error)"); continue }
                #expect(reason.contains("twice"), "\(reason)")
            }
        }
    }

    /// The bundled file read by `JSONReader` gives exactly what Foundation's JSONSerialization reads.
    @Test func theBundledFileReadsAsFoundationReadsIt() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: try ResourceLocator.path(of: StringTable.fileName)))
        let table = try StringTable(json: data)
        let foundation = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var expected: [String: [Language: String]] = [:]
        for (area, texts) in foundation where area != "schemaVersion" {
            for (key, translations) in try #require(texts as? [String: [String: String]]) {
                expected[area + "." + key] = Dictionary(uniqueKeysWithValues: translations.map { (Language(rawValue: $0.key)!, $0.value) })
            }
        }
        #expect(table.entries.count == expected.count)
        #expect(table.entries == expected)
        #expect(table.entries.count > 500)
    }
}
