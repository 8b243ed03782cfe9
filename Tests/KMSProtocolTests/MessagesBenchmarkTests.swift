import KMSProtocol
import KMSTesting
import Testing

/// `make bench` times the protocol work with `KMSExchangeBenchmark` (a whole in-memory exchange:
/// encode, host decode and answer, validate). Its figures are printed there, from a release
/// build; here only that it does the whole exchange for every version, so that a bench figure
/// can never come from an exchange that failed halfway.
@Suite("KMS messages: the bench's in-memory exchange")
struct MessagesBenchmarkTests {
    @Test("the in-memory exchange validates every answer, for each version", arguments: KMSVersion.allCases)
    func exchangeCompletes(version: KMSVersion) throws {
        let result = try #require(KMSExchangeBenchmark.measure(version, iterations: 20))
        #expect(result.version == version)
        #expect(result.iterations == 20)
        #expect(result.microsecondsPerExchange > 0)
    }
}
