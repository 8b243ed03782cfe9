/// One SNTP measurement of the local clock against a server.
///
/// Sign convention (RFC 4330 section 5): `offset` is server time minus local time, so a
/// positive offset means the local clock is behind. `clockError` is the opposite sign, which
/// is what people mean by "my clock is 5 minutes fast" and what the checks print.
public struct NTPMeasurement: Sendable, Equatable {
    /// Seconds to add to the local clock to get the server's time.
    public var offset: Double
    /// Round-trip delay of the exchange in seconds, the server's processing time excluded.
    public var delay: Double
    public var stratum: UInt8
    /// The server's time (Unix seconds) when it sent the reply.
    public var serverTime: Double
    /// The local time (Unix seconds) when the reply arrived.
    public var localTime: Double
    /// The address the reply came from (numeric), e.g. `127.0.0.1` or `::1`.
    public var serverAddress: String
    /// The reference ID: four ASCII letters at stratum 1 (e.g. `GPS`), else an IPv4 address or hash.
    public var referenceID: String

    /// Local time minus true time: positive when this computer's clock is ahead.
    public var clockError: Double { -offset }

    /// Computes offset and delay from the four timestamps of one exchange (Unix seconds):
    /// t1 request sent (local), t2 request received (server), t3 reply sent (server), t4 reply
    /// received (local). Offset = ((t2 - t1) + (t3 - t4)) / 2; delay = (t4 - t1) - (t3 - t2).
    public static func compute(t1: Double, t2: Double, t3: Double, t4: Double) -> (offset: Double, delay: Double) {
        (((t2 - t1) + (t3 - t4)) / 2, (t4 - t1) - (t3 - t2))
    }

    public init(offset: Double, delay: Double, stratum: UInt8, serverTime: Double, localTime: Double,
                serverAddress: String, referenceID: String) {
        self.offset = offset
        self.delay = delay
        self.stratum = stratum
        self.serverTime = serverTime
        self.localTime = localTime
        self.serverAddress = serverAddress
        self.referenceID = referenceID
    }
}
