import Platform

/// Windows FILETIME: 100-nanosecond ticks since 1601-01-01 00:00 UTC, the KMS request timestamp.
public enum FileTime {
    /// Ticks between 1601-01-01 and 1970-01-01.
    public static let unixEpoch: UInt64 = 116_444_736_000_000_000
    public static let ticksPerSecond: UInt64 = 10_000_000

    /// The FILETIME of `date` in whole seconds (as vlmcs sends it), clamped to the representable range.
    public static func from(_ date: Date) -> UInt64 {
        let seconds = (date.timeIntervalSince1970 + Double(unixEpoch / ticksPerSecond)).rounded(.down)
        guard seconds > 0 else { return 0 }
        let maximum = Double(UInt64.max / ticksPerSecond)
        guard seconds < maximum else { return UInt64.max / ticksPerSecond * ticksPerSecond }
        return UInt64(seconds) * ticksPerSecond
    }

    public static func date(_ fileTime: UInt64) -> Date {
        let seconds = Double(fileTime / ticksPerSecond) - Double(unixEpoch / ticksPerSecond)
        let fraction = Double(fileTime % ticksPerSecond) / Double(ticksPerSecond)
        return Date(timeIntervalSince1970: seconds + fraction)
    }
}
