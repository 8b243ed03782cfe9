/// A response before sealing, in its parts, so that a host (the test responder) can change any one
/// of them and still seal the result: the encoded base response, then the v4 MAC or the v5/v6
/// trailer.
public struct KMSResponsePlaintext: Sendable, Equatable {
    public var base: [UInt8]
    /// v4: the CBC-MAC of `base`.
    public var mac: [UInt8]?
    /// v5/v6: salt, hash (and v6 HWID, X, HMAC).
    public var trailer: ResponseTrailer?

    public init(base: [UInt8], mac: [UInt8]? = nil, trailer: ResponseTrailer? = nil) {
        self.base = base
        self.mac = mac
        self.trailer = trailer
    }

    /// v4: the whole message; v5/v6: what gets encrypted (before padding).
    public var bytes: [UInt8] { base + (mac ?? []) + (trailer?.encode() ?? []) }
}
