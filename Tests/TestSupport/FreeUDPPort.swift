import Platform

/// Loopback UDP ports the kernel picks, for test peers.
public enum FreeUDPPort {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// A UDP port on 127.0.0.1 that was free a moment ago (the kernel picks it).
    public static func udp() throws -> UInt16 {
        let (descriptor, port) = try boundLoopbackSocket()
        close(descriptor)
        return port
    }

    /// A UDP socket bound to 127.0.0.1 (or ::1) at a port the kernel picked, and that port.
    public static func boundLoopbackSocket(ipv6: Bool = false) throws -> (descriptor: Int32, port: UInt16) {
        let descriptor = socket(ipv6 ? AF_INET6 : AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(ipv6 ? AF_INET6 : AF_INET)
        withUnsafeMutableBytes(of: &address) { bytes in
            if ipv6 {
                bytes[23] = 1   // sin6_addr = ::1
            } else {
                bytes[4] = 127; bytes[7] = 1   // sin_addr = 127.0.0.1
            }
        }
        let length = socklen_t(ipv6 ? MemoryLayout<sockaddr_in6>.size : MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, let port = try? boundPort(of: descriptor) else {
            close(descriptor)
            throw Failure("bind to \(ipv6 ? "::1" : "127.0.0.1") failed: errno \(errno)")
        }
        return (descriptor, port)
    }

    /// The port a bound socket got (sin_port and sin6_port sit at the same offset).
    public static func boundPort(of descriptor: Int32) throws -> UInt16 {
        var address = sockaddr_in6()
        var length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        let status = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard status == 0 else { throw Failure("getsockname failed: errno \(errno)") }
        return UInt16(bigEndian: address.sin6_port)
    }
}
