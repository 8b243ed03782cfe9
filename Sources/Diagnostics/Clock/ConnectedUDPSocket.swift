import Platform
import KMSCore

/// A UDP socket connected to one server, for a single request/reply exchange.
///
/// Connecting matters: the kernel then drops datagrams from any other address, and an ICMP
/// port-unreachable comes back as ECONNREFUSED on the next call instead of a silent timeout.
/// The calls block, so the SNTP client runs them off the cooperative thread pool.
final class ConnectedUDPSocket {
    private let socket: Socket
    private var descriptor: Int32 { socket.descriptor }
    /// The numeric address actually used (`127.0.0.1`, `::1`...).
    let peerAddress: String

    private init(socket: Socket, peerAddress: String) {
        self.socket = socket
        self.peerAddress = peerAddress
    }

    /// Every UDP address of `host` (a name or an IPv4/IPv6 literal), in getaddrinfo's order.
    static func resolve(host: String, port: UInt16) throws(SNTPError) -> [SocketAddress] {
        switch AddressLookup.addresses(of: host, .init(transport: .udp, port: port)) {
        case let .success(addresses): return addresses
        case let .failure(.lookup(code, number)): throw .resolve(host: host, reason: .lookup(status: code, errno: number))
        case .failure(.noAddress): throw .resolve(host: host, reason: .addressInfo(AddressLookup.eaiNoData))
        }
    }

    /// A socket connected to `address`; an IPv6 address on a host without IPv6 fails here at once.
    static func connect(to address: SocketAddress) throws(SNTPError) -> ConnectedUDPSocket {
        let socket: Socket
        do {
            socket = try Socket.open(family: address.family, .udp)
        } catch {
            throw .socket(call: "socket", reason: .errno(error.errno))
        }
        do {
            // A UDP connect never waits: the deadline is only there because a TCP one does.
            try socket.connect(to: address, before: .now())
        } catch {
            throw classify(call: "connect", error.errno)
        }
        return ConnectedUDPSocket(socket: socket, peerAddress: address.host)
    }

    /// Sends one datagram whole.
    func send(_ bytes: [UInt8]) throws(SNTPError) {
        let sent = bytes.withUnsafeBytes { Platform.send(descriptor, $0.baseAddress, $0.count, 0) }
        guard sent == bytes.count else { throw sent < 0 ? Self.classify(call: "send") : .socket(call: "send", reason: .errno(EMSGSIZE)) }
    }

    /// Waits until `deadline` (CLOCK_MONOTONIC seconds) for one datagram of at most `capacity`
    /// bytes; a longer datagram is cut to `capacity`, never read past the buffer.
    func receive(capacity: Int, deadline: Double) throws(SNTPError) -> [UInt8] {
        while true {
            let remaining = deadline - Self.monotonicNow()
            guard remaining > 0 else { throw .timeout(seconds: 0) }
            var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pollDescriptor, 1, Int32(min((remaining * 1000).rounded(.up), 600_000)))
            if ready < 0 {
                if errno == EINTR { continue }
                throw Self.classify(call: "poll")
            }
            if ready == 0 { continue }
            var buffer = [UInt8](repeating: 0, count: capacity)
            let received = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if received < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Self.classify(call: "recv")
            }
            return Array(buffer[..<received])
        }
    }

    /// Seconds on CLOCK_MONOTONIC, which a clock being set (or faked by a test) does not move.
    static func monotonicNow() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func classify(call: String, _ number: Int32 = errno) -> SNTPError {
        switch number {
        case ECONNREFUSED: .refused
        case ENETUNREACH, EHOSTUNREACH: .unreachable(reason: .errno(number))
        default: .socket(call: call, reason: .errno(number))
        }
    }
}
