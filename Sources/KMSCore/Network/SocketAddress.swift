import Platform

/// An IP address and a port: the one socket address type. Lookups (`AddressLookup`) produce it,
/// connects (`Socket.connect`) take it, and `Socket.localAddress` reports it; the `sockaddr`
/// bytes the kernel wants are made from it only for the length of a call.
public struct SocketAddress: Sendable, Hashable, CustomStringConvertible {
    public let ip: IPAddress
    public let port: UInt16
    /// The IPv6 scope (interface index) of a link-local address such as `fe80::1%eth0`; 0 otherwise.
    public let scopeID: UInt32

    public init(_ ip: IPAddress, port: UInt16, scopeID: UInt32 = 0) {
        self.ip = ip
        self.port = port
        self.scopeID = ip.family == .v6 ? scopeID : 0
    }

    /// The address in a `sockaddr` of family AF_INET or AF_INET6; nil for any other family.
    public init?(_ pointer: UnsafePointer<sockaddr>) {
        switch Int32(pointer.pointee.sa_family) {
        case AF_INET:
            let sin = UnsafeRawPointer(pointer).loadUnaligned(as: sockaddr_in.self)
            guard let ip = IPAddress(bytes: withUnsafeBytes(of: sin.sin_addr) { Array($0) }) else { return nil }
            self.init(ip, port: UInt16(bigEndian: sin.sin_port))
        case AF_INET6:
            let sin6 = UnsafeRawPointer(pointer).loadUnaligned(as: sockaddr_in6.self)
            guard let ip = IPAddress(bytes: withUnsafeBytes(of: sin6.sin6_addr) { Array($0) }) else { return nil }
            self.init(ip, port: UInt16(bigEndian: sin6.sin6_port), scopeID: sin6.sin6_scope_id)
        default:
            return nil
        }
    }

    /// AF_INET or AF_INET6, for `socket()`.
    public var family: Int32 { ip.family == .v4 ? AF_INET : AF_INET6 }

    /// Calls `body` with this address as a `sockaddr` and its length.
    public func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        switch ip.family {
        case .v4:
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            sin.sin_port = port.bigEndian
            withUnsafeMutableBytes(of: &sin.sin_addr) { $0.copyBytes(from: ip.bytes) }
            return withUnsafePointer(to: &sin) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        case .v6:
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            sin6.sin6_port = port.bigEndian
            sin6.sin6_scope_id = scopeID
            withUnsafeMutableBytes(of: &sin6.sin6_addr) { $0.copyBytes(from: ip.bytes) }
            return withUnsafePointer(to: &sin6) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        }
    }

    /// The numeric host as getnameinfo writes it: `127.0.0.1`, `::1`, `fe80::1%eth0`.
    public var host: String {
        var name = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        let status = withSockaddr { getnameinfo($0, $1, &name, socklen_t(name.count), nil, 0, NI_NUMERICHOST) }
        guard status == 0 else { return ip.description }
        return name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// "127.0.0.1:1688" or "[::1]:1688".
    public var description: String {
        ip.family == .v6 ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
