import Foundation
import Activation
import Diagnostics
import TestSupport

/// A real chronyd answering NTP on 127.0.0.1 (never touching this computer's clock: `-x`), the
/// wizard's clock reference in the end-to-end walk. `skew` (a FAKETIME offset like "+300s")
/// runs it under libfaketime to play a reference that disagrees with this clock; `port` starts it
/// where an earlier one answered, so a test can replace a skewed reference with a true one.
final class TimeServer {
    static let chronyd = "/usr/sbin/chronyd"
    static let faketime = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"

    let endpoint: Endpoint
    private let child: ChildProcess
    private let directory: URL

    init(skew: String? = nil, port: UInt16? = nil) throws {
        directory = URL(fileURLWithPath: "/tmp/kmswizard-wizard-ntp-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let port = try port ?? Self.freeUDPPort()
        endpoint = Endpoint(host: "127.0.0.1", port: port)
        let path = directory.path
        try """
        port \(port)
        bindaddress 127.0.0.1
        allow 127.0.0.0/8
        local stratum 8
        cmdport 0
        bindcmdaddress \(path)/chronyd.sock
        pidfile \(path)/chronyd.pid
        driftfile \(path)/chronyd.drift
        """.write(toFile: path + "/chronyd.conf", atomically: true, encoding: .utf8)
        child = try ChildProcess.spawn([Self.chronyd, "-x", "-d", "-U", "-u", "root", "-f", path + "/chronyd.conf"],
                                       stdout: "/dev/null", stderr: "/dev/null",
                                       environment: skew.map { ["LD_PRELOAD": Self.faketime, "FAKETIME": $0] } ?? [:])
        let probe = SNTPClient(timeout: 0.1)
        for _ in 0..<50 where (try? probe.exchange(with: endpoint)) == nil { usleep(50_000) }
    }

    deinit { stop() }

    /// Ends chronyd (waiting until it has gone, so its port is free again) and removes its folder.
    func stop() {
        child.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// A UDP port on 127.0.0.1 the kernel just handed out (free a moment ago).
    private static func freeUDPPort() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard ok else { throw TmuxSession.Failure("no free UDP port: errno \(errno)") }
        return UInt16(bigEndian: address.sin_port)
    }
}
