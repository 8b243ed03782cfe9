/// The outcome of one diagnostic check, as `diagnose` prints it and the wizard shows it.
///
/// `message` and `hint` are already in the user's language; `value` is the measured figure in
/// plain units (e.g. "+0.012 s", "198.18.10.5:1688 in 3 ms"); `windowsCode` names the activation
/// error this failure would cause on Windows (e.g. "0xC004F074").
public struct CheckResult: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable, Comparable, CaseIterable {
        case pass, warn, fail, skip

        /// Orders by severity so that the worst status of a run is `max()`.
        public static func < (lhs: Status, rhs: Status) -> Bool { lhs.severity < rhs.severity }
        var severity: Int { [.skip: 0, .pass: 1, .warn: 2, .fail: 3][self]! }
    }

    /// Stable identifier: `clock`, `timezone`, `dns`, `reachability`, `network`, `kms`.
    public var id: String
    public var status: Status
    public var value: String
    public var message: String
    public var hint: String?
    public var windowsCode: String?

    public init(id: String, status: Status, value: String, message: String, hint: String? = nil, windowsCode: String? = nil) {
        self.id = id
        self.status = status
        self.value = value
        self.message = message
        self.hint = hint
        self.windowsCode = windowsCode
    }
}
