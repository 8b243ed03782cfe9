import CryptoBridge

/// Where random bytes come from (request IVs; a test host's salts and IVs). Production uses
/// `SystemRandom`; tests inject `FixedRandom` to make exchanges reproducible.
public protocol RandomSource: Sendable {
    func bytes(_ count: Int) -> [UInt8]
}

/// OpenSSL's CSPRNG (RAND_bytes); should OpenSSL ever refuse, the system generator of the Swift
/// standard library (getrandom) fills in, so a caller always gets `count` unpredictable bytes.
public struct SystemRandom: RandomSource {
    public init() {}

    public func bytes(_ count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: count)
        if OpenSSLRuntime.ready, count <= Int(Int32.max), RAND_bytes(&buffer, Int32(count)) == 1 { return buffer }
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
