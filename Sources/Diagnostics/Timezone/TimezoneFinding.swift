/// What the timezone check found: the zone this system applies and, inside WSL, Windows' own.
///
/// The KMS host compares UTC, so a zone never breaks activation by itself; it matters because a
/// wall clock set by hand under a wrong zone is hours off in UTC, which the clock check catches.
/// Outside WSL the Linux zone says nothing about the Windows PC: it is information (a pass), with
/// the guide's advice for the PC. Inside WSL Windows' zone is read and warned about when it is
/// not Taipei's.
public struct TimezoneFinding: Sendable, Equatable {
    public var reading: ZoneReading
    /// Nil outside WSL.
    public var windows: WindowsZone?

    public init(reading: ZoneReading, windows: WindowsZone?) {
        self.reading = reading
        self.windows = windows
    }

    var status: CheckResult.Status {
        switch windows {
        case nil: .pass
        case let .read(id)?: id == WindowsZone.taipei ? .pass : .warn
        case .cannotRun?, .failed?: .skip
        }
    }
}

extension TimezoneFinding: Encodable {
    private enum Keys: String, CodingKey {
        case zone, utcOffsetSeconds, source, origin, isDST, observesDST, abbreviation, wsl, windowsZone, windowsZoneError
    }

    /// This system's zone (`zone` null when unnamed), its offset in seconds and source; inside WSL
    /// (`wsl` true) Windows' zone ID or why it could not be read (`cannotRun`, `failed`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(reading.name, forKey: .zone)
        try container.encode(reading.utcOffsetSeconds, forKey: .utcOffsetSeconds)
        try container.encode(reading.source.rawValue, forKey: .source)
        try container.encode(reading.origin, forKey: .origin)
        try container.encode(reading.isDST, forKey: .isDST)
        try container.encode(reading.observesDST, forKey: .observesDST)
        try container.encode(reading.abbreviation, forKey: .abbreviation)
        try container.encode(windows != nil, forKey: .wsl)
        var zone: String?, problem: String?
        switch windows {
        case let .read(id)?: zone = id
        case .cannotRun?: problem = "cannotRun"
        case .failed?: problem = "failed"
        case nil: break
        }
        try container.encode(zone, forKey: .windowsZone)
        try container.encode(problem, forKey: .windowsZoneError)
    }
}
