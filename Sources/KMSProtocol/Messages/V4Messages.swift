/// KMS v4 framing, for requests and responses alike: the message in clear followed by its
/// 16-byte CBC-MAC (see `V4MAC`). Nothing is encrypted in v4.
public enum V4Message {
    public static func seal(_ body: [UInt8]) -> [UInt8] {
        body + V4MAC.mac(body)
    }

    /// The body of a sealed message, or nil when it is shorter than a MAC or the MAC does not match.
    public static func open(_ message: [UInt8]) -> [UInt8]? {
        guard message.count >= V4MAC.length else { return nil }
        let body = Array(message.dropLast(V4MAC.length))
        return V4MAC.mac(body) == Array(message.suffix(V4MAC.length)) ? body : nil
    }
}
