/// `LicenseStatus` of Microsoft's SoftwareLicensingProduct (and OfficeSoftwareProtectionProduct)
/// class, as Windows reports it; the raw value is the documented number.
public enum WindowsLicenseStatus: Int, Sendable, Codable, CaseIterable {
    case unlicensed = 0
    case licensed = 1
    /// Out-of-box grace: the 30 days a fresh install runs before it must be activated.
    case outOfBoxGrace = 2
    /// Out-of-tolerance grace: hardware changed too much since activation.
    case outOfToleranceGrace = 3
    case nonGenuineGrace = 4
    /// The grace period ran out; Windows nags and some features stop.
    case notification = 5
    case extendedGrace = 6

    /// One of the grace states, in which `GracePeriodRemaining` counts down to the end of grace.
    public var isGrace: Bool {
        switch self {
        case .outOfBoxGrace, .outOfToleranceGrace, .nonGenuineGrace, .extendedGrace: true
        case .unlicensed, .licensed, .notification: false
        }
    }

    /// The stable word for JSON.
    public var word: String {
        switch self {
        case .unlicensed: "unlicensed"
        case .licensed: "licensed"
        case .outOfBoxGrace: "oobGrace"
        case .outOfToleranceGrace: "ootGrace"
        case .nonGenuineGrace: "nonGenuineGrace"
        case .notification: "notification"
        case .extendedGrace: "extendedGrace"
        }
    }
}
