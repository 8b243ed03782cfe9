/// A 64-bit NTP timestamp: seconds since 1900-01-01 UTC and a binary fraction of a second.
///
/// Conversion to Unix time follows RFC 4330 section 3: a seconds field whose top bit is clear
/// belongs to era 1 (from 2036-02-07 on), so the client keeps working past the 2036 rollover.
public struct NTPTimestamp: Sendable, Hashable {
    public var seconds: UInt32
    public var fraction: UInt32

    /// Seconds from the NTP epoch (1900) to the Unix epoch (1970).
    static let unixEpochOffset: Int64 = 2_208_988_800
    static let era1: Int64 = 1 << 32

    public init(seconds: UInt32, fraction: UInt32) {
        self.seconds = seconds
        self.fraction = fraction
    }

    /// The timestamp whose 64 bits are `raw` (seconds in the high half).
    public init(raw: UInt64) {
        self.init(seconds: UInt32(truncatingIfNeeded: raw >> 32), fraction: UInt32(truncatingIfNeeded: raw))
    }

    /// The NTP form of a Unix time (seconds since 1970), wrapping into the right era; a time
    /// that is not finite, or beyond ±2^62 s, gives the zero ("not set") timestamp, not a trap.
    public init(unixTime: Double) {
        guard unixTime.isFinite, abs(unixTime) < 4.6e18 else {
            self.init(seconds: 0, fraction: 0)
            return
        }
        let whole = unixTime.rounded(.down)
        let ntpSeconds = Int64(whole) + Self.unixEpochOffset
        let fraction = ((unixTime - whole) * 4_294_967_296).rounded(.down)
        self.init(seconds: UInt32(truncatingIfNeeded: ntpSeconds), fraction: UInt32(min(fraction, 4_294_967_295)))
    }

    public var raw: UInt64 { UInt64(seconds) << 32 | UInt64(fraction) }

    /// Whether all 64 bits are zero, which RFC 4330 treats as "not set".
    public var isZero: Bool { seconds == 0 && fraction == 0 }

    /// Seconds since 1970-01-01 UTC.
    public var unixTime: Double {
        let era: Int64 = seconds & 0x8000_0000 == 0 ? Self.era1 : 0
        let whole = Int64(seconds) + era - Self.unixEpochOffset
        return Double(whole) + Double(fraction) / 4_294_967_296
    }

    /// The 8 big-endian bytes as they travel on the wire.
    public var bytes: [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: raw >> (56 - 8 * UInt64($0))) } }
}
