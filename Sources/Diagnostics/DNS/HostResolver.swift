import Platform
import KMSCore

/// Host name to addresses through the system resolver (getaddrinfo: /etc/hosts, then DNS).
///
/// No AI_ADDRCONFIG: it would hide IPv4 answers on a machine whose only IPv4 address is loopback,
/// and a diagnosis wants to see what DNS says, not what the machine could use.
public enum HostResolver {
    public enum Outcome: Sendable, Equatable {
        /// IPv4 and IPv6 addresses, each list in the resolver's preference order, no duplicates.
        case resolved(v4: [IPAddress], v6: [IPAddress])
        /// The name does not exist (NXDOMAIN / EAI_NONAME).
        case notFound
        /// The name exists but has no A or AAAA record (EAI_NODATA).
        case noAddress
        /// No answer in time or the server failed (EAI_AGAIN), not told apart.
        case unanswered
        /// `diagnose` tells an unanswered lookup apart: no DNS server accepted the query,
        case noServer
        /// the server stayed silent for the whole timeout,
        case timeout
        /// or it answered with a failure (SERVFAIL, REFUSED).
        case serverFailure
        /// Any other resolver error, as getaddrinfo numbered it.
        case failed(SystemReason)

        /// The address to try first: IPv4 before IPv6, as the campus host is IPv4.
        public var preferred: IPAddress? {
            if case let .resolved(v4, v6) = self { return v4.first ?? v6.first }
            return nil
        }
    }

    /// Resolves `host`; an address literal comes back as itself without any lookup.
    /// Blocks: call it through `BlockingIO`.
    public static func resolve(_ host: String) -> Outcome {
        if let literal = IPAddress(host) {
            return literal.family == .v4 ? .resolved(v4: [literal], v6: []) : .resolved(v4: [], v6: [literal])
        }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0 else { return outcome(ofError: status) }
        defer { freeaddrinfo(list) }
        var v4: [IPAddress] = []
        var v6: [IPAddress] = []
        var cursor = list
        while let entry = cursor {
            defer { cursor = entry.pointee.ai_next }
            guard let socketAddress = entry.pointee.ai_addr,
                  let (address, _) = IPAddress.from(socketAddress: socketAddress) else { continue }
            if address.family == .v4, !v4.contains(address) { v4.append(address) }
            if address.family == .v6, !v6.contains(address) { v6.append(address) }
        }
        return v4.isEmpty && v6.isEmpty ? .noAddress : .resolved(v4: v4, v6: v6)
    }

    /// Resolves off the cooperative thread pool, giving up after `timeout` seconds.
    public static func resolve(_ host: String, timeout: Double) async -> Outcome {
        await TimeLimit.run(seconds: timeout) { await BlockingIO.run { resolve(host) } } ?? .unanswered
    }

    /// `resolve`, with an unanswered lookup told apart by a plain A query (res_query) sent at the
    /// same time, so it costs no extra wait. For the dns check; the others only need an address.
    public static func diagnose(_ host: String, timeout: Double) async -> Outcome {
        guard IPAddress(host) == nil else { return resolve(host) }
        async let query = DNSQuery.failure(of: host, type: DNSQuery.typeA, timeout: timeout)
        let outcome = await resolve(host, timeout: timeout)
        guard outcome == .unanswered else { return outcome }
        return refined(outcome, by: await query)
    }

    /// An unanswered lookup named by how the A query failed; anything else stays as it is.
    static func refined(_ outcome: Outcome, by failure: DNSQuery.Failure?) -> Outcome {
        guard outcome == .unanswered else { return outcome }
        switch failure {
        case .noServer: return .noServer
        case .timeout: return .timeout
        case .serverFailure: return .serverFailure
        case .nxdomain, .noData, nil: return .unanswered
        }
    }

    /// glibc's EAI_NODATA and EAI_ADDRFAMILY, declared only under _GNU_SOURCE (invisible to Swift).
    static let glibcNoData: Int32 = -5
    static let glibcAddressFamily: Int32 = -9

    static func outcome(ofError status: Int32) -> Outcome {
        switch status {
        case EAI_NONAME: return .notFound
        case EAI_AGAIN: return .unanswered
        case glibcNoData, glibcAddressFamily: return .noAddress
        default: return .failed(.lookup(status: status))
        }
    }
}
