import Activation
import Localization

/// The clock check: this computer's clock against an NTP reference (by default Taiwan's
/// national time service), judged by `ClockVerdict`'s thresholds.
///
/// The message shows both times in UTC and in Taipei time, because the KMS host compares in
/// UTC while people read Taipei wall-clock time; a failure carries the guide's fix for
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
        let value = t("diagnose.clock.value", [
            "error": DurationText.signedOffset(error),
            "delay": DurationText.milliseconds(max(measurement.delay, 0)),
            "stratum": String(measurement.stratum),
        ])
        let direction = t(error > 0 ? "diagnose.clock.ahead" : "diagnose.clock.behind")
        let arguments = [
            "server": server.description, "error": DurationText.signedOffset(error),
            "duration": DurationText.humanized(abs(error), localizer: t), "direction": direction,
            "hours": verdict.wholeHours.map(String.init) ?? "",
        ]
        var message: String
        if verdict.wholeHours != nil {
            message = t("diagnose.clock.wrongZone", arguments)
        } else {
            message = t("diagnose.clock.\(verdict.band.rawValue)", arguments)
        }
        if verdict.band == .off || verdict.band == .tooFar {
            if verdict.wholeHours != nil { message += t.sentenceGap + t("diagnose.clock.consequence.\(verdict.band.rawValue)") }
            message += t.sentenceGap + times(measurement, localizer: t)
        }
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

    /// "This computer: … UTC (… Taipei); reference: … UTC (… Taipei)."
    static func times(_ measurement: NTPMeasurement, localizer t: Localizer) -> String {
        let reference = measurement.localTime + measurement.offset
        return t("diagnose.clock.times", [
            "localUTC": CivilTime(unixTime: measurement.localTime, utcOffsetSeconds: 0)?.dateTimeText ?? "?",
            "localTaipei": CivilTime(unixTime: measurement.localTime, utcOffsetSeconds: CivilTime.taipeiOffsetSeconds)?.dateTimeText ?? "?",
            "refUTC": CivilTime(unixTime: reference, utcOffsetSeconds: 0)?.dateTimeText ?? "?",
            "refTaipei": CivilTime(unixTime: reference, utcOffsetSeconds: CivilTime.taipeiOffsetSeconds)?.dateTimeText ?? "?",
        ])
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
