/// What one wizard screen says, before it is laid out: the same page becomes a boxed cell grid
/// in the terminal (`PageLayout`) or numbered lines in `--plain` mode (`PlainPage`).
public struct Page: Sendable, Equatable {
    public var title: String
    public var step: String
    public var blocks: [Block]
    public var keys: [KeyHint]
    /// Keys type text here (a folder name): the keys that work on every screen do not.
    public var typing: Bool

    public init(title: String, step: String = "", blocks: [Block], keys: [KeyHint], typing: Bool = false) {
        self.title = title
        self.step = step
        self.blocks = blocks
        self.keys = keys
        self.typing = typing
    }
}

/// One piece of a page.
public enum Block: Sendable, Equatable {
    /// A wrapped paragraph.
    case text(String, Tone = .normal)
    /// A labelled value on one line (cut to fit), e.g. "KMS host: 127.0.0.1:1688".
    case field(label: String, value: String, tone: Tone = .normal)
    /// A status line: the text mark comes first so colour is never the only signal.
    case status(StatusMark, String)
    /// A choice list; `selected` is the highlighted row.
    case list([ListItem], selected: Int)
    /// Work in progress: a spinner frame (animated by ticks) and what is being done.
    case progress(String)
    /// An empty line.
    case blank
}

/// A row of a choice list; `checked` is a check box for multi-choice lists ("[x]" / "[ ]"). A
/// heading names the group of rows below it and cannot be selected (no number in `--plain` mode).
public struct ListItem: Sendable, Equatable {
    public var label: String
    public var detail: String
    public var checked: Bool?
    public var isHeading: Bool

    public init(_ label: String, detail: String = "", checked: Bool? = nil) {
        self.label = label
        self.detail = detail
        self.checked = checked
        isHeading = false
    }

    public static func heading(_ label: String) -> ListItem {
        var item = ListItem(label)
        item.isHeading = true
        return item
    }
}

/// A key and what it does on this screen, for the footer.
public struct KeyHint: Sendable, Equatable {
    public var key: String
    public var action: String
    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }
}

/// The text mark of a status, shown before its line in every mode.
public enum StatusMark: String, Sendable, Equatable, CaseIterable {
    case ok = "[OK]"
    case warn = "[!!]"
    case fail = "[XX]"
    case skip = "[--]"
    case info = "[..]"

    public var tone: Tone {
        switch self {
        case .ok: .ok
        case .warn: .warn
        case .fail: .fail
        case .skip, .info: .muted
        }
    }
}
