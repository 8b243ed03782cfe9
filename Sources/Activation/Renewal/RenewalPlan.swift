/// What `kmswizard renew` will do: which products to activate again and which to leave.
///
/// Without `--all` only products that need it are renewed: overdue, within the warning period,
/// or never activated successfully (a product the user tried and failed still needs its
/// activation). With `--all` every product in the state file is renewed, which also resets the
/// 180-day deadline of those that are fine.
public struct RenewalPlan: Sendable, Equatable {
    public enum Scope: Sendable { case due, all }

    /// Short names to activate again, most urgent first.
    public let renew: [String]
    /// Short names left alone because they are not due.
    public let skip: [String]

    public init(report: RenewalReport, scope: Scope) {
        var renew: [String] = []
        var skip: [String] = []
        for product in report.products {
            if scope == .all || product.urgency.isDue {
                renew.append(product.shortName)
            } else {
                skip.append(product.shortName)
            }
        }
        self.renew = renew
        self.skip = skip
    }

    public var isEmpty: Bool { renew.isEmpty }

    /// Where to renew a product: the host the user named, else the host that activated it last
    /// time (a renewal goes back to the same KMS host), else the campus host.
    public static func endpoint(for record: ProductRecord?, override: Endpoint?, fallback: Endpoint) -> Endpoint {
        if let override { return override }
        if let last = record?.lastSuccess, Endpoint.isValidHost(last.host), last.port > 0 {
            return Endpoint(host: last.host, port: last.port)
        }
        return fallback
    }
}
