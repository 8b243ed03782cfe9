import Platform

/// A UDP socket connected to one server, for a single request/reply exchange.
///
/// Connecting matters: the kernel then drops datagrams from any other address, and an ICMP
/// port-unreachable comes back as ECONNREFUSED on the next call instead of a silent timeout.
/// The calls block, so the SNTP client runs them off the cooperative thread pool.
final class ConnectedUDPSocket {
    private let descriptor: Int32
    /// The numeric address actually used (`127.0.0.1`, `::1`...).
    let peerAddress: String

    private init(descriptor: Int32, peerAddress: String) {
        self.descriptor = descriptor
        self.peerAddress = peerAddress
    }

    deinit { close(descriptor) }

    /// One address of a server, as getaddrinfo gave it.
    struct Address {
        var family: Int32
        var storage: sockaddr_storage
        var length: socklen_t
    }

    /// Every UDP address of `host` (a name or an IPv4/IPv6 literal), in getaddrinfo's order.
    static func resolve(host: String, port: UInt16) throws(SNTPError) -> [Address] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_DGRAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .resolve(host: host, reason: .lookup(status: status))
        }
        defer { freeaddrinfo(first) }
        var addresses: [Address] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry?.pointee {
            entry = info.ai_next
            guard let address = info.ai_addr, Int(info.ai_addrlen) <= MemoryLayout<sockaddr_storage>.size else { continue }
            var storage = sockaddr_storage()
            withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: UnsafeRawBufferPointer(start: address, count: Int(info.ai_addrlen))) }
            addresses.append(Address(family: info.ai_family, storage: storage, length: info.ai_addrlen))
        }
        guard !addresses.isEmpty else { throw .resolve(host: host, reason: .addressInfo(HostResolver.glibcNoData)) }
        return addresses
    }

    /// A socket connected to `address`; an IPv6 address on a host without IPv6 fails here at once.
    static func connect(to address: Address) throws(SNTPError) -> ConnectedUDPSocket {
        let descriptor = socket(address.family, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { throw .socket(call: "socket", reason: .errno(errno)) }
        var storage = address.storage
        let status = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, address.length) }
        }
        guard status == 0 else {
            let error = classify(call: "connect")
            close(descriptor)
            throw error
        }
        let name = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { numericHost($0, address.length) }
        }
        return ConnectedUDPSocket(descriptor: descriptor, peerAddress: name)
    }

    /// Sends one datagram whole.
    func send(_ bytes: [UInt8]) throws(SNTPError) {
        let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, 0) }
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

    private static func classify(call: String) -> SNTPError {
        switch errno {
        case ECONNREFUSED: .refused
        case ENETUNREACH, EHOSTUNREACH: .unreachable(reason: .errno(errno))
        default: .socket(call: call, reason: .errno(errno))
        }
    }

    private static func numericHost(_ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> String {
        var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        guard getnameinfo(address, length, &name, socklen_t(name.count), nil, 0, NI_NUMERICHOST) == 0 else { return "?" }
        return name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
