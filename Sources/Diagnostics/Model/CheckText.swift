import Localization

/// A check result in words, in one language: the figure, what it means, and what to do.
public struct CheckText: Sendable, Equatable {
    /// The measured figure in a few words ("+0.012 s", "198.18.10.5:1688 已連上，3 ms").
    public var value: String
    /// What the figure means, in sentences that do not repeat it.
    public var message: String
    /// What to do about a warning or failure that the situation's advice (`Advisor`) does not cover.
    public var hint: String?

    public init(value: String, message: String, hint: String? = nil) {
        self.value = value
        self.message = message
        self.hint = hint
    }
}

extension CheckResult {
    /// The result in the reader's words; call it again with another localizer to switch language.
    public func text(_ t: Localizer) -> CheckText {
        switch finding {
        case let .clock(finding): ClockText.describe(finding, t)
        case let .timezone(finding): TimezoneText.describe(finding, t)
        case let .network(finding): NetworkText.describe(finding, t)
        case let .dns(finding): DNSText.describe(finding, t)
        case let .reachability(finding): ReachabilityText.describe(finding, t)
        case let .kms(finding): KMSText.describe(finding, t)
        case .kmsHostClock: CheckText(value: t("diagnose.clock.kmsHost.value"), message: t("diagnose.clock.kmsHost"))
        case let .overran(_, seconds):
            CheckText(value: t("diagnose.value.noResult", ["seconds": seconds.secondsText]),
                      message: t("diagnose.runner.overran", ["seconds": seconds.secondsText]))
        }
    }
}
