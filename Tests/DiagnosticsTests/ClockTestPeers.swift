import Foundation
import Glibc
import Activation
import TestSupport
@testable import Diagnostics

/// A real chronyd serving NTP on 127.0.0.1 at a free high port, never touching the clock (-x),
/// optionally running with a skewed clock under libfaketime (the `env LD_PRELOAD=` form, so
/// that the process we kill is chronyd itself and not a wrapper).
final class ChronyServer {
    static let chronydPath = "/usr/sbin/chronyd"
    static let libfaketimePath = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"

    /// Why chronyd tests cannot run here, or nil when they can.
    static var unavailableReason: String? {
        if access(chronydPath, X_OK) != 0 { return "chronyd is not installed (make test-deps installs chrony)" }
        if access(libfaketimePath, R_OK) != 0 { return "libfaketime is not installed (make test-deps installs faketime)" }
        return nil
    }

    let endpoint: Endpoint
    private let child: ChildProcess
    private let directory: String

    /// Starts chronyd; `skew` is a FAKETIME offset such as "+300s", "-5d", "-8h".
    init(skew: String? = nil) throws {
        directory = try Self.makeTemporaryDirectory()
        let port = try FreeUDPPort.udp()
        endpoint = Endpoint(host: "127.0.0.1", port: port)
        let config = """
        port \(port)
        bindaddress 127.0.0.1
        allow 127.0.0.0/8
        local stratum 8
        cmdport 0
        bindcmdaddress \(directory)/chronyd.sock
        pidfile \(directory)/chronyd.pid
        driftfile \(directory)/chronyd.drift
        """
        try config.write(toFile: directory + "/chronyd.conf", atomically: true, encoding: .utf8)
        var environment = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        if let skew { environment.merge(["LD_PRELOAD": Self.libfaketimePath, "FAKETIME": skew]) { $1 } }
        child = try ChildProcess.spawn([Self.chronydPath, "-x", "-d", "-U", "-u", "root", "-f", directory + "/chronyd.conf"],
                                       stdout: "/dev/null", stderr: "/dev/null", environment: environment)
        do {
            try waitUntilServing()
        } catch {
            child.stop()
            throw error
        }
    }

    deinit {
        child.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Polls with short SNTP queries until chronyd answers (it usually does within 10 ms).
    private func waitUntilServing() throws {
        let probe = SNTPClient(timeout: 0.1)
        for _ in 0..<50 {
            guard child.isRunning else { throw ClockTestFailure("chronyd exited at start (see its config in \(directory))") }
            if (try? probe.exchange(with: endpoint)) != nil { return }
            usleep(50_000)
        }
        throw ClockTestFailure("chronyd did not answer on \(endpoint) within 5 s")
    }

    private static func makeTemporaryDirectory() throws -> String {
        var template = Array("/tmp/kmswizard-chrony.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ClockTestFailure("mkdtemp failed") }
        chmod(made, 0o700)   // chronyd refuses a command socket directory others can write
        return String(cString: made)
    }
}

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

enum FreeUDPPort {
    /// A UDP port on 127.0.0.1 that was free a moment ago (the kernel picks it).
    static func udp() throws -> UInt16 {
        let (descriptor, port) = try boundLoopbackSocket()
        close(descriptor)
        return port
    }

    /// A UDP socket bound to 127.0.0.1 (or ::1) at a port the kernel picked, and that port.
    static func boundLoopbackSocket(ipv6: Bool = false) throws -> (descriptor: Int32, port: UInt16) {
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
            throw ClockTestFailure("bind to \(ipv6 ? "::1" : "127.0.0.1") failed: errno \(errno)")
        }
        return (descriptor, port)
    }

    /// The port a bound socket got (sin_port and sin6_port sit at the same offset).
    static func boundPort(of descriptor: Int32) throws -> UInt16 {
        var address = sockaddr_in6()
        var length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        let status = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard status == 0 else { throw ClockTestFailure("getsockname failed: errno \(errno)") }
        return UInt16(bigEndian: address.sin6_port)
    }
}

struct ClockTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
