import KMSCore

/// How early kmswizard starts to warn before the expiry Windows reported, in days.
///
/// A KMS client that cannot reach its host for 180 days falls back to unactivated, and Windows
/// reports the time left itself; the guide tells users to reconnect before then. Tests pass other
/// values only to probe edges.
public struct RenewalPolicy: Sendable, Equatable, Codable {
    public var warningDays: Int

    public init(warningDays: Int = CampusDefaults.warningDays) {
        self.warningDays = warningDays
    }

    public static let campus = RenewalPolicy()
}
