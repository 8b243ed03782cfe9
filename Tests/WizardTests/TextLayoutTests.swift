import KMSCore
import Localization
import Testing
@testable import Wizard

@Suite struct TextLayoutTests {
    @Test func wrapsChineseByCellsWithoutSplittingCharacters() {
        let text = "這個精靈會一步一步帶您用學校的 KMS 伺服器啟用校園授權的 Windows 和 Office。"
        for width in [7, 10, 21, 40] {
            let lines = TextLayout.wrap(text, width: width)
            #expect(lines.allSatisfy { CellWidth.of($0) <= width }, "width \(width): \(lines)")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test func chinesePunctuationNeverStartsALine() {
        let lines = TextLayout.wrap("一二三四，五六", width: 8)
        #expect(lines == ["一二三", "四，五六"])
        // After a Latin word as well: "、" stays with "config.toml".
        #expect(TextLayout.wrap("改用 config.toml、環境變數", width: 15) == ["改用", "config.toml、環", "境變數"])
    }

    /// A bracketed phrase keeps its opening bracket: "不存在（" / "NXDOMAIN）" never happens.
    @Test func anOpeningBracketNeverEndsALine() {
        #expect(TextLayout.wrap("名稱不存在（NXDOMAIN）", width: 12) == ["名稱不存在", "（NXDOMAIN）"])
        #expect(TextLayout.wrap("一二三（四五）", width: 8) == ["一二三", "（四五）"])
        for width in 4...30 {
            let lines = TextLayout.wrap("已連上，耗時 0 毫秒（本機位址 127.0.0.1，介面 lo）。請選「(UTC+08:00) 台北」。", width: width)
            #expect(lines.allSatisfy { !($0.last.map { "（「『《〈".contains($0) } ?? false) }, "width \(width): \(lines)")
        }
    }

    @Test func wrapsEnglishAtSpacesAndBreaksOnlyOverlongWords() {
        #expect(TextLayout.wrap("activate the campus licence", width: 12) == ["activate the", "campus", "licence"])
        #expect(TextLayout.wrap("0123456789ABCDEF", width: 6) == ["012345", "6789AB", "CDEF"])
        #expect(TextLayout.wrap("a\nb", width: 5) == ["a", "b"])
    }

    @Test func truncatesByCellsWithAnEllipsis() {
        #expect(TextLayout.truncate("啟用精靈", width: 5) == "啟用…")
        #expect(TextLayout.truncate("啟用精靈", width: 8) == "啟用精靈")
        #expect(TextLayout.truncate("abcdef", width: 4, ellipsis: "...") == "a...")
        #expect(CellWidth.of(TextLayout.pad("啟用", width: 7)) == 7)
    }

    @Test func labelsTakeTheColonOfTheirLanguage() {
        #expect(TextLayout.labelHead("伺服器 ePID") == "伺服器 ePID：")
        #expect(TextLayout.labelHead("時區") == "時區：")
        #expect(TextLayout.labelHead("Host ePID") == "Host ePID: ")
    }
}
