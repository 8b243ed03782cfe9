import Platform

/// A point on the monotonic clock: wall-clock jumps (NTP, a user fixing the date) cannot shorten
/// or stretch a network wait.
public struct Deadline: Sendable, Comparable {
    let nanoseconds: UInt64

    public static func now() -> Deadline {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Deadline(nanoseconds: UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec))
    }

    public static func after(seconds: Double) -> Deadline {
        let now = now()
        let delta = seconds > 0 ? UInt64(min(seconds, 86_400) * 1_000_000_000) : 0
        return Deadline(nanoseconds: now.nanoseconds + delta)
    }

    /// Milliseconds left, rounded up so that a poll never returns just before the deadline; 0 when past.
    public var remainingMilliseconds: Int32 {
        let now = Self.now().nanoseconds
        guard nanoseconds > now else { return 0 }
        return Int32(clamping: (nanoseconds - now + 999_999) / 1_000_000)
    }

    public var hasPassed: Bool { Self.now() >= self }

    /// Seconds elapsed since this instant.
    public var elapsedSeconds: Double {
        let now = Self.now().nanoseconds
        return now > nanoseconds ? Double(now - nanoseconds) / 1e9 : 0
    }

    public static func < (lhs: Deadline, rhs: Deadline) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
}
