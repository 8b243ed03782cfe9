import KMSCore
import Foundation
import Testing
import TestSupport
@testable import Diagnostics

/// TCP connects on loopback from the test process itself: a real listener, and a port nobody holds.
///
/// Off the cooperative pool: "refused at once" measures our probe, not two pool threads held by
/// blocking tests elsewhere (35 s under AddressSanitizer on a loaded machine).
@Suite("TCP probe on loopback", .offCooperativePool)
struct ReachabilityLoopbackTests {
    /// A listening socket on 127.0.0.1 with a kernel-chosen port; closed by `close()`.
    final class Listener {
        let descriptor: Int32
        let port: UInt16

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
            }
            try #require(bound == 0 && listen(descriptor, 4) == 0)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            self.descriptor = descriptor
            port = UInt16(bigEndian: address.sin_port)
        }

        func close() { _ = Glibc.close(descriptor) }
    }

    let loopback = IPAddress("127.0.0.1")!

    @Test("a listener is connected, with the time, source address and interface")
    func connected() async throws {
        let listener = try Listener()
        defer { listener.close() }
        let outcome = await TCPProbe.attempt(to: loopback, port: listener.port, timeout: 2)
        guard case let .connected(milliseconds) = outcome.result else {
            Issue.record("expected connected, got \(outcome.result)")
            return
        }
        #expect(milliseconds >= 0 && milliseconds < 2000)
        #expect(outcome.source == loopback)
        #expect(outcome.interface?.name == "lo")
    }

    @Test("a port nobody listens on is refused at once, long before the timeout")
    func refused() async throws {
        let listener = try Listener()
        let port = listener.port
        listener.close()
        let started = ContinuousClock.now
        let outcome = await TCPProbe.attempt(to: loopback, port: port, timeout: 30)
        #expect(outcome.result == .refused)
        #expect(started.duration(to: .now) < .seconds(15))
    }

    @Test("an IPv6 loopback connect works too", .requires(.ipv6Loopback))
    func ipv6() async throws {
        let outcome = await TCPProbe.attempt(to: IPAddress("::1")!, port: 9, timeout: 2)
        #expect(outcome.result == .refused)
        #expect(outcome.source == IPAddress("::1"))
    }
}
