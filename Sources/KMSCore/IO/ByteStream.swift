/// A connected byte stream the RPC layer talks through: a TCP connection, or bytes in memory in tests.
public protocol ByteStream: AnyObject {
    func send(_ bytes: [UInt8]) throws(TransportError)
    /// Exactly `count` bytes, or an error (closed, reset, timeout); never more than `count`.
    func receive(exactly count: Int) throws(TransportError) -> [UInt8]
}
