import KMSCore

/// The timezone check: the zone this system applies (information: the KMS host compares UTC)
/// and, inside WSL, Windows' own zone from `tzutil.exe /g`, warned about unless it is
/// "Taipei Standard Time". See `TimezoneFinding` for why a zone is never a failure.
public enum TimezoneCheck {
    public static let id = "timezone"
    public static let taipeiOffsetSeconds = 8 * 3600

    /// Reads the zone glibc applies to this process and, inside WSL (told by `environment`), Windows'.
    public static func run(environment: Variables) async -> CheckResult {
        let reading = ZoneReader.read()
        let windows = WindowsSubsystem.isWSL(environment: environment)
            ? await BlockingIO.run { WindowsZone.read(environment: environment) } : nil
        return CheckResult(.timezone(TimezoneFinding(reading: reading, windows: windows)))
    }

    /// Whether a zone is what the campus guide asks for: UTC+08:00 without daylight saving.
    public static func isTaipeiEquivalent(_ reading: ZoneReading) -> Bool {
        reading.utcOffsetSeconds == taipeiOffsetSeconds && !reading.isDST && !reading.observesDST
    }
}
