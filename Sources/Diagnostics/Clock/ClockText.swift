import KMSCore
import Localization

/// The clock finding in words. The figure is the exact error with the round trip and stratum;
/// the message judges it in the reader's words and gives the times once: a single "now" when
/// both clocks agree to the second, else this computer's and the reference's, each in UTC and in
/// Taipei time (the host compares UTC, people read Taipei wall-clock time: a wrong zone shows).
enum ClockText {
    static func describe(_ finding: ClockFinding, _ t: Localizer) -> CheckText {
        switch finding {
        case let .measured(measurement, server, isWSL): measured(measurement, server: server, isWSL: isWSL, t)
        case let .unmeasured(error, server):
            CheckText(value: t("diagnose.clock.value.unmeasured"),
                      message: t("diagnose.clock.unmeasured", ["server": server.description, "reason": reason(error, t)]),
                      hint: t("diagnose.clock.hint.unmeasured", ["port": String(server.port)]))
        }
    }

    private static func measured(_ measurement: NTPMeasurement, server: Endpoint, isWSL: Bool, _ t: Localizer) -> CheckText {
        let error = measurement.clockError
        let verdict = ClockVerdict(clockError: error)
        let value = t("diagnose.clock.value", [
            "error": DurationText.signedOffset(error),
            "delay": DurationText.milliseconds(max(measurement.delay, 0)),
            "stratum": String(measurement.stratum),
        ])
        let arguments: Variables = [
            "server": server.description,
            "duration": DurationText.humanized(abs(error), localizer: t),
            "direction": t(error > 0 ? "diagnose.clock.ahead" : "diagnose.clock.behind"),
            "hours": verdict.wholeHours.map(String.init) ?? "",
        ]
        // A whole number of hours is at least 55 minutes off, so its band is always `off` or `tooFar`.
        let judgement = verdict.wholeHours == nil ? t("diagnose.clock.\(verdict.band.rawValue)", arguments)
            : t("diagnose.clock.wrongZone", arguments) + t.sentenceGap + t("diagnose.clock.consequence.\(verdict.band.rawValue)")
        let times = abs(error) < 1 ? t("diagnose.clock.now", timeTexts(measurement, reference: true))
            : t("diagnose.clock.times", Variables(timeTexts(measurement, reference: true).pairs + timeTexts(measurement, reference: false).pairs))
        var hints: [String] = []
        // Far beyond the tolerance the situation's advice says how to set the clock; short of it, this hint does.
        if verdict.band == .off { hints.append(t("diagnose.clock.hint.fix")) }
        if verdict.status != .pass, isWSL { hints.append(t("diagnose.clock.hint.wsl")) }
        return CheckText(value: value, message: judgement + t.sentenceGap + times,
                         hint: hints.isEmpty ? nil : hints.joined(separator: t.sentenceGap))
    }

    /// This computer's time (`localUTC`, `localTaipei`) or the reference's (`refUTC`, `refTaipei`):
    /// the Taipei text is the time alone when it falls on the same date as the UTC text beside it.
    static func timeTexts(_ measurement: NTPMeasurement, reference: Bool) -> Variables {
        let name = reference ? "ref" : "local"
        let unixTime = reference ? measurement.localTime + measurement.offset : measurement.localTime
        guard let utc = CivilTime(unixTime: unixTime, utcOffsetSeconds: 0),
              let taipei = CivilTime(unixTime: unixTime, utcOffsetSeconds: CivilTime.taipeiOffsetSeconds) else {
            return [name + "UTC": "?", name + "Taipei": "?"]
        }
        let taipeiText = taipei.dateText == utc.dateText
            ? String(taipei.dateTimeText.dropFirst(taipei.dateText.count + 1)) : taipei.dateTimeText
        return [name + "UTC": utc.dateTimeText, name + "Taipei": taipeiText]
    }

    /// Why no time came back, in the reader's words; system reasons by `SystemReason`.
    static func reason(_ error: SNTPError, _ t: Localizer) -> String {
        switch error {
        case let .resolve(host, reason): t("diagnose.clock.error.resolve", ["host": host, "reason": reason.text(t)])
        case let .socket(_, reason), let .unreachable(reason): t("diagnose.clock.error.network", ["reason": reason.text(t)])
        case let .timeout(seconds): t("diagnose.clock.error.timeout", ["seconds": DurationText.seconds(seconds)])
        case let .kissOfDeath(code): t("diagnose.clock.error.kod", ["code": code])
        case let .shortReply(length): t("diagnose.clock.error.shortReply", ["length": String(length)])
        case let .badMode(mode): t("diagnose.clock.error.badMode", ["mode": String(mode)])
        case let .badVersion(version): t("diagnose.clock.error.badVersion", ["version": String(version)])
        case .refused, .unsynchronised, .originMismatch, .zeroTransmitTimestamp: t("diagnose.clock.error.\(error.kind)")
        }
    }
}
