import Platform
import KMSCore
import Foundation
import Diagnostics

/// A real chronyd serving NTP on 127.0.0.1 at a free high port, never touching the clock (-x),
/// optionally running with a skewed clock under libfaketime (the `env LD_PRELOAD=` form, so
/// that the process we kill is chronyd itself and not a wrapper).
public final class ChronyServer {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// Tests that start one declare `.requires(.chronyd)` (and `.libfaketime` to skew it).
    public static let chronydPath = "/usr/sbin/chronyd"
    public static let libfaketimePath = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"

    public let endpoint: Endpoint
    private let child: ChildProcess
    private let directory: String

    /// Starts chronyd; `skew` is a FAKETIME offset such as "+300s", "-5d", "-8h"; `port` starts
    /// it where an earlier one answered, so a test can replace a skewed reference with a true one.
    public init(skew: String? = nil, port: UInt16? = nil) throws {
        directory = try Self.makeTemporaryDirectory()
        let port = try port ?? FreeUDPPort.udp()
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

    deinit { stop() }

    /// How long chronyd may take to answer its first query.
    static let startSeconds = 15

    /// Ends chronyd (waiting until it has gone, so its port is free again) and removes its folder.
    public func stop() {
        child.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Polls with short SNTP queries until chronyd answers (it usually does within 10 ms; a loaded
    /// machine running the sanitizer builds has taken seconds). The wait is by the clock: a query
    /// that fails at once (nothing bound yet) must not use the time up early.
    private func waitUntilServing() throws {
        let probe = SNTPClient(timeout: 0.1)
        let deadline = ContinuousClock.now + .seconds(Self.startSeconds)
        while ContinuousClock.now < deadline {
            guard child.isRunning else { throw ChronyServer.Failure("chronyd exited at start (see its config in \(directory))") }
            if (try? probe.exchange(with: endpoint)) != nil { return }
            usleep(50_000)
        }
        throw ChronyServer.Failure("chronyd did not answer on \(endpoint) within \(Self.startSeconds) s")
    }

    private static func makeTemporaryDirectory() throws -> String {
        var template = Array("/tmp/kmswizard-chrony.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ChronyServer.Failure("mkdtemp failed") }
        chmod(made, 0o700)   // chronyd refuses a command socket directory others can write
        return String(cString: made)
    }
}
