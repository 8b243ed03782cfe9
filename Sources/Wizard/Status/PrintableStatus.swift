import Platform
import KMSCore
import Localization

/// The status as a plain-text file a help desk can print: both languages (Traditional Chinese
/// first, English after it), no escape codes or control characters, no line wider than 80
/// terminal cells (Chinese characters count two). Used by the wizard's `p` key and by
/// `kmswizard status --print`.
public enum PrintableStatus {
    public static let width = 80

    public static func render(_ snapshot: StatusSnapshot, table: StringTable, generatedAt: Date) -> String {
        let sections = Language.allCases.map { language in
            section(snapshot, Localizer(table: table, language: language), generatedAt: generatedAt)
        }
        return sections.joined(separator: ["", String(repeating: "=", count: width), ""]).joined(separator: "\n") + "\n"
    }

    /// One language's part; `kmswizard status` prints it alone.
    public static func section(_ snapshot: StatusSnapshot, _ t: Localizer, generatedAt: Date) -> [String] {
        let report = StatusReport(snapshot, t)
        var lines = wrap(t("wizard.print.heading"), indent: "")
        lines += wrap(t("wizard.print.generated", ["at": StatusDate.text(generatedAt)]), indent: "")
        lines.append(String(repeating: "-", count: width))
        let labelWidth = min(24, (report.facts.map { CellWidth.of($0.label) }.max() ?? 0) + 2)
        let indent = String(repeating: " ", count: labelWidth)
        for fact in report.facts {
            let head = TextLayout.pad(TextLayout.labelHead(fact.label), width: labelWidth)
            let values = wrap(fact.value, indent: "", width: width - labelWidth)
            lines += values.enumerated().map { index, value in (index == 0 ? head : indent) + value }
        }
        lines.append("")
        lines += wrap(t("wizard.status.products"), indent: "")
        if report.products.isEmpty { lines += wrap("  " + t("wizard.status.none"), indent: "    ") }
        for product in report.products {
            lines += wrap("  \(product.mark.rawValue) \(product.text)", indent: "       ")
            let detailIndent = "       "
            for detail in product.details {
                lines += wrap(detail, indent: "  ", width: width - detailIndent.count).map { detailIndent + $0 }
            }
        }
        if !report.windows.isEmpty {
            lines.append("")
            lines += wrap(t("wizard.windows.title"), indent: "")
            for line in report.windows { lines += wrap("  \(line.mark.rawValue) \(line.text)", indent: "       ") }
        }
        lines.append("")
        lines += wrap(t("wizard.status.next"), indent: "")
        for step in report.nextSteps { lines += wrap("  - " + step, indent: "    ") }
        return lines
    }

    /// Wrapped to the page width; continuation lines start with `indent`. Control characters
    /// from any source (a host's ePID, an engine message) are replaced so the file stays plain.
    static func wrap(_ text: String, indent: String, width: Int = PrintableStatus.width) -> [String] {
        let clean = String(text.map { $0 == "\n" ? " " : Screen.sanitized($0) })
        let lines = TextLayout.wrap(clean, width: width - CellWidth.of(indent))
        return lines.enumerated().map { index, line in index == 0 ? line : indent + line }
    }
}
