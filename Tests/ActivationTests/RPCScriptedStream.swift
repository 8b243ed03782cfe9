@testable import Activation

/// An in-memory host for RPC unit tests: hands out scripted server bytes, records what the client sent.
final class RPCScriptedStream: ByteStream {
    private var incoming: [UInt8]
    private var position = 0
    private(set) var sent: [[UInt8]] = []
    private(set) var receiveCalls: [Int] = []

    init(serverBytes: [[UInt8]]) {
        incoming = serverBytes.flatMap { $0 }
    }

    func send(_ bytes: [UInt8]) throws(TransportError) {
        sent.append(bytes)
    }

    /// Like a socket that then sees FIN: hands out what is left and reports the close.
    func receive(exactly count: Int) throws(TransportError) -> [UInt8] {
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
