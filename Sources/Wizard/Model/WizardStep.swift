/// The campus guide's steps, in order.
public enum WizardStep: Int, Sendable, CaseIterable, Comparable {
    case welcome, identity, network, clock, products, activation, status

    public static func < (lhs: WizardStep, rhs: WizardStep) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The step before this one (`b`); the welcome screen has none.
    public var previous: WizardStep? { WizardStep(rawValue: rawValue - 1) }
    public var next: WizardStep? { WizardStep(rawValue: rawValue + 1) }
    /// The string table key of the step's name.
    public var nameKey: String { "wizard.step.\(self)" }
}

/// Who the user is: the campus guide's list of people the licence covers, plus everyone else.
/// The raw value is what the state file keeps in `identity`.
public enum Identity: String, Sendable, CaseIterable, Codable {
    case teacher, ta, staff, assistant, student, graduate, outsider

    /// Whether the campus licence covers this person.
    public var isLicensed: Bool { self != .outsider }
}

/// The two diagnostic groups the wizard runs as steps.
public enum CheckKind: String, Sendable, CaseIterable {
    /// Campus network / VPN / off campus, DNS, TCP reachability of the KMS host.
    case network
    /// Clock offset against the NTP reference, and the timezone.
    case clock

    public var step: WizardStep { self == .network ? .network : .clock }
}
