import Localization

/// The outcome of a `diagnose` run: every check's result and the verdict over them.
public struct Diagnosis: Sendable, Equatable {
    public let checks: [CheckResult]
    /// The worst status of any check (a run of only skipped checks is `skip`).
    public let status: CheckResult.Status
    /// One sentence: all clear, or which checks to fix first and the Windows codes they predict.
    public let verdict: String
    /// Wall-clock time of the whole concurrent run, in milliseconds.
    public let elapsedMilliseconds: Int

    public init(checks: [CheckResult], elapsedMilliseconds: Int = 0, localizer t: Localizer) {
        self.checks = checks
        self.elapsedMilliseconds = elapsedMilliseconds
        self.status = checks.map(\.status).max() ?? .skip
        self.verdict = Self.verdict(checks, status: status, localizer: t)
    }

    private static func verdict(_ checks: [CheckResult], status: CheckResult.Status, localizer t: Localizer) -> String {
        let failing = checks.filter { $0.status == status }
        let names = failing.map { t("diagnose.name.\($0.id)") }.joined(separator: t("diagnose.label.listSeparator"))
        var codes: [String] = []
        for code in failing.compactMap(\.windowsCode) where !codes.contains(code) { codes.append(code) }
        let arguments = ["count": String(failing.count), "checks": names, "codes": codes.joined(separator: t("diagnose.label.listSeparator"))]
        switch status {
        case .pass: return t("diagnose.verdict.pass")
        case .skip: return t("diagnose.verdict.skip")
        case .warn: return t(codes.isEmpty ? "diagnose.verdict.warn" : "diagnose.verdict.warnCodes", arguments)
        case .fail: return t(codes.isEmpty ? "diagnose.verdict.fail" : "diagnose.verdict.failCodes", arguments)
        }
    }
}
