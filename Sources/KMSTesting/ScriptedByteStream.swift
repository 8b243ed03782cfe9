import KMSCore

/// A host that exists only in memory: hands out scripted bytes as the host's answers and records
/// what the client sent. The RPC unit tests and the RPC fuzz targets both drive `RPCAssociation`
/// through it; it lives here, next to `ByteStream`, so that the fuzz build shares it without
/// depending on the test targets (as `FixedRandom` does for `RandomSource`).
public final class ScriptedByteStream: ByteStream {
    private let incoming: [UInt8]
    private var position = 0
    /// Each `send` call's bytes, in order.
    public private(set) var sent: [[UInt8]] = []
    /// The `count` of each `receive` call, in order: shows how far a parser read before it stopped.
    public private(set) var receiveCalls: [Int] = []

    /// `hostBytes` are concatenated: how the host split its writes does not matter to a stream.
    public init(hostBytes: [[UInt8]]) {
        incoming = hostBytes.flatMap { $0 }
    }

    public func send(_ bytes: [UInt8]) throws(TransportError) {
        sent.append(bytes)
    }

    /// Like a socket that then sees FIN: hands out what is left and reports the close.
    public func receive(exactly count: Int) throws(TransportError) -> [UInt8] {
        receiveCalls.append(count)
        let available = incoming.count - position
        guard available >= count else {
            position = incoming.count
            throw .closed(expected: count, received: available)
        }
        defer { position += count }
        return Array(incoming[position..<position + count])
    }
}
