import Platform
import KMSCore
import Foundation
import TestSupport
@testable import Diagnostics

/// A UDP peer on 127.0.0.1 that answers each request with whatever `reply` builds from it
/// (nil: stay silent), for hostile and silent-server cases.
final class ScriptedNTPPeer: @unchecked Sendable {
    let endpoint: Endpoint
    private let descriptor: Int32
    private let done = DispatchSemaphore(value: 0)

    init(ipv6: Bool = false, reply: @escaping @Sendable ([UInt8]) -> [UInt8]?) throws {
        let (descriptor, port) = try FreeUDPPort.boundLoopbackSocket(ipv6: ipv6)
        self.descriptor = descriptor
        endpoint = Endpoint(host: ipv6 ? "::1" : "127.0.0.1", port: port)
        let done = self.done
        DispatchQueue(label: "scripted-ntp-peer").async {
            defer { done.signal() }
            var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            for _ in 0..<200 {   // at most 20 s of service; each test needs a fraction of that
                var buffer = [UInt8](repeating: 0, count: 512)
                var from = sockaddr_storage()
                var fromLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
                let count = withUnsafeMutablePointer(to: &from) { pointer in
                    pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { recvfrom(descriptor, &buffer, buffer.count, 0, $0, &fromLength) }
                }
                if count < 0 { if errno == EAGAIN || errno == EWOULDBLOCK { continue } else { return } }
                guard let answer = reply(Array(buffer[..<count])) else { continue }
                _ = withUnsafePointer(to: &from) { pointer in
                    pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sendto(descriptor, answer, answer.count, 0, $0, fromLength) }
                }
            }
        }
    }

    deinit {
        shutdown(descriptor, Int32(SHUT_RDWR))
        close(descriptor)
        _ = done.wait(timeout: .now() + 1)
    }

    /// A well-formed server reply to `request`: mode 4, the request's transmit as origin, the
    /// real time in the receive and transmit fields; `edit` then spoils whatever a test needs.
    static func serverReply(to request: [UInt8], edit: (inout NTPPacket) -> Void = { _ in }) -> [UInt8] {
        guard let parsed = try? NTPPacket.parse(request) else { return [] }
        let now = NTPTimestamp(unixTime: SNTPClient.systemClock())
        var packet = NTPPacket(leapIndicator: 0, version: 4, mode: 4, stratum: 2, poll: 6, precision: -20,
                               rootDelay: 0, rootDispersion: 0, referenceID: [127, 0, 0, 1],
                               referenceTimestamp: now, originTimestamp: parsed.transmitTimestamp,
                               receiveTimestamp: now, transmitTimestamp: now)
        edit(&packet)
        return packet.bytes
    }
}

struct ClockTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
