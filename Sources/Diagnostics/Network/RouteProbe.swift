import Platform
import KMSCore

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
        let target = SocketAddress(address, port: port)
        let socket: Socket
        do {
            socket = try Socket.open(family: target.family, .udp)
        } catch {
            return .failed(errno: error.errno)
        }
        do {
            // A UDP connect never waits: the deadline is only there because a TCP one does.
            try socket.connect(to: target, before: .now())
        } catch {
            let code = error.errno
            return code == ENETUNREACH || code == EHOSTUNREACH ? .noRoute(errno: code) : .failed(errno: code)
        }
        guard let source = socket.localAddress?.ip else { return .failed(errno: errno) }
        return .routed(source: source, interface: NetworkInterface.holding(source))
    }
}
