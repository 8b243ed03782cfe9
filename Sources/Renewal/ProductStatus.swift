import Platform

/// One product as the status views show it: its last host checks, the activation file written
/// for it, and what Windows reported, read against the clock. The status screen, `status`,
/// `status --print` and `status --json` are all views of this.
public struct ProductStatus: Sendable, Equatable {
    /// What the user should do next, in order; each view turns it into words.
    public enum Advice: String, Sendable, Codable {
        /// Off campus, the KMS host is reachable only through the SSL VPN.
        case connectCampusOrVPN = "connect-campus-or-vpn"
        /// The activation file is written: run it on the Windows PC as administrator.
        case runActivationFile = "run-activation-file"
        /// No activation file yet: write one (`kmswizard script` or the wizard).
        case writeActivationFile = "write-activation-file"
        /// Inside WSL: `kmswizard renew` (or the wizard's `w`) in a terminal run as administrator.
        case renewOnWindows = "renew-on-windows"
        /// The last host check failed with a Windows code that `explain` can say more about.
        case explainLastError = "explain-last-error"
        /// Inside WSL, Windows does not report the product installed: nothing to activate until it is.
        case notOnWindows = "not-on-windows"
    }

    public let shortName: String
    public let record: ProductRecord
    /// The expiry Windows reported for its KMS activation; nil when Windows reported none.
    public let timeline: RenewalTimeline?
    public let urgency: RenewalUrgency
    /// Where Windows stands from here: the advice for a product it has not reported depends on it.
    public enum WindowsReach: Sendable, Equatable {
        /// Not inside WSL: the step that activates is the file, run on the PC.
        case notHere
        /// Inside WSL and read just now: a product it does not list is not installed there.
        case readNow
        /// Inside WSL, but not readable now: nothing is known beyond the stored readings.
        case unreadable
    }

    public let windowsReach: WindowsReach

    public init(shortName: String, record: ProductRecord, now: Date, policy: RenewalPolicy = .campus, windowsReach: WindowsReach = .notHere) {
        self.shortName = shortName
        self.record = record
        self.windowsReach = windowsReach
        let timeline = record.windows?.expiresAt.map { RenewalTimeline(deadline: $0, now: now, policy: policy) }
        self.timeline = timeline
        guard let windows = record.windows else {
            urgency = .notReported
            return
        }
        urgency = windows.isActivated ? (timeline?.urgency ?? .ok) : .notActivated
    }

    /// Windows reported it activated (and, for KMS, not yet past the expiry it reported).
    public var windowsActivated: Bool { urgency == .ok || urgency == .dueSoon }

    public var advice: [Advice] {
        var steps: [Advice] = []
        switch urgency {
        case .ok: break
        case .dueSoon, .overdue, .notActivated: steps += [.connectCampusOrVPN, .renewOnWindows]
        case .notReported where windowsReach == .readNow: steps += [.notOnWindows]
        case .notReported where windowsReach == .unreadable: steps += [.connectCampusOrVPN, .renewOnWindows]
        case .notReported: steps += [.connectCampusOrVPN, record.script == nil ? .writeActivationFile : .runActivationFile]
        }
        if record.lastHostCheckFailed, record.lastHostCheckFailure?.windowsCode != nil { steps.append(.explainLastError) }
        return steps
    }
}
