import KMSCore

/// The outcome of one diagnostic check, as data: what was found, in language-independent form.
///
/// Status and Windows code follow from the finding; the words (`value`, `message`, `hint`) are
/// made only where the result is shown, by `text(_:)` in the reader's language, so a screen
/// that switches language re-renders every word of a result it already holds.
public struct CheckResult: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, Comparable, CaseIterable {
        case pass, warn, fail, skip

        /// Orders by severity so that the worst status of a run is `max()`.
        public static func < (lhs: Status, rhs: Status) -> Bool { lhs.severity < rhs.severity }
        var severity: Int { [.skip: 0, .pass: 1, .warn: 2, .fail: 3][self]! }
    }

    public let finding: CheckFinding

    public init(_ finding: CheckFinding) { self.finding = finding }

    /// Stable identifier: `clock`, `timezone`, `network`, `dns`, `reachability`, `kms`, `kmsHostClock`.
    public var id: String { finding.id }
    public var status: Status { finding.status }
    /// The activation error this problem shows up as on Windows, e.g. 0xC004F074.
    public var windowsCode: ActivationErrorCode? { finding.windowsCode }
}
