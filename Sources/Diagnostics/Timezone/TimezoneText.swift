import Localization

/// The timezone finding in words: the figure is the zone with its offset and source; the message
/// what it means for activation, without a failure or a predicted 0xC004F06C.
enum TimezoneText {
    static func describe(_ finding: TimezoneFinding, _ t: Localizer) -> CheckText {
        let reading = finding.reading
        let source = reading.source == .localtime ? reading.origin : reading.source.rawValue
        let linux = t("diagnose.timezone.value", ["zone": reading.name ?? t("diagnose.timezone.unknownName"),
                                                  "offset": reading.utcOffsetText, "source": source])
        switch finding.windows {
        case nil:
            let key = TimezoneCheck.isTaipeiEquivalent(reading) ? "diagnose.timezone.linuxTaipei" : "diagnose.timezone.linuxOther"
            return CheckText(value: linux, message: t(key) + t.sentenceGap + t("diagnose.timezone.pcAdvice"))
        case let .read(id)?:
            let value = t("diagnose.timezone.value.wsl", ["windows": id, "linux": linux])
            guard id == WindowsZone.taipei else {
                return CheckText(value: value, message: t("diagnose.timezone.windowsOther"), hint: t("diagnose.timezone.hint.windows"))
            }
            return CheckText(value: value, message: t("diagnose.timezone.windowsTaipei"))
        case let .cannotRun(path)?:
            return CheckText(value: linux, message: t("diagnose.timezone.windowsUnread", ["path": path]) + t.sentenceGap
                             + t("diagnose.timezone.pcAdvice"))
        case let .failed(status, timedOut)?:
            let why = timedOut ? t("diagnose.timezone.tzutilTimeout", ["seconds": WindowsZone.timeoutSeconds.secondsText])
                : t("diagnose.timezone.tzutilStatus", ["status": String(status)])
            return CheckText(value: linux, message: t("diagnose.timezone.windowsFailed", ["reason": why]) + t.sentenceGap
                             + t("diagnose.timezone.pcAdvice"))
        }
    }
}
