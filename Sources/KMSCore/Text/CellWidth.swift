/// How many terminal cells a character takes, decided in Swift so the pure wizard library can
/// lay out text without a locale (glibc's `wcwidth` only answers after `setlocale` with UTF-8).
///
/// The rules follow glibc's C.UTF-8 tables, which ncursesw uses when it draws: East Asian Wide
/// and Fullwidth characters take two cells, combining marks and format characters none,
/// everything else (including East Asian Ambiguous ones such as box drawing and ①) one.
/// The one cell width of the program: the wizard's grid, the help, the product table and the
/// activate screen all count with it. `WizardTests.CellWidthTests` compares this against glibc's `wcwidth` for the ranges we draw.
public enum CellWidth {
    /// Cells taken by one Unicode scalar: 0, 1 or 2. Control characters count as 1 because the
    /// screen replaces them with a visible stand-in before drawing (see `Screen.sanitized`).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }                     // ASCII, Latin-1, Latin Extended: the common case first
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) { return 2 }
        return 1
    }

    /// Cells taken by one grapheme cluster: its scalars summed, at most 2 (an emoji sequence joined
    /// by ZWJ is drawn as one wide picture), at least 1 for anything visible.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return min(max(total, 1), 2)
    }

    /// Cells taken by a whole string.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return true }   // Hangul medial/final jamo, zero width space
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        case .format: return value != 0x00AD && !(0x0600...0x0605).contains(value) && value != 0x06DD && value != 0x110BD
        default: return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, as glibc 2.36 treats them.
    private static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        for range in wideRanges where range.contains(value) { return true }
        guard value >= 0x231A, let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains(value)
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x2329...0x232A,   // angle brackets
        0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x4DBF,   // kana, Bopomofo, Hangul compatibility jamo, Kanbun, enclosed CJK, CJK Extension A
        0x4E00...0xA4CF,   // CJK unified ideographs, Yi
        0xA960...0xA97F,   // Hangul Jamo Extended-A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00...0xFF60,   // fullwidth forms
        0xFFE0...0xFFE6,   // fullwidth signs
        0x16FE0...0x16FE4, 0x17000...0x18CD5, 0x1B000...0x1B2FB,   // Tangut, Kana supplement, Nushu
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,   // enclosed ideographic supplement
        0x20000...0x2FFFD, // CJK Extensions B..F
        0x30000...0x3FFFD, // CJK Extension G and beyond
    ]
}
