@testable import KMSCore
import Testing
import TestSupport

/// The TCP transport against real loopback sockets, IPv4 and IPv6.
@Suite("TCP transport on loopback", .offCooperativePool)
struct TransportTests {
    static let limits = TransportLimits(stepSeconds: 2, overallSeconds: 4)

    static func open(_ host: String, _ port: UInt16, limits: TransportLimits = limits) throws(TransportError) -> TCPConnection {
        try TCPConnection.open(to: Endpoint(host: host, port: port), limits: limits,
                               overallDeadline: .after(seconds: limits.overallSeconds))
    }

    @Test("connects, sends and reads exact byte counts", arguments: ["127.0.0.1", "::1", "localhost"])
    func exchange(host: String) throws {
        let listener = try TransportTestListener(address: host == "::1" ? "::1" : "127.0.0.1")
        listener.serve([.send([1, 2, 3]), .pause(milliseconds: 50), .send([4, 5, 6, 7])])
        let connection = try Self.open(host, listener.port)
        #expect(connection.remoteAddress.hasSuffix(":\(listener.port)"))
        try connection.send([9, 9])
        #expect(try connection.receive(exactly: 2) == [1, 2])
        #expect(try connection.receive(exactly: 5) == [3, 4, 5, 6, 7])
    }

    @Test("a closed port is refused", arguments: ["127.0.0.1", "::1"])
    func refused(host: String) throws {
        let port = try TransportTestListener(address: host).port  // listener closed again at once
        #expect(throws: TransportError.refused(address: host == "::1" ? "[::1]:\(port)" : "\(host):\(port)")) {
            try Self.open(host, port)
        }
    }

    @Test("a silent host hits the per-read limit")
    func silentHost() throws {
        let listener = try TransportTestListener(address: "127.0.0.1")
        listener.serve([.pause(milliseconds: 1500)])
        let connection = try Self.open("127.0.0.1", listener.port,
                                       limits: TransportLimits(stepSeconds: 0.3, overallSeconds: 4))
        let start = Deadline.now()
        #expect(throws: TransportError.timeout(.receiving, seconds: 0.3, overall: false, receivedBytes: 0)) {
            try connection.receive(exactly: 16)
        }
        #expect(start.elapsedSeconds < 0.3 + 1.0)  // far below the 1.5 s pause; +1 s for a loaded machine
    }

    @Test("a host sending one byte every 200 ms cannot stretch the overall deadline")
    func slowloris() throws {
        let listener = try TransportTestListener(address: "127.0.0.1")
        listener.serve([.trickle(Array(repeating: 5, count: 30), intervalMilliseconds: 200)])
        let limits = TransportLimits(stepSeconds: 0.5, overallSeconds: 1.2)
        let start = Deadline.now()
        let connection = try Self.open("127.0.0.1", listener.port, limits: limits)
        var caught: TransportError?
        do { _ = try connection.receive(exactly: 30) } catch { caught = error }
        guard case let .timeout(phase, seconds, overall, received) = caught else {
            Issue.record("expected an overall timeout, got \(String(describing: caught))")
            return
        }
        #expect(phase == .receiving && seconds == 1.2 && overall)
        #expect(received > 0 && received < 30)
        #expect(start.elapsedSeconds < 1.2 + 1.0)
    }

    @Test("a host whose packets are dropped (full SYN queue) times out while connecting")
    func connectTimeout() throws {
        let blackHole = try SYNBlackHole()
        let start = Deadline.now()
        #expect(throws: TransportError.timeout(.connecting, seconds: 0.5, overall: false, receivedBytes: 0)) {
            try Self.open("127.0.0.1", blackHole.port, limits: TransportLimits(stepSeconds: 0.5, overallSeconds: 3))
        }
        #expect(start.elapsedSeconds < 2)
    }

    @Test("a host that closes mid-message reports how much arrived")
    func closedEarly() throws {
        let listener = try TransportTestListener(address: "::1")
        listener.serve([.send([1, 2, 3])])
        let connection = try Self.open("::1", listener.port)
        #expect(throws: TransportError.closed(expected: 10, received: 3)) { try connection.receive(exactly: 10) }
    }

    @Test("BlockingIO runs the exchange off the cooperative pool and returns its value")
    func blockingIO() async throws {
        let listener = try TransportTestListener(address: "127.0.0.1")
        listener.serve([.send([42])])
        let port = listener.port
        let byte = try await BlockingIO.run { () throws(TransportError) -> [UInt8] in
            try Self.open("127.0.0.1", port).receive(exactly: 1)
        }
        #expect(byte == [42])
    }

    @Test("error texts say what the host did")
    func descriptions() {
        #expect(TransportError.refused(address: "127.0.0.1:1688").description.contains("refused"))
        #expect(TransportError.dns(host: "kms.example", code: -2, message: "Name or service not known").description
            .contains("kms.example could not be looked up"))
        #expect(TransportError.timeout(.receiving, seconds: 5, overall: true, receivedBytes: 7).description
            .contains("only 7 bytes"))
    }
}
