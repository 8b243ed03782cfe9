/// How long a KMS activation lasts and how early kmswizard starts to warn, in days.
///
/// A KMS client that cannot reach its host for 180 days falls back to unactivated; the guide tells
/// users to reconnect before then. Tests and the wizard pass other values only to probe edges.
public struct RenewalPolicy: Sendable, Equatable, Codable {
    public var renewalDays: Int
    public var warningDays: Int

    public init(renewalDays: Int = CampusDefaults.renewalDays, warningDays: Int = CampusDefaults.warningDays) {
        self.renewalDays = renewalDays
        self.warningDays = warningDays
    }

    public static let campus = RenewalPolicy()
}
