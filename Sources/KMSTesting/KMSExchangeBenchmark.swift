import Platform
import KMSProtocol

/// Times the KMS message work of one exchange per version, all in memory: the client encodes a
/// request, a host decodes it and builds an answer, the client validates that answer. Network and
/// RPC are left out, so the figure is the cost of the protocol's crypto and parsing alone.
public enum KMSExchangeBenchmark {
    public struct Result: Sendable {
        public let version: KMSVersion
        public let iterations: Int
        public let total: Duration

        /// Mean cost of one full exchange, in microseconds.
        public var microsecondsPerExchange: Double {
            let (seconds, attoseconds) = total.components
            return (Double(seconds) * 1e6 + Double(attoseconds) / 1e12) / Double(max(iterations, 1))
        }
    }

    /// Runs `iterations` exchanges (at least 1); nil if an exchange fails (it never should).
    public static func measure(_ version: KMSVersion, iterations: Int = 1000) -> Result? {
        let random = FixedRandom((0..<16).map { UInt8($0 * 11) })
        let fields = KMSRequestFields(
            version: version, isVirtualMachine: false, licenseStatus: KMSRequestFields.outOfBoxGrace,
            graceMinutes: KMSRequestFields.defaultGraceMinutes, applicationID: KMSRequestFields.zeroID,
            skuID: KMSRequestFields.zeroID, kmsCountedID: KMSRequestFields.zeroID, clientMachineID: KMSRequestFields.zeroID,
            previousClientMachineID: KMSRequestFields.zeroID, requiredClientCount: 25,
            timestamp: 134_400_383_160_000_000, workstationName: "BENCHMARK")
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<max(iterations, 1) {
            let request = KMSRequestEncoder.encode(fields, iv: random.bytes(16))
            guard let decoded = try? KMSRequestDecoder.decode(request.bytes) else { return nil }
            let base = KMSResponseEncoder.echoingBase(for: decoded, epid: "03612-00206-556-123456-03-1033-17763.0000-0452024",
                                                      currentCount: 50, activationIntervalMinutes: 120,
                                                      renewalIntervalMinutes: 10_080)
            guard let answer = try? KMSResponseEncoder.encode(base: base, for: decoded, serverIV: random.bytes(16),
                                                              random: random.bytes(16), hwid: [1, 2, 3, 4, 5, 6, 7, 8]),
                  (try? KMSResponseDecoder.decode(answer, for: request.context)) != nil else { return nil }
        }
        return Result(version: version, iterations: max(iterations, 1), total: clock.now - start)
    }
}
