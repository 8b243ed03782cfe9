import KMSCore
import Localization

/// Cutting and wrapping text by terminal cells, never by characters or bytes, so that a line of
/// Traditional Chinese (two cells per character) fits exactly and no character is split.
public enum TextLayout {
    /// Lines of at most `width` cells. Breaks at spaces, between wide (CJK) characters, and inside
    /// a word only when the word alone is wider than the line. `\n` starts a new line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(paragraph, width: width)
        }
        return lines
    }

    /// `text` cut to at most `width` cells, ending in `ellipsis` when something was cut.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if CellWidth.of(text) <= width { return text }
        let room = width - CellWidth.of(ellipsis)
        guard room >= 0 else { return prefix(text, width: width) }
        return prefix(text, width: room) + ellipsis
    }

    /// The longest prefix of `text` that fits in `width` cells.
    public static func prefix(_ text: some StringProtocol, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let cells = CellWidth.of(character)
            if used + cells > width { break }
            result.append(character)
            used += cells
        }
        return result
    }

    /// A label with the colon of its language, two cells either way: fullwidth after a label
    /// written in Chinese (even one ending in a Latin word, as "伺服器 ePID"), ASCII plus a space otherwise.
    public static func labelHead(_ label: String) -> String {
        label + (label.contains { CellWidth.of($0) == 2 } ? "：" : ": ")
    }

    /// `text` padded with spaces to exactly `width` cells (cut first when longer).
    public static func pad(_ text: String, width: Int) -> String {
        let cut = prefix(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - CellWidth.of(cut)))
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var pendingSpace = false
        func flush() {
            lines.append(line)
            line = ""
            lineWidth = 0
            pendingSpace = false
        }
        for token in tokens(paragraph) {
            if token == " " {
                pendingSpace = lineWidth > 0
                continue
            }
            var rest = Substring(token)
            while !rest.isEmpty {
                let tokenWidth = CellWidth.of(rest)
                let gap = pendingSpace ? 1 : 0
                if lineWidth + gap + tokenWidth <= width {
                    line += (pendingSpace ? " " : "") + rest
                    lineWidth += gap + tokenWidth
                    pendingSpace = false
                    rest = ""
                } else if lineWidth > 0 {
                    flush()
                } else {
                    let piece = prefix(rest, width: width)
                    let taken = piece.isEmpty ? String(rest.prefix(1)) : piece   // a wide char in a 1-cell line
                    line = piece
                    lineWidth = CellWidth.of(piece)
                    rest = rest.dropFirst(taken.count)
                    flush()
                }
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Chinese punctuation that must not begin a line; it stays with the character before it.
    private static let closingPunctuation: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "〉"]

    /// Chinese punctuation that must not end a line; it goes with what follows it.
    private static let openingPunctuation: Set<Character> = ["（", "「", "『", "《", "〈"]

    /// Splits a paragraph into words of narrow characters, single wide characters (a line may
    /// break between any two CJK characters) and single spaces standing for any run of blanks.
    private static func tokens(_ paragraph: Substring) -> [String] {
        var tokens: [String] = []
        var word = ""
        var opening = ""   // opening brackets waiting for what follows them
        for character in paragraph {
            if openingPunctuation.contains(character) {
                if !word.isEmpty { tokens.append(word); word = "" }
                opening.append(character)
                continue
            }
            if !opening.isEmpty, character != " ", character != "\t", CellWidth.of(character) == 1 {
                word = opening   // the bracket starts the narrow word after it
                opening = ""
            }
            if character == " " || character == "\t" {
                if !word.isEmpty { tokens.append(word); word = "" }
                if !opening.isEmpty { tokens.append(opening); opening = "" }
                if tokens.last != " " { tokens.append(" ") }
            } else if closingPunctuation.contains(character), !word.isEmpty {
                tokens.append(word + String(character))                // never starts a line
                word = ""
            } else if closingPunctuation.contains(character), let last = tokens.last, last != " " {
                tokens[tokens.count - 1] = last + String(character)
            } else if CellWidth.of(character) == 2 {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(opening + String(character))
                opening = ""
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        if !opening.isEmpty { tokens.append(opening) }
        return tokens
    }
}
