/// Where one product stands against its renewal deadline; the raw value is the stable JSON word.
public enum RenewalUrgency: String, Sendable, Codable, CaseIterable {
    /// Activated and more than the warning period away from its deadline.
    case ok
    /// Within the warning period (30 days) of its deadline.
    case dueSoon = "due-soon"
    /// Past its deadline: Windows or Office has probably fallen back to unactivated.
    case overdue
    /// Tried but never activated successfully: it needs an activation, not a renewal.
    case neverActivated = "never-activated"

    /// Whether `renew` (without `--all`) acts on a product in this state.
    public var isDue: Bool { self != .ok }
}
