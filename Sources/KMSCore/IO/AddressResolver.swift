import Platform
import Dispatch

/// Turns an `Endpoint` into TCP socket addresses (`AddressLookup`), IPv4 and IPv6 alike, within a deadline.
///
/// getaddrinfo itself cannot be given a timeout, so a name is looked up on a thread of its own;
/// when the deadline passes first the answer is abandoned (the thread ends by itself when the
/// resolver gives up) and the caller gets a timeout instead of waiting on a slow resolver. An
/// address literal asks no resolver (AI_NUMERICHOST), so it is converted on the calling thread:
/// `activate --count 1000` against an IP address then starts no thread and no wait per request.
public enum AddressResolver {
    public static func resolve(_ endpoint: Endpoint, before deadline: Deadline,
                               overallSeconds: Double) throws(TransportError) -> [SocketAddress] {
        let host = endpoint.host
        let port = endpoint.port
        guard endpoint.isName else { return try lookUp(host: host, port: port, numeric: true).get() }
        let outcome = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        DetachedThread.start {
            outcome.value = lookUp(host: host, port: port, numeric: false)
            done.signal()
        }
        let waited = done.wait(timeout: .now() + .milliseconds(Int(deadline.remainingMilliseconds)))
        guard waited == .success, let result = outcome.value else {
            throw .timeout(.resolving, seconds: overallSeconds, overall: true, receivedBytes: 0)
        }
        return try result.get()
    }

    /// Written once by the lookup thread before it signals; read only after a successful wait.
    private final class OutcomeBox: @unchecked Sendable {
        var value: Result<[SocketAddress], TransportError>?
    }

    /// The most addresses tried for one name: a connect attempt each, so a name with hundreds
    /// cannot make kmswizard wait hundreds of timeouts.
    static let mostAddresses = 16

    private static func lookUp(host: String, port: UInt16, numeric: Bool) -> Result<[SocketAddress], TransportError> {
        switch AddressLookup.addresses(of: host, .init(transport: .tcp, numericOnly: numeric, port: port)) {
        case let .success(addresses):
            return .success(Array(addresses.prefix(mostAddresses)))
        case let .failure(.lookup(code, _)):
            return .failure(.dns(host: host, code: code, message: String(cString: gai_strerror(code))))
        case .failure(.noAddress):
            return .failure(.dns(host: host, code: EAI_NONAME, message: "the name has no address"))
        }
    }
}
