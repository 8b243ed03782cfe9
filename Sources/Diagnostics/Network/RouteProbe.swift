import Platform

/// The path the kernel would use to reach an address: source address and interface.
///
/// Connecting a UDP socket makes the kernel pick the route and the source address without
/// sending a single packet; getsockname then tells which address it chose.
public enum RouteProbe {
    public enum Outcome: Sendable, Equatable {
        /// The kernel has a route; `interface` is nil only if no local interface holds `source`.
        case routed(source: IPAddress, interface: NetworkInterface?)
        /// No route to that address at all (ENETUNREACH/EHOSTUNREACH from connect).
        case noRoute(errno: Int32)
        /// The socket could not even be made (e.g. no IPv6 in this kernel).
        case failed(errno: Int32)
    }

    public static func route(to address: IPAddress, port: UInt16) -> Outcome {
        let family = address.family == .v4 ? AF_INET : AF_INET6
        let descriptor = socket(family, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return .failed(errno: errno) }
        defer { close(descriptor) }
        var (storage, length) = address.socketAddress(port: port)
        let connected = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, length) }
        }
        guard connected == 0 else {
            let code = errno
            return code == ENETUNREACH || code == EHOSTUNREACH ? .noRoute(errno: code) : .failed(errno: code)
        }
        guard let source = localAddress(of: descriptor) else { return .failed(errno: errno) }
        return .routed(source: source, interface: NetworkInterface.holding(source))
    }

    /// The local address a connected socket is bound to (getsockname).
    static func localAddress(of descriptor: Int32) -> IPAddress? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { return nil }
        return withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { IPAddress.from(socketAddress: $0)?.address }
        }
    }
}
