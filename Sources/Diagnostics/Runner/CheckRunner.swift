/// Runs every check at once, each bounded in time, and sums them up in a verdict.
///
/// With the checks concurrent, a KMS host that drops packets costs about one timeout in all,
/// not one per check.
public enum CheckRunner {
    /// Extra time a check gets beyond the network timeout for its own bookkeeping.
    public static let grace = 1.0

    /// The results in the order of `checks`, and the verdict over them.
    public static func run(_ checks: [DiagnosticCheck], timeout: Double) async -> Diagnosis {
        let limit = timeout + grace
        let started = ContinuousClock.now
        let results = await withTaskGroup(of: (Int, CheckResult).self) { group in
            for (index, check) in checks.enumerated() {
                group.addTask {
                    let result = await TimeLimit.run(seconds: limit) { await check.run() }
                    return (index, result ?? CheckResult(.overran(id: check.id, seconds: limit)))
                }
            }
            var collected = [CheckResult?](repeating: nil, count: checks.count)
            for await (index, result) in group { collected[index] = result }
            return collected.compactMap { $0 }
        }
        let elapsed = started.duration(to: .now)
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return Diagnosis(checks: results, elapsedMilliseconds: milliseconds)
    }
}
