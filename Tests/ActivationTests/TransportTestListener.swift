import Glibc
@testable import Activation

/// A one-connection TCP listener on loopback for transport tests: accepts once, then runs a script
/// (send bytes, pause, close) on its own thread. Everything it waits for is bounded.
final class TransportTestListener: @unchecked Sendable {
    enum Step: Sendable {
        case send([UInt8])
        case pause(milliseconds: Int)
        /// Sends `bytes` one at a time, `interval` milliseconds apart (a slowloris host).
        case trickle([UInt8], intervalMilliseconds: Int)
    }

    let port: UInt16
    private let descriptor: Int32

    /// Listens on `address` ("127.0.0.1" or "::1") with a kernel-chosen port.
    init(address: String) throws {
        let family = address.contains(":") ? AF_INET6 : AF_INET
        let descriptor = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        self.descriptor = descriptor
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var storage = sockaddr_storage()
        var length: socklen_t
        if family == AF_INET6 {
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            inet_pton(AF_INET6, address, &sin6.sin6_addr)
            withUnsafeBytes(of: sin6) { raw in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: raw) } }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        } else {
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            inet_pton(AF_INET, address, &sin.sin_addr)
            withUnsafeBytes(of: sin) { raw in withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: raw) } }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
        }
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 4) == 0 else {
            close(descriptor)
            throw TransportError.system(call: "bind", errno: errno, message: "")
        }
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = withUnsafeBytes(of: storage) { raw in UInt16(raw[2]) << 8 | UInt16(raw[3]) }
    }

    deinit { close(descriptor) }

    /// Accepts one client (waiting at most 5 s) and plays the script, then closes the connection.
    func serve(_ steps: [Step]) {
        let listening = descriptor
        DetachedThread.start {
            var ready = pollfd(fd: listening, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 5000) == 1 else { return }
            let client = accept(listening, nil, nil)
            guard client >= 0 else { return }
            defer { close(client) }
            for step in steps {
                switch step {
                case let .send(bytes):
                    _ = bytes.withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                case let .pause(milliseconds):
                    usleep(useconds_t(milliseconds * 1000))
                case let .trickle(bytes, interval):
                    for byte in bytes {
                        guard [byte].withUnsafeBytes({ Glibc.send(client, $0.baseAddress, 1, Int32(MSG_NOSIGNAL)) }) == 1 else { return }
                        usleep(useconds_t(interval * 1000))
                    }
                }
            }
        }
    }
}
