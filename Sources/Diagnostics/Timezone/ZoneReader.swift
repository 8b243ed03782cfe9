import Platform

/// Reads this process's timezone the way the C library applies it to this process's programs.
///
/// glibc decides from TZ, else /etc/localtime, and its `localtime_r` gives the offset. Swift's
/// TimeZone is not used: it disagrees with glibc on POSIX TZ strings (`CST-8`, `:Asia/Taipei`
/// come out as UTC) and reads the /etc/localtime symlink's name rather than the file, so it can
/// report a zone the system does not apply (see shared/netlab/README.md, pitfall 2).
///
/// Only the process's own zone is read, never a zone for some other TZ value: that would mean
/// setting TZ in the process environment, and `setenv` while another thread reads `environ`
/// (posix_spawn handing it to a child, Foundation listing it) hands that thread a freed array.
/// Tests that ask about other zones set TZ in a child process of their own.
public enum ZoneReader {
    public static let defaultLocaltimePath = "/etc/localtime"

    /// The zone glibc applies to this process at Unix time `now`.
    public static func read(now: Double = SNTPClient.systemClock()) -> ZoneReading {
        reading(origin: origin(tz: getenv("TZ").map { String(cString: $0) }), now: now)
    }

    /// Where a zone comes from and what it is called, for a TZ value (nil: unset) and a
    /// localtime file, as glibc chooses between them: a set TZ wins, even an empty one (UTC);
    /// else the file; else UTC.
    static func origin(tz: String?, localtimePath: String = defaultLocaltimePath) -> ZoneOrigin {
        if let tz {
            return ZoneOrigin(name: tz.isEmpty ? "UTC" : displayName(ofTZ: tz), source: .tzVariable, origin: tz)
        }
        guard access(localtimePath, F_OK) == 0 else {
            return ZoneOrigin(name: "UTC", source: .builtInDefault, origin: localtimePath)
        }
        return ZoneOrigin(name: symlinkZoneName(localtimePath), source: .localtime, origin: localtimePath)
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

    /// The offsets glibc gives now and in mid-January and mid-July of this year, under the
    /// process's TZ (`tzset` first, so a TZ set since the last conversion is taken).
    private static func reading(origin: ZoneOrigin, now: Double) -> ZoneReading {
        tzset()
        let seconds = time_t(now.rounded(.down))
        let current = localTime(seconds)
        let january = localTime(midMonth(year: current.tm_year, month: 0))
        let july = localTime(midMonth(year: current.tm_year, month: 6))
        let abbreviation = current.tm_zone.map { String(cString: $0) } ?? ""
        return ZoneReading(name: origin.name, source: origin.source, origin: origin.origin, utcOffsetSeconds: current.tm_gmtoff,
                           isDST: current.tm_isdst > 0,
                           observesDST: january.tm_gmtoff != july.tm_gmtoff || january.tm_isdst > 0 || july.tm_isdst > 0,
                           abbreviation: abbreviation)
    }

    private static func localTime(_ seconds: time_t) -> tm {
        var value = seconds
        var result = tm()
        localtime_r(&value, &result)
        return result
    }

    /// Noon UTC on the 15th of a month of `year` (tm_year form): far from any DST switch day.
    private static func midMonth(year: Int32, month: Int32) -> time_t {
        var parts = tm()
        parts.tm_year = year
        parts.tm_mon = month
        parts.tm_mday = 15
        parts.tm_hour = 12
        return timegm(&parts)
    }
}

/// Which of glibc's sources a zone comes from and its name: the part of a `ZoneReading` that
/// does not need glibc's conversion.
struct ZoneOrigin: Equatable {
    var name: String?
    var source: ZoneReading.Source
    var origin: String
}
