/// A number as config.toml writes it (a TOML integer or float: digits, sign, `.`, exponent, `_`
/// between digits): the one reading of a number for the file and the environment alike, so
/// `KMSWIZARD_TIMEOUT=0x10` is refused as `timeout = 0x10` is.
enum ConfigNumber {
    static let characters = Set("0123456789+-._eE")

    static func parse(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy(characters.contains),
              !text.contains("__"), !text.hasPrefix("_"), !text.hasSuffix("_"),
              let number = Double(text.filter { $0 != "_" }), number.isFinite else { return nil }
        return number
    }

    /// Timeouts in seconds, for `--timeout`, the environment and the file: at least a millisecond
    /// (poll's resolution; `1e-300` would time out before anything was sent), at most ten minutes.
    static let timeoutSeconds: ClosedRange<Double> = 0.001...600
}
