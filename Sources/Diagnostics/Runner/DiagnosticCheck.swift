/// One check the runner can start: its id and an async function that always returns a result.
///
/// Every check (dns, reachability, network, kms, and diag-clock's clock and timezone) plugs in
/// as one closure, so the runner knows nothing about what a check measures.
public struct DiagnosticCheck: Sendable {
    public let id: String
    public let run: @Sendable () async -> CheckResult

    public init(id: String, run: @escaping @Sendable () async -> CheckResult) {
        self.id = id
        self.run = run
    }
}
