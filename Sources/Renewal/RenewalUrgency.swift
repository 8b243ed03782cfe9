/// Where one product stands, from what Windows reported; the raw value is the stable JSON word.
public enum RenewalUrgency: String, Sendable, Codable, CaseIterable {
    /// Windows reported it activated, and its KMS activation runs more than the warning period.
    case ok
    /// Windows reported it activated, within the warning period (30 days) of its expiry.
    case dueSoon = "due-soon"
    /// The expiry Windows reported has passed: it has probably fallen back to unactivated.
    case overdue
    /// Windows reported it not activated (grace, notification or unlicensed).
    case notActivated = "not-activated"
    /// Windows has not reported on it: only host checks (and perhaps an activation file) are known.
    case notReported = "not-reported"

    /// Whether `renew` (without `--all`) acts on a product in this state: Windows' word is needed.
    public var isDue: Bool { self == .dueSoon || self == .overdue || self == .notActivated }
}
