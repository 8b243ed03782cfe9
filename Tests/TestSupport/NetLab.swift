import Foundation

/// A private network made of Linux network namespaces, built by one test and torn down after it.
///
/// Addresses come only from 198.18.0.0/15 and live only inside the lab's own namespaces; the
/// root namespace gets no interface, route or process, so nothing can leave the machine. Every
/// lab has a unique id, so tests running in parallel never share a name.
public final class NetLab: @unchecked Sendable {
    /// Short and unique: namespace names are `<id>-<role>`.
    public let id: String
    /// Config files and server logs.
    public let directory: URL
    private let lock = NSLock()
    private var namespaces: [String] = []
    private var servers: [(name: String, child: ChildProcess)] = []

    /// Whether namespace suites should run; for suites that still ask this directly (new ones use
    /// `.requires(RequiredPeers.campusLab)`). Under `KMSWIZARD_REQUIRE_PEERS=1` a machine that cannot
    /// create namespaces answers true, so those suites run and fail at their first `ip netns add`
    /// instead of being skipped.
    public static func canCreateNamespaces() async -> Bool {
        (try? await RequiredPeers.check([.networkNamespaces], for: "namespace suite")) ?? true
    }

    public init() throws {
        id = "kw" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("netlab-\(id)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Builds a lab, hands it to `body` on a thread of its own, and tears it down afterwards
    /// whatever happens.
    ///
    /// Everything a lab does blocks (spawning and waiting for `ip`, servers, the binary); run on
    /// Swift's cooperative pool (one thread per core) it would stall every other test running in
    /// parallel, including the timing-sensitive ones.
    public static func with<T: Sendable>(_ body: @escaping @Sendable (NetLab) throws -> T) async throws -> T {
        try await ProcessRunner.onOwnThread {
            let lab = try NetLab()
            defer { lab.teardown() }
            return try body(lab)
        }
    }

    /// Creates namespace `<id>-<role>` with loopback up and its own resolv.conf and hosts
    /// (`ip netns exec` bind-mounts /etc/netns/NS/* over /etc).
    @discardableResult
    public func addNamespace(_ role: String, nameserver: String = "127.0.0.1") throws -> String {
        let name = "\(id)-\(role)"
        try ProcessRunner.check(["ip", "netns", "add", name])
        lock.withLock { namespaces.append(name) }
        try ProcessRunner.check(["ip", "-n", name, "link", "set", "lo", "up"])
        try FileManager.default.createDirectory(atPath: "/etc/netns/\(name)", withIntermediateDirectories: true)
        try "127.0.0.1 localhost\n".write(toFile: "/etc/netns/\(name)/hosts", atomically: true, encoding: .utf8)
        try setNameserver(name, nameserver)
        return name
    }

    /// Points the namespace's system resolver at `address`, one try of `timeout` seconds.
    public func setNameserver(_ namespace: String, _ address: String, timeout: Int = 1) throws {
        try "nameserver \(address)\noptions timeout:\(timeout) attempts:1\n"
            .write(toFile: "/etc/netns/\(namespace)/resolv.conf", atomically: true, encoding: .utf8)
    }

    /// A veth pair between two namespaces, each end addressed (`198.18.10.5/24`) and up.
    public func link(_ a: (namespace: String, interface: String, address: String),
                     _ b: (namespace: String, interface: String, address: String)) throws {
        try ProcessRunner.check(["ip", "link", "add", a.interface, "netns", a.namespace, "type", "veth",
                                 "peer", "name", b.interface, "netns", b.namespace])
        for end in [a, b] {
            try ProcessRunner.check(["ip", "-n", end.namespace, "addr", "add", end.address, "dev", end.interface])
            try ProcessRunner.check(["ip", "-n", end.namespace, "link", "set", end.interface, "up"])
        }
    }

    /// Runs a command inside a namespace and throws unless it succeeds.
    @discardableResult
    public func exec(_ namespace: String, _ command: [String], timeout: Double = 20) throws -> String {
        try ProcessRunner.check(["ip", "netns", "exec", namespace] + command, timeout: timeout)
    }

    /// Runs a command inside a namespace and returns how it ended, whatever the status.
    public func run(_ namespace: String, _ command: [String], timeout: Double = 20,
                    environment: [String: String]? = nil) throws -> ProcessResult {
        try ProcessRunner.run(["ip", "netns", "exec", namespace] + command, timeout: timeout, environment: environment)
    }

    /// Starts a server inside a namespace (`ip netns exec` execs it, so the pid is the server's
    /// own), logging to `<name>.log`; it is stopped at teardown unless stopped before.
    @discardableResult
    public func startServer(_ name: String, in namespace: String, _ command: [String]) throws -> ChildProcess {
        let log = directory.appendingPathComponent("\(name).log").path
        let child = try ChildProcess.spawn(["ip", "netns", "exec", namespace] + command, stdout: log, stderr: log)
        lock.withLock { servers.append((name, child)) }
        return child
    }

    /// Stops the named server and waits for it (no zombie left behind).
    public func stopServer(_ name: String) {
        let stopping = lock.withLock { () -> [ChildProcess] in
            let matching = servers.filter { $0.name == name }.map(\.child)
            servers.removeAll { $0.name == name }
            return matching
        }
        for child in stopping { child.stop() }
    }

    /// The server's log so far, for failure messages.
    public func log(_ name: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent("\(name).log"), encoding: .utf8)) ?? ""
    }

    /// Waits up to 3 s until something listens on `address:port` (`tcp` or `udp`) in the namespace.
    public func waitForListener(_ namespace: String, _ proto: String, _ addressPort: String) throws {
        let flag = proto == "udp" ? "-Hlun" : "-Hltn"
        for _ in 0..<150 {
            if let listing = try? exec(namespace, ["ss", flag]), listing.contains(" \(addressPort) ") { return }
            usleep(20_000)
        }
        throw ChildProcess.Failure(command: ["ss", flag], detail: "nothing listens on \(proto) \(addressPort) in \(namespace)")
    }

    /// Waits up to 3 s for an interface to be up in a namespace (e.g. a tun made by socat). Up, not
    /// only there: socat creates the device first and sets IFF_UP after, and a route through a
    /// device that is not up yet is refused (`ip route add ... dev tun0` exited 2 in that moment).
    public func waitForInterface(_ namespace: String, _ interface: String) throws {
        for _ in 0..<150 {
            if let shown = try? ProcessRunner.run(["ip", "-n", namespace, "-o", "link", "show", interface]), shown.status == 0,
               Self.isUp(shown.stdout) { return }
            usleep(20_000)
        }
        throw ChildProcess.Failure(command: ["ip", "link", "show", interface], detail: "\(interface) did not come up in \(namespace)")
    }

    /// Whether `ip -o link show`'s flags (`<POINTOPOINT,NOARP,UP,LOWER_UP>`) hold UP.
    static func isUp(_ line: String) -> Bool {
        guard let open = line.firstIndex(of: "<"), let close = line[open...].firstIndex(of: ">") else { return false }
        return line[line.index(after: open)..<close].split(separator: ",").contains("UP")
    }

    /// Stops every server, kills strays by pid, deletes the namespaces and their /etc/netns files.
    public func teardown() {
        let (running, created) = lock.withLock { () -> ([ChildProcess], [String]) in
            defer { servers.removeAll(); namespaces.removeAll() }
            return (servers.map(\.child), namespaces)
        }
        for child in running { child.stop() }
        for namespace in created {
            if let pids = try? ProcessRunner.run(["ip", "netns", "pids", namespace], timeout: 5).stdout {
                for pid in pids.split(whereSeparator: \.isWhitespace).compactMap({ Int32($0) }) { kill(pid, SIGKILL) }
            }
            _ = try? ProcessRunner.run(["ip", "netns", "del", namespace], timeout: 10)
            try? FileManager.default.removeItem(atPath: "/etc/netns/\(namespace)")
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
