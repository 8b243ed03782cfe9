import Platform
import KMSCore
import Testing
@testable import Wizard

/// glibc's wcwidth, which ncursesw uses to place characters (not declared by Swift's Glibc module).
@_silgen_name("wcwidth") private func glibcWcwidth(_ character: Int32) -> Int32

@Suite(.serialized) struct CellWidthTests {
    /// The ranges the wizard draws: ASCII, Latin, combining marks, arrows, box drawing, shapes,
    /// braille (spinner), CJK punctuation, kana, bopomofo, ideographs, Hangul, fullwidth forms.
    static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0x36F, 0x2010...0x2027, 0x2190...0x21FF, 0x2460...0x24FF, 0x2500...0x25FF,
        0x2700...0x27BF, 0x2800...0x28FF, 0x2E80...0x2FDF, 0x3000...0x33FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE6F, 0xFF00...0xFFEF, 0x1F300...0x1F64F, 0x20000...0x2A6DF,
    ]

    /// C.UTF-8 for this thread only (`uselocale`): `setlocale` would change the locale of every
    /// test running beside this one, and glibc does not allow that while other threads use it.
    @Test func agreesWithGlibcUnderCUTF8() throws {
        let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "the C.UTF-8 locale must exist")
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        var disagreements: [String] = []
        var compared = 0
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let glibc = Int(glibcWcwidth(Int32(bitPattern: value)))
                guard glibc >= 0 else { continue }   // unassigned in glibc's tables
                compared += 1
                if CellWidth.of(scalar) != glibc, disagreements.count < 20 {
                    disagreements.append("U+\(String(value, radix: 16, uppercase: true)) ours \(CellWidth.of(scalar)) glibc \(glibc)")
                }
            }
        }
        #expect(compared > 40_000)
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test func knownWidths() {
        #expect(CellWidth.of("國立高雄師範大學 啟用") == 21)
        #expect(CellWidth.of("Ａ") == 2)
        #expect(CellWidth.of("─┌┐│") == 4)
        #expect(CellWidth.of("e\u{301}") == 1)
        #expect(CellWidth.of("[OK] ✔ ✘") == 8)
    }
}
