/// How far off a clock is, in the bands the clock check reports.
///
/// Thresholds on |clock error| (local time minus the NTP reference):
/// - `right`: at most 5 s. Pass.
/// - `drifting`: more than 5 s, at most 60 s. Pass: no KMS host cares about seconds, but the
///   message suggests automatic time sync.
/// - `off`: more than 60 s, at most 4 h. Warn: activation still works, the clock should be set.
/// - `tooFar`: more than 4 h. Fail with 0xC004F06C: genuine KMS hosts reject a client whose
///   request time is more than about 4 hours from theirs (vlmcsd documents this from observed
///   hosts; Microsoft says only "too different").
/// Separately, `wholeHours` is set when the error is within 5 minutes of a whole number of
/// hours between 1 and 26 (the widest gap between two zones): the signature of a wall clock
/// set by hand under the wrong timezone.
public struct ClockVerdict: Sendable, Equatable {
    public enum Band: String, Sendable, Equatable { case right, drifting, off, tooFar }

    public static let rightLimit = 5.0
    public static let passLimit = 60.0
    public static let kmsTolerance = 4.0 * 3600
    public static let wholeHourSlack = 300.0
    public static let widestZoneGapHours = 26

    public var band: Band
    /// The whole number of hours the clock is off, when it looks like a timezone mistake.
    public var wholeHours: Int?

    public init(clockError: Double) {
        let magnitude = abs(clockError)
        band = magnitude <= Self.rightLimit ? .right : magnitude <= Self.passLimit ? .drifting
            : magnitude <= Self.kmsTolerance ? .off : .tooFar
        let hours = (magnitude / 3600).rounded()
        wholeHours = hours >= 1 && hours <= Double(Self.widestZoneGapHours) && abs(magnitude - hours * 3600) <= Self.wholeHourSlack
            ? Int(hours) : nil
    }

    public var status: CheckResult.Status {
        switch band {
        case .right, .drifting: .pass
        case .off: .warn
        case .tooFar: .fail
        }
    }
}
