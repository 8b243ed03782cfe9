/// A key press, as the drivers decode it from curses or from a typed line.
public enum Key: Sendable, Equatable {
    case up, down, left, right, enter, escape, pageUp, pageDown, home, end, tab, backspace
    case character(Character)
    /// A key with no meaning for the wizard (function keys, mouse); ignored.
    case other(Int)
}
