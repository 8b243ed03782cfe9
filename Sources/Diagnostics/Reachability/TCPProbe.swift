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
        let target = SocketAddress(address, port: port)
        let socket: Socket
        do {
            socket = try Socket.open(family: target.family, .tcp)
        } catch {
            return Outcome(result: .failed(errno: error.errno), source: nil, interface: nil)
        }
        let started = clock.now
        let result: Result
        do {
            try socket.connect(to: target, before: .after(seconds: timeout))
            result = .connected(milliseconds: elapsedMilliseconds(since: started, clock: clock))
        } catch {
            switch error {
            // Refused at once, before any packet left: the local routing table or firewall.
            case let .immediate(code): result = immediateFailure(code)
            case let .handshake(code): result = asynchronousFailure(code)
            case .timedOut: result = .timeout
            case let .waiting(failure): result = .failed(errno: failure.errno)
            }
        }
        let source = socket.localAddress.map(\.ip).flatMap { isUnspecified($0) ? nil : $0 }
        return Outcome(result: result, source: source, interface: source.flatMap(NetworkInterface.holding))
    }

    /// The same connect on a thread of its own, so that it does not hold a cooperative thread.
    public static func attempt(to address: IPAddress, port: UInt16, timeout: Double) async -> Outcome {
        await BlockingIO.run { attempt(to: address, port: port, timeout: timeout) }
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
