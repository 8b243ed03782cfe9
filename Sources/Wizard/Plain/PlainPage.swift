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
            case let .field(label, value, _): lines.append("\(label): \(value)")
            case let .status(mark, text): lines.append("\(mark.rawValue) \(text)")
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

    /// What a typed line means: nothing (Enter), a number (choose that row), or a key.
    public static func events(forLine line: String) -> [WizardEvent] {
        let trimmed = line.trimmingCharacters(in: " \t\r")
        if trimmed.isEmpty { return [.key(.enter)] }
        if let number = Int(trimmed) { return [.choose(number - 1)] }
        if trimmed.count == 1, let character = trimmed.first { return [.key(.character(character))] }
        return []
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
