import Diagnostics
import Localization

/// `diagnose --json`: `{schemaVersion, status, verdict, elapsedMilliseconds, checks: [{id, status,
/// value, message, hint, windowsCode, data}], advice: [{kind, windowsCode, lines}]}`. The words
/// (`verdict`, `value`, `message`, `hint`, `lines`) are in the reader's language; `data` and
/// everything else are the same in every language. Empty fields are null rather than missing.
struct DiagnosisJSON: Encodable {
    let diagnosis: Diagnosis
    let advice: [Advice]
    let localizer: Localizer

    private enum Keys: String, CodingKey { case schemaVersion, status, verdict, elapsedMilliseconds, checks, advice }
    private enum CheckKeys: String, CodingKey { case id, status, value, message, hint, windowsCode, data }
    private enum AdviceKeys: String, CodingKey { case kind, windowsCode, lines }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(JSONOutput.schemaVersion, forKey: .schemaVersion)
        try container.encode(diagnosis.status.rawValue, forKey: .status)
        try container.encode(diagnosis.verdict(localizer), forKey: .verdict)
        try container.encode(diagnosis.elapsedMilliseconds, forKey: .elapsedMilliseconds)
        var checks = container.nestedUnkeyedContainer(forKey: .checks)
        for check in diagnosis.checks {
            let text = check.text(localizer)
            var entry = checks.nestedContainer(keyedBy: CheckKeys.self)
            try entry.encode(check.id, forKey: .id)
            try entry.encode(check.status.rawValue, forKey: .status)
            try entry.encode(text.value, forKey: .value)
            try entry.encode(text.message, forKey: .message)
            try entry.encode(text.hint, forKey: .hint)
            try entry.encode(check.windowsCode?.hex, forKey: .windowsCode)
            try entry.encode(check.finding, forKey: .data)
        }
        var entries = container.nestedUnkeyedContainer(forKey: .advice)
        for item in advice {
            var entry = entries.nestedContainer(keyedBy: AdviceKeys.self)
            try entry.encode(item.kind, forKey: .kind)
            try entry.encode(item.windowsCode.hex, forKey: .windowsCode)
            try entry.encode(item.lines(localizer), forKey: .lines)
        }
    }
}
