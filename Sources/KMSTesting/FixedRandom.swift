import KMSProtocol

/// A deterministic source for tests: every call returns `pattern` repeated (and cut) to the
/// requested length, starting from its first byte.
public struct FixedRandom: RandomSource {
    public let pattern: [UInt8]

    public init(_ pattern: [UInt8]) { self.pattern = pattern }

    public func bytes(_ count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        guard !pattern.isEmpty else { return [UInt8](repeating: 0, count: count) }
        return (0..<count).map { pattern[$0 % pattern.count] }
    }
}
