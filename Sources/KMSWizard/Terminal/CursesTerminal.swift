@preconcurrency import CursesBridge
@preconcurrency import Platform
import Wizard

/// The terminal through ncursesw: opens a screen with `newterm` (never `initscr`, which exits
/// the process itself when TERM is bad), draws `Screen`s with the wide-character API, reads
/// keys with a timeout, and always gives the terminal back.
///
/// The curses pointers live only here, on the main actor (curses is not thread-safe and Swift 6
/// rejects its globals elsewhere); other tasks see only Sendable values.
@MainActor
final class CursesTerminal {
    /// What a key read produced.
    enum Input: Equatable {
        case key(Key)
        case resize
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: CursesPalette
    private var closed = false

    /// Opens the terminal, or nil when curses cannot use it (unknown TERM).
    /// `colors` false (the resolved --color choice: NO_COLOR, TERM=dumb, config) keeps everything
    /// monochrome; a terminal whose terminfo has no colours stays monochrome anyway (has_colors).
    init?(colors: Bool) {
        guard let screen = newterm(nil, stdout, stdin) else { return nil }
        set_term(screen)
        guard let window = kw_stdscr() else {
            endwin()
            delscreen(screen)
            return nil
        }
        self.screen = screen
        self.window = window
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        palette = CursesPalette(enabled: colors && has_colors())
        TerminalRestorer.isActive = true
    }

    var size: Size {
        var height: Int32 = 0, width: Int32 = 0
        kw_getmaxyx(window, &height, &width)
        return Size(width: Int(width), height: Int(height))
    }

    /// Puts the grid on the terminal; continuation cells of wide characters are skipped (the
    /// wide character already covers them).
    func draw(_ grid: Screen) {
        for y in 0..<min(grid.size.height, size.height) {
            var x = 0
            while x < grid.size.width {
                let style = grid[x, y].style
                var run: [wchar_t] = []
                let start = x
                while x < grid.size.width, grid[x, y].style == style {
                    let cell = grid[x, y]
                    if !cell.isContinuation { run += cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } }
                    x += 1
                }
                run.append(0)
                wattrset(window, Int32(bitPattern: UInt32(truncatingIfNeeded: palette.attributes(for: style))))
                _ = mvwaddwstr(window, Int32(y), Int32(start), run)
            }
        }
        wattrset(window, Int32(KW_A_NORMAL))
        wrefresh(window)
    }

    /// The next key, waiting at most `milliseconds`; nil when none came.
    func read(timeout milliseconds: Int32) -> Input? {
        wtimeout(window, milliseconds)
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == KEY_CODE_YES {
            return Self.decode(functionKey: Int32(bitPattern: character))
        }
        guard result == OK, let scalar = Unicode.Scalar(character) else { return nil }
        return .key(Self.decode(scalar))
    }

    /// Gives the terminal back (normal mode, cursor shown, alternate screen left). Safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
        delscreen(screen)
        TerminalRestorer.isActive = false
    }

    static func decode(functionKey code: Int32) -> Input {
        switch code {
        case KEY_RESIZE: .resize
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_ENTER: .key(.enter)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_BACKSPACE: .key(.backspace)
        default: .key(.other(Int(code)))
        }
    }

    static func decode(_ scalar: Unicode.Scalar) -> Key {
        switch scalar.value {
        case 10, 13: .enter
        case 27: .escape
        case 9: .tab
        case 8, 127: .backspace
        case 0..<32: .other(Int(scalar.value))
        default: .character(Character(scalar))
        }
    }
}
