/// What a cell means, so a driver can pick a colour for it. Never the only signal: every status
/// is also written out as a text mark (`[OK]`, `[!!]`, `[XX]`), see `StatusMark`.
public enum Tone: Sendable, Equatable {
    case normal, title, accent, ok, warn, fail, muted
}

/// How a cell is drawn: its tone plus emphasis.
public struct CellStyle: Sendable, Equatable {
    public var tone: Tone
    public var bold: Bool
    public var reverse: Bool

    public init(tone: Tone = .normal, bold: Bool = false, reverse: Bool = false) {
        self.tone = tone
        self.bold = bold
        self.reverse = reverse
    }

    public static let plain = CellStyle()
}

/// One terminal cell. A wide character occupies its own cell (`width` 2) and the cell to its
/// right, which is a continuation (`width` 0, empty text) that drivers skip when drawing.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var width: Int
    public var style: CellStyle

    public init(text: String, width: Int, style: CellStyle = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ", width: 1)
    public var isContinuation: Bool { width == 0 }
}
