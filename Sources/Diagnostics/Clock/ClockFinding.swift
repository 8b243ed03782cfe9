import KMSCore

/// What the clock check found: one NTP measurement of this computer's clock, or why none came.
public enum ClockFinding: Sendable, Equatable {
    case measured(NTPMeasurement, server: Endpoint, isWSL: Bool)
    /// No usable time from the reference: the clock is unchecked, never passed.
    case unmeasured(SNTPError, server: Endpoint)

    public var verdict: ClockVerdict? {
        if case let .measured(measurement, _, _) = self { return ClockVerdict(clockError: measurement.clockError) }
        return nil
    }

    var status: CheckResult.Status { verdict?.status ?? .warn }

    var windowsCode: ActivationErrorCode? { status == .fail ? .clockTooFar : nil }
}

extension SNTPError {
    /// The stable word for scripts: `refused`, `timeout`, `kissOfDeath`...
    var kind: String {
        switch self {
        case .resolve: "resolve"
        case .socket: "socket"
        case .refused: "refused"
        case .unreachable: "unreachable"
        case .timeout: "timeout"
        case .shortReply: "shortReply"
        case .badMode: "badMode"
        case .badVersion: "badVersion"
        case .originMismatch: "originMismatch"
        case .kissOfDeath: "kissOfDeath"
        case .unsynchronised: "unsynchronised"
        case .zeroTransmitTimestamp: "zeroTransmitTimestamp"
        }
    }
}

extension ClockFinding: Encodable {
    private enum Keys: String, CodingKey {
        case server, serverAddress, offsetSeconds, roundTripSeconds, stratum, reference, localTime, referenceTime
        case band, wholeHoursOff, failure, reason
    }

    /// `offsetSeconds` is this clock minus the reference (positive: ahead); times are Unix seconds.
    /// Unmeasured: the figures are null and `failure` names why (`reason`: errno/EAI name, kiss code).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case let .measured(measurement, server, _):
            let verdict = ClockVerdict(clockError: measurement.clockError)
            try container.encode(server.description, forKey: .server)
            try container.encode(measurement.serverAddress, forKey: .serverAddress)
            try container.encode(measurement.clockError, forKey: .offsetSeconds)
            try container.encode(measurement.delay, forKey: .roundTripSeconds)
            try container.encode(measurement.stratum, forKey: .stratum)
            try container.encode(measurement.referenceID, forKey: .reference)
            try container.encode(measurement.localTime, forKey: .localTime)
            try container.encode(measurement.localTime + measurement.offset, forKey: .referenceTime)
            try container.encode(verdict.band.rawValue, forKey: .band)
            try container.encode(verdict.wholeHours, forKey: .wholeHoursOff)
            try container.encodeNil(forKey: .failure)
            try container.encodeNil(forKey: .reason)
        case let .unmeasured(error, server):
            try container.encode(server.description, forKey: .server)
            for key in [Keys.serverAddress, .offsetSeconds, .roundTripSeconds, .stratum, .reference, .localTime,
                        .referenceTime, .band, .wholeHoursOff] {
                try container.encodeNil(forKey: key)
            }
            try container.encode(error.kind, forKey: .failure)
            let reason: String? = switch error {
            case let .resolve(_, why), let .socket(_, why), let .unreachable(why): why.symbolicName
            case let .kissOfDeath(code): code
            default: nil
            }
            try container.encode(reason, forKey: .reason)
        }
    }
}
