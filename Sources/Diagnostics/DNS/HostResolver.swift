import Platform
import KMSCore

/// Host name to addresses through the system resolver (`AddressLookup`: /etc/hosts, then DNS).
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
        switch AddressLookup.addresses(of: host, .init(transport: .tcp)) {
        case let .success(addresses):
            let v4 = addresses.map(\.ip).filter { $0.family == .v4 }
            let v6 = addresses.map(\.ip).filter { $0.family == .v6 }
            return .resolved(v4: unique(v4), v6: unique(v6))
        case let .failure(.lookup(code, number)):
            return outcome(ofError: code, errno: number)
        case .failure(.noAddress):
            return .noAddress
        }
    }

    /// `addresses` without repeats, first place kept (a scoped IPv6 address may repeat without its scope).
    private static func unique(_ addresses: [IPAddress]) -> [IPAddress] {
        var seen = Set<IPAddress>()
        return addresses.filter { seen.insert($0).inserted }
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

    static func outcome(ofError status: Int32, errno number: Int32) -> Outcome {
        switch status {
        case EAI_NONAME: return .notFound
        case EAI_AGAIN: return .unanswered
        case AddressLookup.eaiNoData, AddressLookup.eaiAddressFamily: return .noAddress
        default: return .failed(.lookup(status: status, errno: number))
        }
    }
}
