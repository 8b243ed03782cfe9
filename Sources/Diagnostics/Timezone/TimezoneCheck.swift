import Localization

/// The timezone check: passes for UTC+08:00 without daylight saving (Asia/Taipei and any zone
/// that is the same), fails otherwise with the guide's instruction to choose (UTC+08:00) Taipei.
///
/// The KMS host compares times in UTC, so the zone alone does not break activation; but the
/// guide lists it with 0xC004F06C because a wrong zone is how a clock that "looks right" ends
/// up hours off in UTC. So a failure names 0xC004F06C.
public enum TimezoneCheck {
    public static let id = "timezone"
    public static let taipeiOffsetSeconds = 8 * 3600

    /// Reads the zone glibc applies to this process and judges it; `environment` says whether
    /// this is WSL, where the fix belongs in Windows.
    public static func run(environment: [String: String], localizer: Localizer) -> CheckResult {
        evaluate(ZoneReader.read(), localizer: localizer, isWSL: WindowsSubsystem.isWSL(environment: environment))
    }

    /// Whether a zone is what the campus guide asks for.
    public static func isTaipeiEquivalent(_ reading: ZoneReading) -> Bool {
        reading.utcOffsetSeconds == taipeiOffsetSeconds && !reading.isDST && !reading.observesDST
    }

    public static func evaluate(_ reading: ZoneReading, localizer t: Localizer, isWSL: Bool) -> CheckResult {
        let arguments = [
            "zone": reading.name ?? t("diagnose.timezone.unknownName"),
            "offset": reading.utcOffsetText,
            "source": reading.source == .localtime ? reading.origin : reading.source.rawValue,
        ]
        let value = t("diagnose.timezone.value", arguments)
        if isTaipeiEquivalent(reading) {
            return CheckResult(id: id, status: .pass, value: value, message: t("diagnose.timezone.pass", arguments))
        }
        let problem = reading.utcOffsetSeconds == taipeiOffsetSeconds ? "diagnose.timezone.failDST" : "diagnose.timezone.fail"
        var hints = [t("diagnose.timezone.hint.fix")]
        if reading.source == .tzVariable { hints.append(t("diagnose.timezone.hint.tz")) }
        if isWSL { hints.append(t("diagnose.timezone.hint.wsl")) }
        return CheckResult(id: id, status: .fail, value: value,
                           message: t(problem, arguments) + t.sentenceGap + t("diagnose.timezone.consequence"),
                           hint: hints.joined(separator: t.sentenceGap), windowsCode: "0xC004F06C")
    }
}
