import Platform

/// The one getaddrinfo call: a host name or address literal to socket addresses, IPv4 and IPv6
/// alike, in the resolver's order without duplicates. It blocks for as long as the resolver
/// takes (getaddrinfo has no timeout): callers that need a deadline run it on a thread of their
/// own (`AddressResolver`, `HostResolver`).
///
/// No AI_ADDRCONFIG: it would hide IPv4 answers on a machine whose only IPv4 address is loopback.
/// The answer is data; the words for a failure are made by whoever shows it.
public enum AddressLookup {
    /// The socket the addresses are for, which getaddrinfo answers per type.
    public enum Transport: Sendable {
        case tcp, udp
    }

    public struct Options: Sendable {
        public var transport: Transport
        /// Only an address literal is accepted (AI_NUMERICHOST): no resolver is asked.
        public var numericOnly: Bool
        /// The port the addresses carry; nil asks for no service (the addresses then carry 0).
        public var port: UInt16?

        public init(transport: Transport, numericOnly: Bool = false, port: UInt16? = nil) {
            self.transport = transport
            self.numericOnly = numericOnly
            self.port = port
        }
    }

    public enum Failure: Error, Sendable, Equatable {
        /// getaddrinfo failed: its EAI_* code, and errno as it stood (meaningful for EAI_SYSTEM).
        case lookup(code: Int32, errno: Int32)
        /// getaddrinfo succeeded with no IPv4 or IPv6 address in its list.
        case noAddress
    }

    /// glibc's EAI_NODATA and EAI_ADDRFAMILY, declared only under _GNU_SOURCE (invisible to Swift).
    public static let eaiNoData: Int32 = -5
    public static let eaiAddressFamily: Int32 = -9

    /// The addresses of `host`. Blocks while the resolver works.
    public static func addresses(of host: String, _ options: Options) -> Result<[SocketAddress], Failure> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        switch options.transport {
        case .tcp:
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            hints.ai_protocol = Int32(IPPROTO_TCP)
        case .udp:
            hints.ai_socktype = Int32(SOCK_DGRAM.rawValue)
            hints.ai_protocol = Int32(IPPROTO_UDP)
        }
        hints.ai_flags = (options.port == nil ? 0 : AI_NUMERICSERV) | (options.numericOnly ? AI_NUMERICHOST : 0)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, options.port.map { String($0) }, &hints, &list)
        guard status == 0 else { return .failure(.lookup(code: status, errno: errno)) }
        defer { freeaddrinfo(list) }
        var addresses: [SocketAddress] = []
        var cursor = list
        while let entry = cursor {
            cursor = entry.pointee.ai_next
            guard let pointer = entry.pointee.ai_addr, let address = SocketAddress(pointer),
                  !addresses.contains(address) else { continue }
            addresses.append(address)
        }
        return addresses.isEmpty ? .failure(.noAddress) : .success(addresses)
    }
}
