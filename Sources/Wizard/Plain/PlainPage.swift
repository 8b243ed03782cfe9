import KMSCore
import Localization

/// A page as plain lines for `--plain` mode: no boxes, spinners or cursor movement, so a screen
/// reader or a serial console reads it top to bottom. List rows are numbered (headings are not);
/// typing the number chooses the row.
public enum PlainPage {
    public static func lines(_ page: Page) -> [String] {
        var lines = [page.step.isEmpty ? page.title : "\(page.title) (\(page.step))",
                     String(repeating: "=", count: min(60, max(4, CellWidth.of(page.title))))]
        for block in page.blocks {
            switch block {
            case let .text(text, _): lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            case let .field(label, value, _): lines.append(TextLayout.labelHead(label) + value)
            case let .status(mark, text):
                // Lines after the first (a product's details) hang under the text, as on the full screen.
                let hanging = String(repeating: " ", count: mark.rawValue.count + 1)
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                    (index == 0 ? mark.rawValue + " " : hanging) + line
                }
            case let .list(items, _):
                var number = 0
                for item in items {
                    if item.isHeading {
                        lines.append("  \(item.label)")
                        continue
                    }
                    number += 1
                    let box = item.checked.map { $0 ? "[x] " : "[ ] " } ?? ""
                    lines.append("    \(number)) \(box)\(item.label)" + (item.detail.isEmpty ? "" : "  \(item.detail)"))
                }
            case let .progress(text): lines.append("... \(text)")
            case .blank: lines.append("")
            }
        }
        while lines.last == "" { lines.removeLast() }
        let keys = page.keys.map { "\($0.key) = \($0.action)" }.joined(separator: ", ")
        return lines.map { String($0.map(Screen.sanitized)) } + ["", "[\(keys)]"]
    }

    /// How many rows of the page's lists carry a number (headings do not).
    public static func numberedRows(_ page: Page) -> Int {
        page.blocks.reduce(0) { total, block in
            guard case let .list(items, _) = block else { return total }
            return total + items.filter { !$0.isHeading }.count
        }
    }

    /// What to print when the page changed from `old` to `new`: on the same screen with the same
    /// list (a row ticked) only the lines that changed, since the product list has over a hundred
    /// rows (`s` shows it all again); else the whole page.
    public static func changes(from old: Page?, to new: Page) -> [String] {
        let lines = lines(new)
        guard let old, old.title == new.title, numberedRows(old) == numberedRows(new), numberedRows(new) > 0 else { return lines }
        let before = Set(Self.lines(old))
        return lines.filter { !$0.isEmpty && !before.contains($0) }
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
