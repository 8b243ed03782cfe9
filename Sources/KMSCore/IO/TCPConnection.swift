import Platform

/// A TCP connection over a non-blocking POSIX socket in which every wait is a `poll` bounded by
/// both the per-step limit and the overall deadline.
///
/// Not thread-safe: one exchange owns it on one thread. SIGPIPE never fires (MSG_NOSIGNAL on Linux,
/// SO_NOSIGPIPE elsewhere), so a host that closes early is an error value, not a dead process.
public final class TCPConnection: ByteStream {
    public let remoteAddress: String
    private let descriptor: Int32
    private let limits: TransportLimits
    private let overallDeadline: Deadline
    /// Read-ahead: bytes received but not yet handed out are `ahead[aheadRange]`.
    private var ahead = [UInt8](repeating: 0, count: 4096)
    private var aheadRange = 0..<0

    private init(descriptor: Int32, remoteAddress: String, limits: TransportLimits, overallDeadline: Deadline) {
        self.descriptor = descriptor
        self.remoteAddress = remoteAddress
        self.limits = limits
        self.overallDeadline = overallDeadline
    }

    deinit { close(descriptor) }

    /// Resolves the endpoint and connects to its addresses in order until one answers; reports the
    /// first address's failure when none does (it is the one the user asked for most directly).
    public static func open(to endpoint: Endpoint, limits: TransportLimits,
                            overallDeadline: Deadline) throws(TransportError) -> TCPConnection {
        let addresses = try AddressResolver.resolve(endpoint, before: overallDeadline,
                                                    overallSeconds: limits.overallSeconds)
        var firstError: TransportError?
        for address in addresses {
            do {
                return try connect(to: address, limits: limits, overallDeadline: overallDeadline)
            } catch {
                if case .timeout(_, _, true, _) = error { throw error }
                firstError = firstError ?? error
            }
        }
        throw firstError ?? .refused(address: endpoint.description)
    }

    private static func connect(to address: ResolvedAddress, limits: TransportLimits,
                                overallDeadline: Deadline) throws(TransportError) -> TCPConnection {
        #if canImport(Glibc)
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let type = SOCK_STREAM
        #endif
        let descriptor = socket(address.family, type, Int32(IPPROTO_TCP))
        guard descriptor >= 0 else { throw systemError("socket") }
        let connection = TCPConnection(descriptor: descriptor, remoteAddress: address.description,
                                       limits: limits, overallDeadline: overallDeadline)
        try connection.configure()
        let status = address.withSockaddr { Glibc.connect(descriptor, $0, $1) }
        if status != 0 {
            guard errno == EINPROGRESS || errno == EINTR else { throw connection.connectError(errno) }
            try connection.wait(for: Int16(POLLOUT), phase: .connecting, received: 0)
            var pending: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &pending, &length) == 0 else {
                throw systemError("getsockopt(SO_ERROR)")
            }
            guard pending == 0 else { throw connection.connectError(pending) }
        }
        return connection
    }

    private func configure() throws(TransportError) {
        #if !canImport(Glibc)
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags | O_NONBLOCK) == 0 else { throw Self.systemError("fcntl") }
        #endif
        var noDelay: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
    }

    public func send(_ bytes: [UInt8]) throws(TransportError) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.send(descriptor, raw.baseAddress! + sent, raw.count - sent, Self.sendFlags)
            }
            if count > 0 {
                sent += count
            } else if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR {
                try wait(for: Int16(POLLOUT), phase: .sending, received: 0)
            } else {
                throw ioError(errno, call: "send")
            }
        }
    }

    /// Hands out what an earlier recv brought beyond what was asked for, then reads more. One recv
    /// usually brings a whole PDU (its 16-byte header and its body), so the body then costs no
    /// second poll and recv: 4 system calls fewer per activation. The read-ahead buffer has a
    /// fixed size below the largest PDU kmswizard accepts, whatever the host announces or streams.
    public func receive(exactly count: Int) throws(TransportError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        takeAhead(upTo: count, into: &bytes)
        while bytes.count < count {
            try wait(for: Int16(POLLIN), phase: .receiving, received: bytes.count)
            let result = ahead.withUnsafeMutableBytes { raw in recv(descriptor, raw.baseAddress!, raw.count, 0) }
            if result > 0 {
                aheadRange = 0..<result
                takeAhead(upTo: count - bytes.count, into: &bytes)
            } else if result == 0 {
                throw .closed(expected: count, received: bytes.count)
            } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                throw ioError(errno, call: "recv")
            }
        }
        return bytes
    }

    private func takeAhead(upTo wanted: Int, into bytes: inout [UInt8]) {
        let taken = aheadRange.prefix(wanted)
        bytes.append(contentsOf: ahead[taken])
        aheadRange = taken.upperBound..<aheadRange.upperBound
    }

    /// Waits until the socket is ready; the wait ends at the step limit or the overall deadline,
    /// whichever comes first, and the error says which one it was.
    private func wait(for events: Int16, phase: TransportError.Phase, received: Int) throws(TransportError) {
        let stepDeadline = Deadline.after(seconds: limits.stepSeconds)
        while true {
            let overallFirst = overallDeadline <= stepDeadline
            let deadline = overallFirst ? overallDeadline : stepDeadline
            let timeout = deadline.remainingMilliseconds
            if timeout == 0 {
                throw .timeout(phase, seconds: overallFirst ? limits.overallSeconds : limits.stepSeconds,
                               overall: overallFirst, receivedBytes: received)
            }
            var descriptorEvents = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&descriptorEvents, 1, timeout)
            if ready > 0 { return }
            if ready < 0 && errno != EINTR { throw Self.systemError("poll") }
        }
    }

    private func connectError(_ number: Int32) -> TransportError {
        switch number {
        case ECONNREFUSED: .refused(address: remoteAddress)
        case ENETUNREACH: .unreachable(address: remoteAddress, .network)
        case EHOSTUNREACH: .unreachable(address: remoteAddress, .noRoute)
        case EHOSTDOWN: .unreachable(address: remoteAddress, .hostDown)
        case EADDRNOTAVAIL: .unreachable(address: remoteAddress, .noLocalAddress)
        case EAFNOSUPPORT: .unreachable(address: remoteAddress, .addressFamily)
        case ETIMEDOUT: .timeout(.connecting, seconds: limits.stepSeconds, overall: false, receivedBytes: 0)
        default: Self.systemError("connect", number)
        }
    }

    private func ioError(_ number: Int32, call: String) -> TransportError {
        switch number {
        case ECONNRESET, EPIPE: .reset
        case ETIMEDOUT: .timeout(.receiving, seconds: limits.stepSeconds, overall: false, receivedBytes: 0)
        default: Self.systemError(call, number)
        }
    }

    private static func systemError(_ call: String, _ number: Int32 = errno) -> TransportError {
        .system(call: call, errno: number, message: String(cString: strerror(number)))
    }

    #if canImport(Glibc)
    private static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
    private static let sendFlags: Int32 = 0
    #endif
}
