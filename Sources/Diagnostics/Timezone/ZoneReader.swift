import Activation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the timezone the way the C library applies it to this process's programs.
///
/// glibc decides from TZ, else /etc/localtime, and its `localtime_r` gives the offset. Swift's
/// TimeZone is not used: it disagrees with glibc on POSIX TZ strings (`CST-8`, `:Asia/Taipei`
/// come out as UTC) and reads the /etc/localtime symlink's name rather than the file, so it can
/// report a zone the system does not apply (see shared/netlab/README.md, pitfall 2).
public enum ZoneReader {
    public static let defaultLocaltimePath = "/etc/localtime"

    /// TZ is process-global state that glibc reads in `tzset`; evaluating a zone for an
    /// environment that is not the process's own swaps it under this lock and restores it.
    private static let tzLock = Locked(())

    /// The zone for `environment` (normally the process environment) at Unix time `now`.
    public static func read(environment: [String: String], localtimePath: String = defaultLocaltimePath,
                            now: Double = SNTPClient.systemClock()) -> ZoneReading {
        if let tz = environment["TZ"] {
            return reading(tz: tz, now: now, name: tz.isEmpty ? "UTC" : displayName(ofTZ: tz), source: .tzVariable, origin: tz)
        }
        guard access(localtimePath, F_OK) == 0 else {
            return reading(tz: "", now: now, name: "UTC", source: .builtInDefault, origin: localtimePath)
        }
        // With TZ unset glibc reads /etc/localtime itself; another file is named through TZ.
        let tz = localtimePath == defaultLocaltimePath ? nil : ":" + localtimePath
        return reading(tz: tz, now: now, name: symlinkZoneName(localtimePath), source: .localtime,
                       origin: localtimePath)
    }

    /// `Asia/Taipei` for `Asia/Taipei`, `:Asia/Taipei` and `/usr/share/zoneinfo/Asia/Taipei`;
    /// a POSIX rule such as `CST-8` is its own name.
    static func displayName(ofTZ tz: String) -> String {
        let bare = tz.hasPrefix(":") ? String(tz.dropFirst()) : tz
        return zoneName(inPath: bare) ?? bare
    }

    /// The IANA name a /etc/localtime symlink points at, or nil for a plain file.
    static func symlinkZoneName(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return zoneName(inPath: target) ?? target
    }

    /// The part of a path after `zoneinfo/` (also `zoneinfo/posix/`, `zoneinfo/right/`).
    static func zoneName(inPath path: String) -> String? {
        var components = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let zoneinfo = components.lastIndex(of: "zoneinfo") else { return nil }
        components.removeSubrange(...zoneinfo)
        if let first = components.first, first == "posix" || first == "right" { components.removeFirst() }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }

    private static func reading(tz: String?, now: Double, name: String?, source: ZoneReading.Source, origin: String) -> ZoneReading {
        let seconds = time_t(now.rounded(.down))
        let (current, january, july) = withTZ(tz) { () -> (tm, tm, tm) in
            let year = localTime(seconds).tm_year
            return (localTime(seconds), localTime(startOfMonth(year: year, month: 0)), localTime(startOfMonth(year: year, month: 6)))
        }
        let abbreviation = current.tm_zone.map { String(cString: $0) } ?? ""
        return ZoneReading(name: name, source: source, origin: origin, utcOffsetSeconds: current.tm_gmtoff,
                           isDST: current.tm_isdst > 0,
                           observesDST: january.tm_gmtoff != july.tm_gmtoff || january.tm_isdst > 0 || july.tm_isdst > 0,
                           abbreviation: abbreviation)
    }

    /// Runs `body` with TZ set to `value` (nil: unset) for glibc. When that is already the
    /// process's TZ, as it is for the real environment, nothing is swapped; otherwise TZ is
    /// changed under the lock and restored, which only tests asking about other zones do.
    private static func withTZ<T>(_ value: String?, _ body: () -> T) -> T {
        tzLock.withLock { _ in
            let previous = getenv("TZ").map { String(cString: $0) }
            guard previous != value else {
                tzset()
                return body()
            }
            if let value { setenv("TZ", value, 1) } else { unsetenv("TZ") }
            tzset()
            let result = body()
            if let previous { setenv("TZ", previous, 1) } else { unsetenv("TZ") }
            tzset()
            return result
        }
    }

    private static func localTime(_ seconds: time_t) -> tm {
        var value = seconds
        var result = tm()
        localtime_r(&value, &result)
        return result
    }

    /// Noon UTC on the 15th of a month of `year` (tm_year form): far from any DST switch day.
    private static func startOfMonth(year: Int32, month: Int32) -> time_t {
        var parts = tm()
        parts.tm_year = year
        parts.tm_mon = month
        parts.tm_mday = 15
        parts.tm_hour = 12
        return timegm(&parts)
    }
}
