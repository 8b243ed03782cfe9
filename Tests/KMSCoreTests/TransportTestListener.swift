import Platform
@testable import KMSCore
import KMSTesting
import TestSupport

/// A one-connection loopback host for transport tests: accepts once, then plays a script (send
/// bytes, pause, trickle) on its own thread and closes. Everything it waits for is bounded.
final class TransportTestListener: @unchecked Sendable {
    enum Step: Sendable {
        case send([UInt8])
        case pause(milliseconds: Int)
        /// Sends `bytes` one at a time, `interval` milliseconds apart (a slowloris host).
        case trickle([UInt8], intervalMilliseconds: Int)
    }

    private let listener: LoopbackListener
    var port: UInt16 { listener.port }

    /// Listens on `address` ("127.0.0.1" or "::1") with a kernel-chosen port.
    init(address: String) throws {
        listener = try LoopbackListener(address: address)
    }

    /// Accepts one client (waiting at most 5 s) and plays the script, then closes the connection.
    func serve(_ steps: [Step]) {
        let listener = listener
        DetachedThread.start {
            guard let client = listener.accept(within: 5000) else { return }
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
