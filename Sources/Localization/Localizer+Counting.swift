import KMSCore

/// Counts and intervals in the reader's words (docs/glossary.md, "Numbers and units").
extension Localizer {
    /// `key` for `count` things, the count filled in as `{n}`: English takes `key.one` for exactly
    /// one ("1 client", "1 day") where the table has it; zh-TW has one form for every count.
    public func counted(_ key: String, _ count: Int, _ arguments: Variables = [:]) -> String {
        let singular = key + ".one"
        let chosen = count == 1 && table.contains(singular) ? singular : key
        return self(chosen, arguments.adding("n", String(count)))
    }

    /// An interval given in minutes (as the KMS host gives its intervals), in the largest whole
    /// units and without the zero ones, the way people say it: "7 天" rather than "10080 分鐘",
    /// "2 hours", "1 天 12 小時", "45 minutes".
    public func interval(minutes: Int) -> String {
        let total = max(0, minutes)
        let parts = [("common.unit.days", total / 1440), ("common.unit.hours", total % 1440 / 60), ("common.unit.minutes", total % 60)]
            .filter { $0.1 > 0 }
        guard !parts.isEmpty else { return counted("common.unit.minutes", 0) }
        return parts.map { counted($0.0, $0.1) }.joined(separator: " ")
    }
}
