import KMSCore
import Localization

/// The outcome of a `diagnose` run: every check's result and the verdict over them, as data;
/// the verdict's words come from `verdict(_:)` in the reader's language.
public struct Diagnosis: Sendable, Equatable {
    public let checks: [CheckResult]
    /// The worst status of any check (a run of only skipped checks is `skip`).
    public let status: CheckResult.Status
    /// Wall-clock time of the whole concurrent run, in milliseconds.
    public let elapsedMilliseconds: Int

    public init(checks: [CheckResult], elapsedMilliseconds: Int = 0) {
        self.checks = checks
        self.elapsedMilliseconds = elapsedMilliseconds
        self.status = checks.map(\.status).max() ?? .skip
    }

    /// Whether the KMS host answered this computer's request: then the verdict never says
    /// activation would fail for want of an answer.
    public var hostAnswered: Bool {
        checks.contains { if case let .kms(finding) = $0.finding { finding.failure == nil } else { false } }
    }

    /// One sentence: all clear, or which checks need attention; what to do and the Windows codes
    /// to expect are the situation's advice (`Advisor`), said once below it.
    public func verdict(_ t: Localizer) -> String {
        let worst = checks.filter { $0.status == status }
        let separator = t("diagnose.label.listSeparator")
        let arguments: Variables = ["count": String(worst.count),
                         "checks": worst.map { t("diagnose.name.\($0.id)") }.joined(separator: separator)]
        switch status {
        case .pass: return t("diagnose.verdict.pass")
        case .skip: return t("diagnose.verdict.skip")
        case .warn, .fail:
            let key = "diagnose.verdict.\(status.rawValue)"
            return t(hostAnswered ? key + "HostAnswered" : key, arguments)
        }
    }
}
