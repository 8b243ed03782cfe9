import Activation
import Localization

/// The clock check: this computer's clock against an NTP reference (by default Taiwan's
/// national time service), judged by `ClockVerdict`'s thresholds.
///
/// Every message and value shows this computer's time and the reference's, each in UTC and in
/// Taipei time (UTC+08:00), because the KMS host compares in UTC while people read Taipei
/// wall-clock time: side by side, a wrong zone shows at a glance. A failure carries the guide's fix for
/// 0xC004F06C. A reference that cannot be measured gives a warning (the clock is unchecked),
/// never a pass.
public enum ClockCheck {
    public static let id = "clock"

    /// Measures against `server` within `timeout` seconds and judges the result.
    public static func run(server: Endpoint, timeout: Double, localizer: Localizer,
                           environment: [String: String] = ResourceLocator.currentEnvironment()) async -> CheckResult {
        await run(server: server, client: SNTPClient(timeout: timeout), localizer: localizer,
                  isWSL: WindowsSubsystem.isWSL(environment: environment))
    }

    /// The same with an explicit client (tests fix its clock and nonce).
    public static func run(server: Endpoint, client: SNTPClient, localizer: Localizer, isWSL: Bool) async -> CheckResult {
        do {
            let measurement = try await client.query(server)
            return evaluate(measurement, server: server, localizer: localizer, isWSL: isWSL)
        } catch {
            return evaluate(error, server: server, localizer: localizer)
        }
    }

    public static func evaluate(_ measurement: NTPMeasurement, server: Endpoint, localizer t: Localizer, isWSL: Bool) -> CheckResult {
        let error = measurement.clockError
        let verdict = ClockVerdict(clockError: error)
        let times = timeTexts(measurement)
        let value = t("diagnose.clock.value", times.merging([
            "error": DurationText.signedOffset(error),
            "delay": DurationText.milliseconds(max(measurement.delay, 0)),
            "stratum": String(measurement.stratum),
        ]) { $1 })
        let direction = t(error > 0 ? "diagnose.clock.ahead" : "diagnose.clock.behind")
        let arguments = [
            "server": server.description, "error": DurationText.signedOffset(error),
            "duration": DurationText.humanized(abs(error), localizer: t), "direction": direction,
            "hours": verdict.wholeHours.map(String.init) ?? "",
        ]
        // A whole number of hours is at least 55 minutes off, so its band is always `off` or `tooFar`.
        let judgement = verdict.wholeHours == nil ? t("diagnose.clock.\(verdict.band.rawValue)", arguments)
            : t("diagnose.clock.wrongZone", arguments) + t.sentenceGap + t("diagnose.clock.consequence.\(verdict.band.rawValue)")
        let message = judgement + t.sentenceGap + t("diagnose.clock.times", times)
        guard verdict.status != .pass else {
            return CheckResult(id: id, status: .pass, value: value, message: message)
        }
        var hint = t("diagnose.clock.hint.fix")
        if isWSL { hint += t.sentenceGap + t("diagnose.clock.hint.wsl") }
        return CheckResult(id: id, status: verdict.status, value: value, message: message, hint: hint,
                           windowsCode: verdict.status == .fail ? "0xC004F06C" : nil)
    }

    /// No measurement: a warning that says why, with what to try.
    public static func evaluate(_ error: SNTPError, server: Endpoint, localizer t: Localizer) -> CheckResult {
        CheckResult(id: id, status: .warn, value: t("diagnose.clock.value.unmeasured"),
                    message: t("diagnose.clock.unmeasured", ["server": server.description, "reason": reason(error, localizer: t)]),
                    hint: t("diagnose.clock.hint.unmeasured"))
    }

    /// This computer's time and the reference's, in UTC (`localUTC`, `refUTC`: date and time) and
    /// in Taipei time (`localTaipei`, `refTaipei`: the time alone when it falls on the same date as
    /// the UTC text beside it, else date and time), for the message and the value.
    static func timeTexts(_ measurement: NTPMeasurement) -> [String: String] {
        let reference = measurement.localTime + measurement.offset
        var texts: [String: String] = [:]
        for (name, unixTime) in [("local", measurement.localTime), ("ref", reference)] {
            guard let utc = CivilTime(unixTime: unixTime, utcOffsetSeconds: 0),
                  let taipei = CivilTime(unixTime: unixTime, utcOffsetSeconds: CivilTime.taipeiOffsetSeconds) else {
                texts[name + "UTC"] = "?"
                texts[name + "Taipei"] = "?"
                continue
            }
            texts[name + "UTC"] = utc.dateTimeText
            texts[name + "Taipei"] = taipei.dateText == utc.dateText
                ? String(taipei.dateTimeText.dropFirst(taipei.dateText.count + 1)) : taipei.dateTimeText
        }
        return texts
    }

    /// Why no time came back, in the user's language; protocol details stay in English.
    static func reason(_ error: SNTPError, localizer t: Localizer) -> String {
        switch error {
        case let .resolve(host, reason): t("diagnose.clock.error.resolve", ["host": host, "reason": reason])
        case let .socket(_, reason), let .unreachable(reason): t("diagnose.clock.error.network", ["reason": reason])
        case .refused: t("diagnose.clock.error.refused")
        case let .timeout(seconds): t("diagnose.clock.error.timeout", ["seconds": DurationText.seconds(seconds)])
        case let .kissOfDeath(code): t("diagnose.clock.error.kod", ["code": code])
        case .unsynchronised: t("diagnose.clock.error.unsynchronised")
        case .shortReply, .badMode, .badVersion, .originMismatch, .zeroTransmitTimestamp:
            t("diagnose.clock.error.malformed", ["reason": error.description])
        }
    }
}
