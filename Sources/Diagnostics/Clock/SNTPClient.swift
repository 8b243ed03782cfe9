import Platform
import KMSCore

/// An SNTP client (RFC 4330): one request, one validated reply, one measurement.
///
/// The wall clock and the request nonce come in through seams so that tests can fix them; the
/// deadline runs on CLOCK_MONOTONIC so that a wrong (or faked) wall clock cannot stretch it.
public struct SNTPClient: Sendable {
    /// The longest reply read: the header plus room for extension fields and a MAC.
    static let replyCapacity = 1024

    public var timeout: Double
    /// The local wall clock, Unix seconds.
    public var clock: @Sendable () -> Double
    /// The 64-bit nonce sent as the transmit timestamp.
    public var nonce: @Sendable () -> UInt64

    public init(timeout: Double,
                clock: @escaping @Sendable () -> Double = SNTPClient.systemClock,
                nonce: @escaping @Sendable () -> UInt64 = { UInt64.random(in: 1...UInt64.max) }) {
        self.timeout = timeout
        self.clock = clock
        self.nonce = nonce
    }

    /// CLOCK_REALTIME in Unix seconds: the clock the KMS request timestamp is taken from.
    public static let systemClock: @Sendable () -> Double = {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Queries `server` once. The blocking socket work runs on a thread of its own (`BlockingIO`),
    /// so a slow server holds no thread of the concurrency pool while other checks run.
    public func query(_ server: Endpoint) async throws(SNTPError) -> NTPMeasurement {
        try await BlockingIO.run { () throws(SNTPError) in try self.exchange(with: server) }
    }

    /// The exchange itself, blocking until the reply or the deadline. A name with several
    /// addresses (localhost: ::1 and 127.0.0.1) is tried address by address while an address
    /// fails at once (refused, unreachable); a timeout or a bad reply ends the query.
    public func exchange(with server: Endpoint) throws(SNTPError) -> NTPMeasurement {
        let deadline = ConnectedUDPSocket.monotonicNow() + timeout
        var lastError = SNTPError.resolve(host: server.host, reason: .addressInfo(HostResolver.glibcNoData))
        for address in try ConnectedUDPSocket.resolve(host: server.host, port: server.port) {
            do {
                return try exchange(with: ConnectedUDPSocket.connect(to: address), deadline: deadline)
            } catch .refused {
                lastError = .refused
            } catch let .unreachable(reason) {
                lastError = .unreachable(reason: reason)
            } catch let .socket(call, reason) where call == "connect" || call == "socket" {
                lastError = .socket(call: call, reason: reason)
            }
        }
        throw lastError
    }

    private func exchange(with socket: ConnectedUDPSocket, deadline: Double) throws(SNTPError) -> NTPMeasurement {
        let request = NTPPacket.request(transmit: NTPTimestamp(raw: nonce()))
        let t1 = clock()
        try socket.send(request.bytes)
        let replyBytes: [UInt8]
        do {
            replyBytes = try socket.receive(capacity: Self.replyCapacity, deadline: deadline)
        } catch .timeout {
            throw .timeout(seconds: timeout)
        }
        let t4 = clock()
        let reply = try NTPPacket.parse(replyBytes)
        try reply.validateAsReply(to: request)
        let t2 = reply.receiveTimestamp.unixTime
        let t3 = reply.transmitTimestamp.unixTime
        let (offset, delay) = NTPMeasurement.compute(t1: t1, t2: t2, t3: t3, t4: t4)
        return NTPMeasurement(offset: offset, delay: delay, stratum: reply.stratum, serverTime: t3, localTime: t4,
                              serverAddress: socket.peerAddress, referenceID: reply.referenceText)
    }
}

extension NTPPacket {
    /// The reference ID as people read it: letters at stratum 1, a dotted quad above.
    var referenceText: String {
        stratum == 1 ? kissCode.filter { $0 != "?" } : referenceID.map(String.init).joined(separator: ".")
    }
}
