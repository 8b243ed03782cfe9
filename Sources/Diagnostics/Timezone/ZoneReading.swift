/// The system timezone as the operating system applies it right now.
public struct ZoneReading: Sendable, Equatable, Codable {
    /// Where the zone came from, in the order glibc consults them.
    public enum Source: String, Sendable, Codable {
        /// The TZ environment variable (an IANA name, `:Name`, a file path or a POSIX rule).
        case tzVariable = "TZ"
        /// The /etc/localtime file (usually a symlink into /usr/share/zoneinfo).
        case localtime = "/etc/localtime"
        /// Neither: glibc falls back to UTC.
        case builtInDefault = "default"
    }

    /// The zone's name (`Asia/Taipei`, the TZ text `CST-8`), or nil when /etc/localtime is a
    /// plain file whose name cannot be known.
    public var name: String?
    public var source: Source
    /// The TZ value or the localtime file path that was read.
    public var origin: String
    /// Seconds east of UTC now (glibc's tm_gmtoff): Taipei is 28800.
    public var utcOffsetSeconds: Int
    /// Whether daylight saving time is in effect now.
    public var isDST: Bool
    /// Whether the zone's offset differs between January and July of this year (or it is in
    /// DST at either), i.e. whether it follows daylight saving time at all.
    public var observesDST: Bool
    /// The abbreviation glibc gives (`CST`, `JST`, `UTC`).
    public var abbreviation: String

    public init(name: String?, source: Source, origin: String, utcOffsetSeconds: Int, isDST: Bool,
                observesDST: Bool, abbreviation: String) {
        self.name = name
        self.source = source
        self.origin = origin
        self.utcOffsetSeconds = utcOffsetSeconds
        self.isDST = isDST
        self.observesDST = observesDST
        self.abbreviation = abbreviation
    }

    /// `UTC+08:00`, `UTC-03:30`, `UTC+00:00`: the form Windows shows in its zone list.
    public var utcOffsetText: String { Self.utcOffsetText(utcOffsetSeconds) }

    public static func utcOffsetText(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        let hours = magnitude / 3600, minutes = magnitude % 3600 / 60
        return "UTC" + (seconds < 0 ? "-" : "+") + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
