import KMSCore

/// What `kmswizard renew` will do inside WSL: which products to activate again on Windows and
/// which to leave. Only Windows' own reading makes a product due: overdue, within the warning
/// period, or reported not activated. With `--all` every product Windows reported on is renewed.
public struct RenewalPlan: Sendable, Equatable {
    public enum Scope: Sendable { case due, all }

    /// Short names to activate again, most urgent first.
    public let renew: [String]
    /// Short names left alone because they are not due (or Windows has not reported on them).
    public let skip: [String]

    public init(report: RenewalReport, scope: Scope) {
        var renew: [String] = []
        var skip: [String] = []
        for product in report.products {
            let reported = product.urgency != .notReported
            if product.urgency.isDue || (scope == .all && reported) {
                renew.append(product.shortName)
            } else {
                skip.append(product.shortName)
            }
        }
        self.renew = renew
        self.skip = skip
    }

    public var isEmpty: Bool { renew.isEmpty }

    /// Where to point a product on Windows: the host the user named, else the KMS host Windows
    /// itself is set to (a host check changed nothing on Windows, so it never decides), else the
    /// configured campus host.
    public static func endpoint(for record: ProductRecord?, override: Endpoint?, fallback: Endpoint) -> Endpoint {
        if let override { return override }
        if let windows = record?.windows, let host = windows.kmsHost, Endpoint.isValidHost(host) {
            return Endpoint(host: host, port: UInt16(clamping: windows.kmsPort ?? Int(CampusDefaults.kmsPort)))
        }
        return fallback
    }
}
