import Foundation
import Testing
@testable import Localization

/// docs/glossary.md is the one list of names every text uses: no text in the strings file uses a
/// word from its "avoid" columns.
@Suite struct GlossaryTests {
    /// The words one row of the table says to avoid, per language.
    struct Row {
        var avoid: [Language: [String]]
    }

    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Tests/LocalizationTests/GlossaryTests.swift
        return url
    }()

    /// The rows of the table under "## Terms" (zh-TW term, English term, meaning, then the
    /// back-quoted words to avoid in zh-TW and in English).
    static func rows() throws -> [Row] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/glossary.md"), encoding: .utf8)
        let section = text.components(separatedBy: "## Terms").dropFirst().first?.components(separatedBy: "\n## ").first ?? ""
        return section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| zh-TW") }.map { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            func quoted(_ cell: String) -> [String] { cell.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element) }
            return Row(avoid: [.zhTW: quoted(cells[4]), .en: quoted(cells[5])])
        }
    }

    @Test func theGlossaryIsReadable() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 15, "rows read: \(rows.count)")
        #expect(rows.flatMap { $0.avoid[.zhTW] ?? [] }.contains("續約"))
        #expect(rows.flatMap { $0.avoid[.en] ?? [] }.contains("KMS server"))
    }

    @Test func noTextUsesAWordTheGlossaryAvoids() throws {
        let rows = try Self.rows()
        let table = try StringTable.bundled()
        for (key, texts) in table.entries.sorted(by: { $0.key < $1.key }) {
            for language in Language.allCases {
                guard let text = texts[language] else { continue }
                for avoided in rows.flatMap({ $0.avoid[language] ?? [] }) where text.range(of: avoided, options: avoided == avoided.lowercased() ? .caseInsensitive : []) != nil {
                    Issue.record("\(key) (\(language.rawValue)) says \"\(avoided)\": \(texts[language] ?? "")")
                }
            }
        }
    }
}
