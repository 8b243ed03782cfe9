import Localization

/// Numbers and durations as the clock check prints them: values in SI units in both languages,
/// durations inside sentences in the reader's words; without Foundation's String(format:),
/// which FoundationEssentials lacks.
enum DurationText {
    /// `value` with exactly `decimals` digits after the point: fixed(-0.0004, 3) = "-0.000".
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return "\(value)" }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        let sign = value < 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        let fraction = String(units % Int64(scale))
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// A plain positive duration: "0.5 s", "5 s", "2.5 s".
    static func seconds(_ value: Double) -> String {
        let text = fixed(value, decimals: value == value.rounded() ? 0 : 1)
        return text + " s"
    }

    /// A round-trip delay in milliseconds: "0.42 ms", "12.3 ms".
    static func milliseconds(_ seconds: Double) -> String {
        let ms = seconds * 1000
        return fixed(ms, decimals: abs(ms) < 10 ? 2 : 1) + " ms"
    }

    /// A signed clock error: "+0.012 s", "-300.000 s", "+28800.0 s", "-432000 s": exact seconds,
    /// fewer decimals as it grows (the message gives the size in the reader's words).
    /// A value that rounds to zero is "+0.000 s", never "-0.000 s".
    static func signedOffset(_ seconds: Double) -> String {
        let magnitude = abs(seconds)
        let digits = fixed(magnitude, decimals: magnitude < 3600 ? 3 : magnitude < 86_400 ? 1 : 0)
        let sign = seconds < 0 && digits.contains(where: { $0 != "0" && $0 != "." }) ? "-" : "+"
        return sign + digits + " s"
    }

    /// A duration's two largest units in the reader's words, for sentences: "5 天 0 小時", "5 d 0 h".
    static func humanized(_ magnitude: Double, localizer t: Localizer) -> String {
        guard let units = LargestUnits(magnitude) else { return "\(magnitude)" }
        return t("diagnose.clock.duration.\(units.name)", ["first": String(units.first), "second": String(units.second)])
    }

    /// A duration's two largest units: days and hours, hours and minutes, or minutes and seconds.
    private struct LargestUnits {
        let name: String
        let first: Int64
        let second: Int64

        init?(_ magnitude: Double) {
            guard magnitude.isFinite else { return nil }
            let total = Int64(min(magnitude.rounded(), 9e15))
            let days = total / 86_400, hours = total % 86_400 / 3600, minutes = total % 3600 / 60
            if days > 0 {
                (name, first, second) = ("days", days, hours)
            } else if hours > 0 {
                (name, first, second) = ("hours", hours, minutes)
            } else {
                (name, first, second) = ("minutes", minutes, total % 60)
            }
        }
    }
}
