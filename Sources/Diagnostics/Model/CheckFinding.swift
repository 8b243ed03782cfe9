import KMSCore

/// What one check found, per check: the typed facts behind its status, words and JSON `data`.
public enum CheckFinding: Sendable, Equatable {
    case clock(ClockFinding)
    case timezone(TimezoneFinding)
    case network(NetworkFinding)
    case dns(DNSFinding)
    case reachability(ReachabilityFinding)
    case kms(KMSFinding)
    /// The KMS host's own clock, which no answer reveals (see `KMSHostClock`).
    case kmsHostClock
    /// The check `id` gave no result within `seconds`.
    case overran(id: String, seconds: Double)

    public var id: String {
        switch self {
        case .clock: ClockCheck.id
        case .timezone: TimezoneCheck.id
        case .network: NetworkCheck.id
        case .dns: DNSCheck.id
        case .reachability: ReachabilityCheck.id
        case .kms: KMSCheck.id
        case .kmsHostClock: KMSHostClock.id
        case let .overran(id, _): id
        }
    }

    public var status: CheckResult.Status {
        switch self {
        case let .clock(finding): finding.status
        case let .timezone(finding): finding.status
        case let .network(finding): finding.status
        case let .dns(finding): finding.status
        case let .reachability(finding): finding.status
        case let .kms(finding): finding.status
        case .kmsHostClock: .skip
        case .overran: .fail
        }
    }

    public var windowsCode: ActivationErrorCode? {
        switch self {
        case let .clock(finding): finding.windowsCode
        case .timezone, .kmsHostClock, .overran: nil
        case let .network(finding): finding.windowsCode
        case let .dns(finding): finding.windowsCode
        case let .reachability(finding): finding.windowsCode
        case let .kms(finding): finding.windowsCode
        }
    }
}
