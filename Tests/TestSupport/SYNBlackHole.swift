import Platform
import KMSTesting

/// A loopback port that behaves like a host behind a firewall that drops packets: its accept
/// queue (backlog 0) is filled with connections nobody accepts, so the kernel drops every further
/// SYN and a new connection attempt hangs until the client gives up.
public final class SYNBlackHole: @unchecked Sendable {
    private let listener: LoopbackListener
    private var fillers: [Int32] = []
    public var port: UInt16 { listener.port }

    public init() throws {
        listener = try LoopbackListener(address: "127.0.0.1", backlog: 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = listener.port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        for _ in 0..<8 {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            guard poll(&ready, 1, 300) == 1 else {
                close(descriptor)
                return  // this one's SYN was dropped: the queue is full
            }
            fillers.append(descriptor)
        }
        throw LoopbackListener.Failure(description: "the accept queue never filled; SYNs are not being dropped")
    }

    deinit { fillers.forEach { close($0) } }
}
