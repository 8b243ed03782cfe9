/// The moving keys (arrows, j/k, PgUp/PgDn, Home/End): on a screen with a list they move the
/// highlight and the layout scrolls the list with it; on a screen of text, and on the help, they
/// scroll the text, kept inside what the driver last reported (`Viewport`).
extension Transition {
    static func isScrollKey(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end, .character("j"), .character("k"): true
        default: false
        }
    }

    /// How far PgUp/PgDn move a list's highlight.
    static let listPage = 5

    mutating func moveHighlight(_ key: Key) {
        switch key {
        case .up, .character("k"): move(by: -1)
        case .down, .character("j"): move(by: 1)
        case .pageUp: move(by: -Self.listPage)
        case .pageDown: move(by: Self.listPage)
        case .home: state.selection = navigation.first ?? state.selection
        case .end: state.selection = navigation.last ?? state.selection
        default: break
        }
    }

    /// Scrolls a line, or a window less one line (the last row seen stays in view), or to an end.
    mutating func scroll(_ key: Key) {
        let limit = state.viewport?.scrollLimit ?? Int.max
        let page = max(1, (state.viewport?.rows ?? 2) - 1)
        let target: Int
        switch key {
        case .up, .character("k"): target = state.scroll - 1
        case .down, .character("j"): target = state.scroll + 1
        case .pageUp: target = state.scroll - page
        case .pageDown: target = state.scroll + page
        case .home: target = 0
        case .end: target = limit == Int.max ? state.scroll : limit
        default: target = state.scroll
        }
        state.scroll = min(max(0, target), limit)
    }

    mutating func keep(_ viewport: Viewport) {
        state.viewport = viewport
        state.scroll = min(state.scroll, viewport.scrollLimit)
    }

    /// The help is a screen of its own: it opens and closes at its top, and the step's text
    /// is shown from its top again when it closes.
    mutating func openHelp() {
        state.showingHelp = true
        state.scroll = 0
    }

    mutating func closeHelp() {
        state.showingHelp = false
        state.scroll = 0
    }
}
