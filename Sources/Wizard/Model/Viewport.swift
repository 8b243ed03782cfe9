/// How a page sat in the window when it was last drawn: how many content rows the window shows
/// and how far the page's text can scroll. The driver reports it after drawing (`.viewport`), so
/// the update keeps the scroll offset inside the content and pages by a window's height.
public struct Viewport: Sendable, Equatable {
    public var rows: Int
    public var scrollLimit: Int

    public init(rows: Int, scrollLimit: Int) {
        self.rows = rows
        self.scrollLimit = scrollLimit
    }
}
