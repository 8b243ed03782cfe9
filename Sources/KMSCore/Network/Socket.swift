import Platform

/// An IPv4 or IPv6 socket: the one place that makes one (`socket`) and connects one (`connect`).
/// The descriptor is closed when the value goes away, so keep the value (not just the
/// descriptor) for as long as the socket is used.
///
/// A TCP socket is non-blocking, so that its connect and every later wait is a `poll` against a
/// deadline; a UDP socket stays blocking (its connect and send never wait: they only pick the
/// route and the peer). Both close on exec.
public final class Socket {
    public enum Transport: Sendable {
        case tcp, udp
    }

    /// A system call that failed around a socket, with errno: the caller names it in its own words.
    public struct CallFailure: Error, Sendable, Equatable {
        public enum Call: Sendable, Equatable {
            case socket, poll, getsockopt
        }

        public let call: Call
        public let errno: Int32
    }

    /// How a connect failed, as data.
    public enum ConnectFailure: Error, Sendable, Equatable {
        /// connect() failed at once: the local routing table, a firewall, or a peer on this
        /// machine answered before any wait (a refused loopback port).
        case immediate(errno: Int32)
        /// The handshake was under way and came back failed (SO_ERROR): refused, unreachable...
        case handshake(errno: Int32)
        /// The deadline passed before the handshake completed: packets are dropped on the way.
        case timedOut
        /// Waiting for the handshake failed locally (poll, getsockopt).
        case waiting(CallFailure)

        /// The failure as one errno (ETIMEDOUT for a deadline), for callers that tell no more apart.
        public var errno: Int32 {
            switch self {
            case let .immediate(code), let .handshake(code): code
            case .timedOut: ETIMEDOUT
            case let .waiting(failure): failure.errno
            }
        }
    }

    public let descriptor: Int32
    public let transport: Transport

    private init(descriptor: Int32, transport: Transport) {
        self.descriptor = descriptor
        self.transport = transport
    }

    deinit { close(descriptor) }

    /// A socket of `family` (AF_INET or AF_INET6, as `SocketAddress.family` gives it).
    public static func open(family: Int32, _ transport: Transport) throws(CallFailure) -> Socket {
        let type = switch transport {
        case .tcp: Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        case .udp: Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        }
        let descriptor = socket(family, type, transport == .tcp ? Int32(IPPROTO_TCP) : Int32(IPPROTO_UDP))
        guard descriptor >= 0 else { throw CallFailure(call: .socket, errno: errno) }
        return Socket(descriptor: descriptor, transport: transport)
    }

    /// Connects to `address`, waiting for a TCP handshake at most until `deadline`. A UDP connect
    /// sends nothing and never waits: the kernel picks the route and the source address, and from
    /// then on drops datagrams from anyone else and reports an ICMP port-unreachable as
    /// ECONNREFUSED on the next call.
    public func connect(to address: SocketAddress, before deadline: Deadline) throws(ConnectFailure) {
        let status = address.withSockaddr { connectSocket(descriptor, $0, $1) }
        if status == 0 { return }
        let code = errno
        // A connect interrupted by a signal goes on in the background (POSIX): it is waited for
        // like one in progress; calling connect again would only report EALREADY.
        guard code == EINPROGRESS || code == EINTR else { throw .immediate(errno: code) }
        while true {
            let timeout = deadline.remainingMilliseconds
            guard timeout > 0 else { throw .timedOut }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&waiting, 1, timeout)
            if ready < 0 {
                if errno == EINTR { continue }   // the loop re-checks the deadline
                throw .waiting(CallFailure(call: .poll, errno: errno))
            }
            if ready == 0 { continue }
            var pending: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &pending, &length) == 0 else {
                throw .waiting(CallFailure(call: .getsockopt, errno: errno))
            }
            guard pending == 0 else { throw .handshake(errno: pending) }
            return
        }
    }

    /// The local end the kernel chose (getsockname), known once a connect has picked a route,
    /// even when it failed; nil (errno says why) when the kernel cannot tell.
    public var localAddress: SocketAddress? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { return nil }
        return withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { SocketAddress($0) }
        }
    }
}

/// The C library's connect, under a name that the method `Socket.connect` does not shadow.
private func connectSocket(_ descriptor: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(descriptor, address, length)
}
