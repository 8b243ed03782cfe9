import Platform
import KMSCore

/// One TCP connect to an address with a deadline, and how exactly it ended.
public enum TCPProbe {
    public enum Result: Sendable, Equatable {
        /// The handshake completed after `milliseconds`.
        case connected(milliseconds: Int)
        /// The host answered with a reset: nothing listens, or a firewall rejects (tcp-reset).
        case refused
        /// No answer at all before the deadline: packets are dropped on the way.
        case timeout
        /// A router or the host said the host cannot be reached (ICMP host unreachable/prohibited).
        case hostUnreachable
        /// A router said the network cannot be reached (ICMP network unreachable).
        case networkUnreachable
        /// This machine has no route to the address (connect failed at once).
        case noRoute
        /// A local firewall or policy forbade the connection (EACCES/EPERM).
        case blocked
        /// Anything else, with the errno.
        case failed(errno: Int32)
    }

    /// The outcome plus the local end the kernel chose (known even when the connect fails).
    public struct Outcome: Sendable, Equatable {
        public let result: Result
        public let source: IPAddress?
        public let interface: NetworkInterface?

        public init(result: Result, source: IPAddress?, interface: NetworkInterface?) {
            self.result = result
            self.source = source
            self.interface = interface
        }
    }

    /// Connects to `address:port`, waiting at most `timeout` seconds. Blocks: call it through `BlockingIO`.
    public static func attempt(to address: IPAddress, port: UInt16, timeout: Double,
                               clock: ContinuousClock = .init()) -> Outcome {
        let family = address.family == .v4 ? AF_INET : AF_INET6
        let descriptor = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return Outcome(result: .failed(errno: errno), source: nil, interface: nil) }
        defer { close(descriptor) }
        var (storage, length) = address.socketAddress(port: port)
        let started = clock.now
        let status = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, length) }
        }
        let result: Result
        if status == 0 {
            result = .connected(milliseconds: elapsedMilliseconds(since: started, clock: clock))
        } else if errno != EINPROGRESS {
            // Refused at once, before any packet left: the local routing table or firewall.
            result = immediateFailure(errno)
        } else {
            result = waitForHandshake(descriptor, timeout: timeout, started: started, clock: clock)
        }
        let source = RouteProbe.localAddress(of: descriptor).flatMap { isUnspecified($0) ? nil : $0 }
        return Outcome(result: result, source: source, interface: source.flatMap(NetworkInterface.holding))
    }

    /// The same connect on a thread of its own, so that it does not hold a cooperative thread.
    public static func attempt(to address: IPAddress, port: UInt16, timeout: Double) async -> Outcome {
        await BlockingIO.run { attempt(to: address, port: port, timeout: timeout) }
    }

    private static func waitForHandshake(_ descriptor: Int32, timeout: Double, started: ContinuousClock.Instant,
                                         clock: ContinuousClock) -> Result {
        let deadline = started.advanced(by: .milliseconds(Int64(timeout * 1000)))
        while true {
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { return .timeout }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            let milliseconds = Int32(clamping: max(1, remaining.components.seconds * 1000
                + remaining.components.attoseconds / 1_000_000_000_000_000))
            let ready = poll(&waiting, 1, milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .failed(errno: errno)
            }
            if ready == 0 { continue }   // loop re-checks the deadline
            var socketError: Int32 = 0
            var size = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &socketError, &size) == 0 else { return .failed(errno: errno) }
            return socketError == 0 ? .connected(milliseconds: elapsedMilliseconds(since: started, clock: clock))
                                    : asynchronousFailure(socketError)
        }
    }

    /// Errors reported by connect() itself: nothing was sent.
    static func immediateFailure(_ code: Int32) -> Result {
        switch code {
        case ENETUNREACH, EHOSTUNREACH: .noRoute
        case EACCES, EPERM: .blocked
        case ECONNREFUSED: .refused
        default: .failed(errno: code)
        }
    }

    /// Errors that came back from the network while the handshake was under way.
    static func asynchronousFailure(_ code: Int32) -> Result {
        switch code {
        case ECONNREFUSED: .refused
        case ETIMEDOUT: .timeout
        case EHOSTUNREACH: .hostUnreachable
        case ENETUNREACH: .networkUnreachable
        case EACCES, EPERM: .blocked
        default: .failed(errno: code)
        }
    }

    private static func elapsedMilliseconds(since start: ContinuousClock.Instant, clock: ContinuousClock) -> Int {
        let elapsed = start.duration(to: clock.now)
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    private static func isUnspecified(_ address: IPAddress) -> Bool { address.bytes.allSatisfy { $0 == 0 } }
}
