import KMSCore

/// Reads exactly one PDU from a stream: the 16-byte header first, then exactly `frag_length - 16`
/// bytes, refusing any frag_length above our receive limit before reading the body.
public enum PDUReader {
    public static func read(from stream: ByteStream,
                            maximumFragmentLength: Int = RPCLimits.maximumFragmentLength) throws(RPCError) -> RPCFrame {
        let head = try receive(PDUHeader.size, from: stream, alreadyReceived: 0, total: PDUHeader.size)
        let header = try PDUHeader.parse(head, maximumFragmentLength: maximumFragmentLength)
        let length = Int(header.fragmentLength)
        let body = try receive(length - PDUHeader.size, from: stream, alreadyReceived: PDUHeader.size, total: length)
        return try RPCFrame(bytes: head + body, maximumFragmentLength: maximumFragmentLength)
    }

    /// Transport errors restated in whole-PDU byte counts, which is what a reader of the message expects.
    private static func receive(_ count: Int, from stream: ByteStream, alreadyReceived: Int,
                                total: Int) throws(RPCError) -> [UInt8] {
        guard count > 0 else { return [] }
        do {
            return try stream.receive(exactly: count)
        } catch let .closed(_, received) {
            throw .transport(.closed(expected: alreadyReceived == 0 && received == 0 ? 0 : total,
                                     received: alreadyReceived + received))
        } catch let .timeout(phase, seconds, overall, received) {
            throw .transport(.timeout(phase, seconds: seconds, overall: overall, receivedBytes: alreadyReceived + received))
        } catch {
            throw .transport(error)
        }
    }
}
