import Platform
import Dispatch

/// Turns an `Endpoint` into socket addresses with getaddrinfo, IPv4 and IPv6 alike, within a deadline.
///
/// getaddrinfo itself cannot be given a timeout, so a name is looked up on a thread of its own;
/// when the deadline passes first the answer is abandoned (the thread ends by itself when the
/// resolver gives up) and the caller gets a timeout instead of waiting on a slow resolver. An
/// address literal asks no resolver (AI_NUMERICHOST), so it is converted on the calling thread:
/// `activate --count 1000` against an IP address then starts no thread and no wait per request.
public enum AddressResolver {
    public static func resolve(_ endpoint: Endpoint, before deadline: Deadline,
                               overallSeconds: Double) throws(TransportError) -> [ResolvedAddress] {
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
        var value: Result<[ResolvedAddress], TransportError>?
    }

    private static func lookUp(host: String, port: UInt16, numeric: Bool) -> Result<[ResolvedAddress], TransportError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_protocol = Int32(IPPROTO_TCP)
        hints.ai_flags = AI_NUMERICSERV | (numeric ? AI_NUMERICHOST : 0)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0 else {
            let message = String(cString: gai_strerror(status))
            return .failure(.dns(host: host, code: status, message: message))
        }
        defer { freeaddrinfo(list) }
        var addresses: [ResolvedAddress] = []
        var cursor = list
        while let entry = cursor {
            if let address = entry.pointee.ai_addr, addresses.count < 16 {
                let resolved = ResolvedAddress(family: entry.pointee.ai_family, address: address,
                                               length: entry.pointee.ai_addrlen)
                if !addresses.contains(resolved) { addresses.append(resolved) }
            }
            cursor = entry.pointee.ai_next
        }
        guard !addresses.isEmpty else {
            return .failure(.dns(host: host, code: EAI_NONAME, message: "the name has no address"))
        }
        return .success(addresses)
    }
}
