import Diagnostics
import Localization

/// The text report: a status mark (text, not colour), the check's name and figure on one line,
/// what it means below it, what to do for a warning or failure the advice does not cover; then
/// the verdict and the situation's advice, each fix said once.
enum DiagnosisText {
    static func render(_ diagnosis: Diagnosis, advice: [Advice], localizer t: Localizer) -> String {
        var lines: [String] = []
        let indent = "       "
        let colon = t("diagnose.label.colon")
        for check in diagnosis.checks {
            let text = check.text(t)
            lines.append("\(t("diagnose.mark.\(check.status.rawValue)")) \(t("diagnose.name.\(check.id)"))\(colon)\(text.value)")
            lines.append(indent + text.message)
            if let hint = text.hint, check.status == .warn || check.status == .fail {
                lines.append(indent + t("diagnose.label.hint") + colon + hint)
            }
        }
        lines.append("")
        lines.append("\(t("diagnose.mark.\(diagnosis.status.rawValue)")) \(t("diagnose.label.verdict"))\(colon)\(diagnosis.verdict(t))")
        for item in advice {
            let itemLines = item.lines(t)
            lines.append(indent + t("diagnose.label.hint") + colon + itemLines[0])
            lines += itemLines.dropFirst().map { indent + "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
