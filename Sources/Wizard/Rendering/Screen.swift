import KMSCore
import Localization

/// A terminal size in cells.
public struct Size: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A grid of cells: what `WizardView` produces and what a driver puts on the terminal.
///
/// Writing keeps the grid consistent: a wide character that does not fit before the right edge
/// is not drawn half, and overwriting either half of a wide character blanks the other half.
public struct Screen: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` at (`x`, `y`) clipped to `limit` cells (default: up to the right edge);
    /// returns the cells used. Control characters are shown as `?` so no escape code reaches the terminal.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, limit: Int? = nil, style: CellStyle = .plain) -> Int {
        guard y >= 0, y < size.height, x >= 0, x < size.width else { return 0 }
        let end = min(size.width, x + (limit ?? size.width))
        var column = x
        for character in text {
            let shown = Screen.sanitized(character)
            let width = CellWidth.of(shown)
            if column + width > end { break }
            put(Cell(text: String(shown), width: width, style: style), x: column, y: y)
            if width == 2 { put(Cell(text: "", width: 0, style: style), x: column + 1, y: y) }
            column += width
        }
        return column - x
    }

    /// Fills `count` cells from (`x`, `y`) with one narrow character.
    public mutating func fill(_ character: Character, x: Int, y: Int, count: Int, style: CellStyle = .plain) {
        guard count > 0 else { return }
        write(String(repeating: String(character), count: count), x: x, y: y, limit: count, style: style)
    }

    /// Gives every cell of row `y` from `x` on (`count` cells) this style, keeping its text.
    public mutating func restyle(x: Int, y: Int, count: Int, style: CellStyle) {
        guard y >= 0, y < size.height else { return }
        for column in max(0, x)..<min(size.width, x + count) {
            cells[y * size.width + column].style = style
        }
    }

    /// Row `y` as plain text (continuation cells skipped), trailing spaces kept.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width where !self[x, y].isContinuation { text += self[x, y].text }
        return text
    }

    /// All rows as plain text, trailing spaces trimmed: what a tmux capture shows.
    public var lines: [String] {
        (0..<size.height).map { y in
            var row = line(y)
            while row.last == " " { row.removeLast() }
            return row
        }
    }

    /// Cells used by row `y`, counting each wide character as 2: always `size.width`.
    public func cellCount(ofRow y: Int) -> Int {
        (0..<size.width).reduce(0) { $0 + (self[$1, y].isContinuation ? 0 : self[$1, y].width) }
    }

    /// The character shown for `character`: control characters (C0, DEL, C1) become `?`.
    public static func sanitized(_ character: Character) -> Character {
        for scalar in character.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            return "?"
        }
        return character
    }

    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation, !cell.isContinuation, x > 0 { cells[index - 1] = .blank }
        if old.width == 2, x + 1 < size.width { cells[index + 1] = .blank }
        cells[index] = cell
    }
}
