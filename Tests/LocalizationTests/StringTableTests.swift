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
