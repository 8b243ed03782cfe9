/// The 48-byte NTP header (RFC 4330 section 4) as a client builds and checks it.
///
/// Parsing never trusts the peer: the length is checked before any field is read, and every
/// check a client must make (section 5) becomes a typed `SNTPError`.
public struct NTPPacket: Sendable, Equatable {
    public static let headerLength = 48

    public var leapIndicator: UInt8
    public var version: UInt8
    public var mode: UInt8
    public var stratum: UInt8
    public var poll: Int8
    public var precision: Int8
    public var rootDelay: UInt32
    public var rootDispersion: UInt32
    public var referenceID: [UInt8]
    public var referenceTimestamp: NTPTimestamp
    public var originTimestamp: NTPTimestamp
    public var receiveTimestamp: NTPTimestamp
    public var transmitTimestamp: NTPTimestamp

    /// A client request (LI 0, version 4, mode 3) whose transmit timestamp is `transmit`.
    ///
    /// The transmit field is a random nonce rather than the real time (as chrony does): the
    /// server echoes it as the origin, which proves the reply answers this request, and the
    /// request leaks nothing about the local clock. The real send time stays with the client.
    public static func request(transmit: NTPTimestamp) -> NTPPacket {
        let zero = NTPTimestamp(seconds: 0, fraction: 0)
        return NTPPacket(leapIndicator: 0, version: 4, mode: 3, stratum: 0, poll: 0, precision: 0,
                         rootDelay: 0, rootDispersion: 0, referenceID: [0, 0, 0, 0],
                         referenceTimestamp: zero, originTimestamp: zero, receiveTimestamp: zero,
                         transmitTimestamp: transmit)
    }

    /// The packet on the wire.
    public var bytes: [UInt8] {
        var out: [UInt8] = [leapIndicator << 6 | (version & 7) << 3 | (mode & 7), stratum,
                            UInt8(bitPattern: poll), UInt8(bitPattern: precision)]
        out += Self.bigEndian(rootDelay) + Self.bigEndian(rootDispersion)
        out += (referenceID + [0, 0, 0, 0]).prefix(4)
        for stamp in [referenceTimestamp, originTimestamp, receiveTimestamp, transmitTimestamp] {
            out += stamp.bytes
        }
        return out
    }

    /// Reads the header fields of `bytes`; extension fields or a MAC after byte 48 are ignored.
    public static func parse(_ bytes: [UInt8]) throws(SNTPError) -> NTPPacket {
        guard bytes.count >= headerLength else { throw .shortReply(length: bytes.count) }
        func word(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
        }
        func stamp(_ at: Int) -> NTPTimestamp { NTPTimestamp(seconds: word(at), fraction: word(at + 4)) }
        return NTPPacket(leapIndicator: bytes[0] >> 6, version: (bytes[0] >> 3) & 7, mode: bytes[0] & 7,
                         stratum: bytes[1], poll: Int8(bitPattern: bytes[2]), precision: Int8(bitPattern: bytes[3]),
                         rootDelay: word(4), rootDispersion: word(8), referenceID: Array(bytes[12..<16]),
                         referenceTimestamp: stamp(16), originTimestamp: stamp(24),
                         receiveTimestamp: stamp(32), transmitTimestamp: stamp(40))
    }

    /// The checks RFC 4330 section 5 asks of a client, in an order that lets a forged packet
    /// fail on the origin check before its kiss code or leap bits are believed.
    public func validateAsReply(to request: NTPPacket) throws(SNTPError) {
        guard mode == 4 else { throw .badMode(mode) }
        guard version == 3 || version == 4 else { throw .badVersion(version) }
        guard originTimestamp == request.transmitTimestamp else { throw .originMismatch }
        if stratum == 0 { throw .kissOfDeath(code: kissCode) }
        guard leapIndicator != 3, stratum < 16 else { throw .unsynchronised }
        guard !transmitTimestamp.isZero else { throw .zeroTransmitTimestamp }
    }

    /// The reference ID read as the four ASCII letters of a kiss code; anything unprintable
    /// is shown as `?` so that a hostile server cannot put control characters on the screen.
    public var kissCode: String {
        String(decoding: referenceID.map { (0x21...0x7E).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }
}
