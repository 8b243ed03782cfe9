import Platform
@testable import KMSCore
import Testing
import KMSTesting
import TestSupport

/// The one socket address type, the one getaddrinfo call and the one connect, against loopback
/// only: address literals, the name `localhost` (/etc/hosts, no DNS server is asked), listeners
/// on 127.0.0.1 and ::1, a closed port and a port whose SYNs are dropped.
@Suite("Socket addresses, lookups and connects on loopback", .offCooperativePool)
struct NetworkSocketTests {
    static func address(_ text: String, _ port: UInt16) throws -> SocketAddress {
        SocketAddress(try #require(IPAddress(text)), port: port)
    }

    // MARK: SocketAddress

    @Test("an address goes through a sockaddr and back unchanged, and prints the way the errors show it",
          arguments: [("127.0.0.1", "127.0.0.1:1688"), ("::1", "[::1]:1688"), ("198.18.10.5", "198.18.10.5:1688"),
                      ("2001:db8::7", "[2001:db8::7]:1688")])
    func roundTrip(text: String, printed: String) throws {
        let address = try Self.address(text, 1688)
        let back = address.withSockaddr { pointer, length in
            #expect(Int(length) == (address.ip.family == .v4 ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size))
            return SocketAddress(pointer)
        }
        #expect(back == address)
        #expect(address.description == printed)
        #expect(address.host == text)
        #expect(address.family == (address.ip.family == .v4 ? AF_INET : AF_INET6))
    }

    @Test("an IPv6 scope survives the sockaddr; an IPv4 address never carries one")
    func scope() throws {
        let scoped = SocketAddress(try #require(IPAddress("fe80::1")), port: 9, scopeID: 1)
        #expect(scoped.withSockaddr { pointer, _ in SocketAddress(pointer) } == scoped)
        #expect(scoped.host.hasPrefix("fe80::1%"))
        #expect(SocketAddress(try #require(IPAddress("127.0.0.1")), port: 9, scopeID: 3).scopeID == 0)
    }

    @Test("a sockaddr of another family is no socket address")
    func otherFamily() {
        var unix = sockaddr()
        unix.sa_family = sa_family_t(AF_UNIX)
        #expect(SocketAddress(&unix) == nil)
    }

    // MARK: AddressLookup

    @Test("a numeric lookup converts the literal without a resolver", arguments: ["127.0.0.1", "::1"])
    func numericLookup(host: String) throws {
        for transport in [AddressLookup.Transport.tcp, .udp] {
            let found = AddressLookup.addresses(of: host, .init(transport: transport, numericOnly: true, port: 1688))
            #expect(try found.get() == [try Self.address(host, 1688)])
        }
    }

    @Test("a numeric-only lookup of a name fails with getaddrinfo's EAI_NONAME, as data")
    func numericOnlyRefusesNames() {
        let found = AddressLookup.addresses(of: "localhost", .init(transport: .tcp, numericOnly: true, port: 1688))
        guard case let .failure(.lookup(code, _)) = found else {
            Issue.record("expected a lookup failure, got \(found)")
            return
        }
        #expect(code == EAI_NONAME)
    }

    @Test("localhost resolves (from /etc/hosts) to loopback addresses, each once, with the port asked for")
    func localhost() throws {
        for transport in [AddressLookup.Transport.tcp, .udp] {
            let found = try AddressLookup.addresses(of: "localhost", .init(transport: transport, port: 1688)).get()
            #expect(!found.isEmpty)
            #expect(Set(found).count == found.count, "no duplicates")
            #expect(found.allSatisfy { $0.port == 1688 })
            #expect(found.allSatisfy { $0.ip == IPAddress("::1") || $0.ip.bytes.first == 127 })
        }
    }

    @Test("a lookup without a port gives the addresses with port 0")
    func noPort() throws {
        let found = try AddressLookup.addresses(of: "127.0.0.1", .init(transport: .tcp)).get()
        #expect(found == [try Self.address("127.0.0.1", 0)])
    }

    // MARK: Socket.connect

    @Test("a TCP connect to a listener completes, and the local end is on loopback", arguments: ["127.0.0.1", "::1"])
    func tcpConnects(host: String) throws {
        let listener = try LoopbackListener(address: host)
        let target = try Self.address(host, listener.port)
        let socket = try Socket.open(family: target.family, .tcp)
        try socket.connect(to: target, before: .after(seconds: 2))
        let local = try #require(socket.localAddress)
        #expect(local.ip == target.ip)
        #expect(local.port != 0)
    }

    @Test("a closed port is refused, long before the deadline", arguments: ["127.0.0.1", "::1"])
    func tcpRefused(host: String) throws {
        let port = try LoopbackListener(address: host).port  // closed again at once
        let target = try Self.address(host, port)
        let socket = try Socket.open(family: target.family, .tcp)
        let start = Deadline.now()
        var caught: Socket.ConnectFailure?
        do { try socket.connect(to: target, before: .after(seconds: 10)) } catch { caught = error }
        switch caught {
        case .immediate(ECONNREFUSED)?, .handshake(ECONNREFUSED)?: break
        default: Issue.record("expected ECONNREFUSED, got \(String(describing: caught))")
        }
        #expect(start.elapsedSeconds < 5)
    }

    @Test("a port whose SYNs are dropped times out at the deadline")
    func tcpTimesOut() throws {
        let blackHole = try SYNBlackHole()
        let target = try Self.address("127.0.0.1", blackHole.port)
        let socket = try Socket.open(family: target.family, .tcp)
        let start = Deadline.now()
        #expect(throws: Socket.ConnectFailure.timedOut) { try socket.connect(to: target, before: .after(seconds: 0.4)) }
        #expect(start.elapsedSeconds >= 0.35 && start.elapsedSeconds < 2)
        #expect(Socket.ConnectFailure.timedOut.errno == ETIMEDOUT, "one errno for callers that tell no more apart")
    }

    @Test("a UDP connect sends nothing and never waits, even past its deadline; the kernel picks the source",
          arguments: ["127.0.0.1", "::1"])
    func udpConnects(host: String) throws {
        let target = try Self.address(host, 9)
        let socket = try Socket.open(family: target.family, .udp)
        try socket.connect(to: target, before: .now())
        let local = try #require(socket.localAddress)
        #expect(local.ip == target.ip)
        #expect(local.port != 0)
    }
}
