import KMSCore
import Localization

/// Lays a `Page` out on a cell grid: a box with the title in its top border, the blocks inside,
/// and a footer with the keys that work on this screen.
///
///     ┌─ title ─────────────── 2/7 ─┐
///     │  blocks…                     │
///     ├──────────────────────────────┤
///     │  keys                        │
///     └──────────────────────────────┘
///
/// When the blocks do not fit, a choice list shrinks to a window around its selection first;
/// whatever still does not fit scrolls: a page with a list keeps its highlighted row in view, a
/// page of text shows the rows from the scroll offset on, and the separator above the footer
/// says which rows are shown and that there are more (nothing is cut). Keys that do not fit one
/// footer row take a second one (between whole keys), so `q quit` is never cut off.
public struct PageLayout: Sendable {
    public static let minimumSize = Size(width: 60, height: 16)

    /// The "more" mark's words for rows `first`...`last` (counted from 1) of `total`, in the
    /// reader's language.
    public typealias MoreMark = @Sendable (_ first: Int, _ last: Int, _ total: Int) -> String

    public let glyphs: Glyphs
    /// Spinner frame to show in progress blocks (the tick count).
    public let frame: Int
    let moreMark: MoreMark

    public init(glyphs: Glyphs, frame: Int = 0, moreMark: @escaping MoreMark = { first, last, total in "\(first)-\(last)/\(total)" }) {
        self.glyphs = glyphs
        self.frame = frame
        self.moreMark = moreMark
    }

    /// A styled run of text on one row.
    struct Segment {
        var text: String
        var style: CellStyle
    }

    /// One row of content: runs of text; `highlight` paints the whole row (the selected list row).
    struct Row {
        var segments: [Segment]
        var highlight = false
        init(_ segments: [Segment], highlight: Bool = false) {
            self.segments = segments
            self.highlight = highlight
        }
        init(_ text: String, _ style: CellStyle = .plain) { self.init([Segment(text: text, style: style)]) }
    }

    /// `page` on a grid of `size`, its text scrolled down `scroll` rows (kept within the content;
    /// a page with a list scrolls to its highlighted row instead).
    public func render(_ page: Page, size: Size, enlargeMessage: String, scroll: Int = 0) -> Screen {
        var screen = Screen(size: size)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            screen.write(TextLayout.truncate(enlargeMessage, width: size.width, ellipsis: glyphs.ellipsis), x: 0, y: 0,
                         style: CellStyle(tone: .warn, bold: true))
            return screen
        }
        let inner = size.width - 4
        let footer = footerLines(page.keys, width: inner)
        drawFrame(on: &screen, title: page.title, step: page.step, footerHeight: footer.count)
        let content = fit(page, width: inner, height: size.height - 3 - footer.count)
        let offset = content.offset(scroll: scroll)
        let rows = content.rows[offset..<min(content.rows.count, offset + content.height)]
        if content.rows.count > content.height {
            drawMoreMark(on: &screen, offset: offset, content: content, y: size.height - 2 - footer.count)
        }
        for (index, row) in rows.enumerated() {
            var x = 2
            for segment in row.segments {
                x += screen.write(segment.text, x: x, y: 1 + index, limit: 2 + inner - x, style: segment.style)
            }
            if row.highlight { screen.restyle(x: 1, y: 1 + index, count: size.width - 2, style: CellStyle(tone: .accent, bold: true, reverse: true)) }
        }
        for (index, line) in footer.enumerated() {
            screen.write(line, x: 2, y: size.height - 1 - footer.count + index, style: CellStyle(tone: .accent))
        }
        return screen
    }

    /// How the content of `page` sits in a window of `size`: the rows it shows and how far its
    /// text can scroll (0 on a page with a list, which scrolls to its highlight by itself).
    public func viewport(_ page: Page, size: Size) -> Viewport {
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else { return Viewport(rows: 0, scrollLimit: 0) }
        let inner = size.width - 4
        let content = fit(page, width: inner, height: size.height - 3 - footerLines(page.keys, width: inner).count)
        return Viewport(rows: content.height, scrollLimit: content.highlight == nil ? content.scrollLimit : 0)
    }

    /// The rows shown and where they are: "↑↓ rows 5-22 of 40" at the right of the separator
    /// above the footer, the arrows saying which way there is more.
    private func drawMoreMark(on screen: inout Screen, offset: Int, content: Content, y: Int) {
        let last = min(content.rows.count, offset + content.height)
        let arrows = (offset > 0 ? glyphs.scrollUp : "") + (last < content.rows.count ? glyphs.scrollDown : "")
        let mark = " \(arrows) \(moreMark(offset + 1, last, content.rows.count)) "
        let width = CellWidth.of(mark)
        screen.write(mark, x: max(2, screen.size.width - 2 - width), y: y, limit: screen.size.width - 4, style: CellStyle(tone: .accent, bold: true))
    }

    /// The keys on one row, or on two split between keys when one is too narrow; a second row
    /// that still does not fit is cut with an ellipsis.
    private func footerLines(_ keys: [KeyHint], width: Int) -> [String] {
        let hints = keys.map { "\($0.key) \($0.action)" }
        let single = hints.joined(separator: "  ")
        guard CellWidth.of(single) > width else { return [single] }
        var first: [String] = []
        for hint in hints {
            guard CellWidth.of((first + [hint]).joined(separator: "  ")) <= width else { break }
            first.append(hint)
        }
        guard !first.isEmpty else { return [TextLayout.truncate(single, width: width, ellipsis: glyphs.ellipsis)] }
        let rest = hints.dropFirst(first.count).joined(separator: "  ")
        return [first.joined(separator: "  "), TextLayout.truncate(rest, width: width, ellipsis: glyphs.ellipsis)]
    }

    private func drawFrame(on screen: inout Screen, title: String, step: String, footerHeight: Int) {
        let width = screen.size.width, height = screen.size.height
        let separator = height - 2 - footerHeight
        let border = CellStyle(tone: .muted)
        screen.fill(glyphs.horizontal, x: 1, y: 0, count: width - 2, style: border)
        screen.fill(glyphs.horizontal, x: 1, y: separator, count: width - 2, style: border)
        screen.fill(glyphs.horizontal, x: 1, y: height - 1, count: width - 2, style: border)
        for y in 1..<(height - 1) {
            screen.write(String(glyphs.vertical), x: 0, y: y, style: border)
            screen.write(String(glyphs.vertical), x: width - 1, y: y, style: border)
        }
        screen.write(String(glyphs.topLeft), x: 0, y: 0, style: border)
        screen.write(String(glyphs.topRight), x: width - 1, y: 0, style: border)
        screen.write(String(glyphs.teeLeft), x: 0, y: separator, style: border)
        screen.write(String(glyphs.teeRight), x: width - 1, y: separator, style: border)
        screen.write(String(glyphs.bottomLeft), x: 0, y: height - 1, style: border)
        screen.write(String(glyphs.bottomRight), x: width - 1, y: height - 1, style: border)
        let stepLabel = step.isEmpty ? "" : " \(step) "
        let stepWidth = CellWidth.of(stepLabel)
        if !stepLabel.isEmpty { screen.write(stepLabel, x: width - 3 - stepWidth, y: 0, style: border) }
        let room = width - 6 - stepWidth
        screen.write(" " + TextLayout.truncate(title, width: room - 2, ellipsis: glyphs.ellipsis) + " ", x: 2, y: 0,
                     style: CellStyle(tone: .title, bold: true))
    }

    /// A page's content rows for a window `height` rows tall, and which of them is highlighted.
    struct Content {
        var rows: [Row]
        var height: Int
        var highlight: Int?

        var scrollLimit: Int { max(0, rows.count - height) }

        /// The first row shown: the highlighted row in view (on the last row when it has to be
        /// scrolled to), else the scroll offset asked for, kept within the content.
        func offset(scroll: Int) -> Int {
            if let highlight { return min(max(0, highlight - height + 1), scrollLimit) }
            return min(max(0, scroll), scrollLimit)
        }
    }

    /// All blocks as rows; a list taller than its share of the window shrinks to a window around
    /// its selection (at least three rows), the rest scrolls.
    private func fit(_ page: Page, width: Int, height: Int) -> Content {
        var rows = page.blocks.flatMap { self.rows(of: $0, width: width, listWindow: nil) }
        let listRows = page.blocks.reduce(0) { total, block in
            if case let .list(items, _) = block { return total + items.count }
            return total
        }
        if rows.count > height, listRows > 0 {
            let window = max(3, height - (rows.count - listRows))
            rows = page.blocks.flatMap { self.rows(of: $0, width: width, listWindow: window) }
        }
        return Content(rows: rows, height: max(1, height), highlight: rows.firstIndex(where: \.highlight))
    }

    private func rows(of block: Block, width: Int, listWindow: Int?) -> [Row] {
        switch block {
        case let .text(text, tone):
            return TextLayout.wrap(text, width: width).map { Row($0, CellStyle(tone: tone)) }
        case let .field(label, value, tone):
            // A value wider than its column wraps under itself, so no part of it is cut.
            let head = TextLayout.labelHead(label)
            let labelColumn = min(max(CellWidth.of(head), min(20, width / 3)), width / 2)
            let wrapped = TextLayout.wrap(value, width: max(1, width - labelColumn))
            return (wrapped.isEmpty ? [""] : wrapped).enumerated().map { index, line in
                let lead = index == 0 ? TextLayout.pad(head, width: labelColumn) : String(repeating: " ", count: labelColumn)
                return Row([Segment(text: lead, style: CellStyle(tone: .muted)), Segment(text: line, style: CellStyle(tone: tone))])
            }
        case let .status(mark, text):
            let markText = mark.rawValue + " "
            let lines = TextLayout.wrap(text, width: max(1, width - CellWidth.of(markText)))
            return lines.enumerated().map { index, line in
                Row([Segment(text: index == 0 ? markText : String(repeating: " ", count: markText.count),
                             style: CellStyle(tone: mark.tone, bold: true)),
                     Segment(text: line, style: .plain)])
            }
        case let .list(items, selected):
            return listRows(items, selected: selected, width: width, window: listWindow)
        case let .progress(text):
            let spinner = glyphs.spinner[((frame % glyphs.spinner.count) + glyphs.spinner.count) % glyphs.spinner.count]
            return [Row([Segment(text: spinner + " ", style: CellStyle(tone: .accent, bold: true)),
                         Segment(text: TextLayout.truncate(text, width: width - 2, ellipsis: glyphs.ellipsis), style: .plain)])]
        case .blank:
            return [Row("")]
        }
    }

    private func listRows(_ items: [ListItem], selected: Int, width: Int, window: Int?) -> [Row] {
        var range = 0..<items.count
        if let window, window < items.count {
            let start = min(max(0, selected - window / 2), items.count - window)
            range = start..<(start + window)
        }
        var shown = Array(range)
        // A window scrolled into a group keeps that group's heading on its top row, so the rows
        // in view are never anonymous (the top row gives way; the selection is never on it).
        if let top = shown.first, top != selected, !items[top].isHeading,
           let heading = items[..<top].lastIndex(where: \.isHeading) {
            shown[0] = heading
        }
        return shown.map { index in
            let item = items[index]
            if item.isHeading {
                return Row(TextLayout.truncate(item.label, width: width, ellipsis: glyphs.ellipsis), CellStyle(tone: .title, bold: true))
            }
            let pointer = index == selected ? glyphs.pointer + " " : String(repeating: " ", count: CellWidth.of(glyphs.pointer) + 1)
            let box = item.checked.map { $0 ? "[x] " : "[ ] " } ?? ""
            var text = pointer + box + item.label
            if !item.detail.isEmpty { text += "  " + item.detail }
            return Row([Segment(text: TextLayout.truncate(text, width: width, ellipsis: glyphs.ellipsis), style: .plain)],
                       highlight: index == selected)
        }
    }
}
