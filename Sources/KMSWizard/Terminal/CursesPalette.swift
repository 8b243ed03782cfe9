@preconcurrency import CursesBridge
import Wizard

/// Turns a cell's tone into curses attributes: colour pairs when the terminal has colours and
/// they are wanted, bold/dim/reverse only otherwise (the text marks carry the meaning either way).
@MainActor
struct CursesPalette {
    private let colors: Bool

    init(enabled: Bool) {
        colors = enabled
        guard enabled else { return }
        start_color()
        use_default_colors()
        for (pair, foreground) in Self.pairs { init_pair(pair, foreground, -1) }
    }

    /// Pair numbers and foreground colours for the tones that have one.
    private static let pairs: [(Int16, Int16)] = [
        (1, Int16(COLOR_CYAN)), (2, Int16(COLOR_GREEN)), (3, Int16(COLOR_YELLOW)), (4, Int16(COLOR_RED)), (5, Int16(COLOR_BLUE)),
    ]

    func attributes(for style: CellStyle) -> attr_t {
        var attributes = KW_A_NORMAL
        if style.bold { attributes |= KW_A_BOLD }
        if style.reverse { attributes |= KW_A_REVERSE }
        if style.tone == .muted { attributes |= KW_A_DIM }
        if colors, let pair = pair(for: style.tone) { attributes |= attr_t(COLOR_PAIR(Int32(pair))) }
        return attributes
    }

    private func pair(for tone: Tone) -> Int16? {
        switch tone {
        case .title: 1
        case .ok: 2
        case .warn: 3
        case .fail: 4
        case .accent: 5
        case .normal, .muted: nil
        }
    }
}
