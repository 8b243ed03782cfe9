/// One presentation context offered in a bind or alter_context: the KMS interface in one transfer
/// syntax (44 bytes on the wire: id, one syntax, reserved byte, abstract and transfer syntax).
public struct ContextItem: Sendable, Equatable {
    public let id: UInt16
    public let abstractSyntax: SyntaxIdentifier
    public let transferSyntax: SyntaxIdentifier

    public init(id: UInt16, abstractSyntax: SyntaxIdentifier = .kmsInterface, transferSyntax: SyntaxIdentifier) {
        self.id = id
        self.abstractSyntax = abstractSyntax
        self.transferSyntax = transferSyntax
    }

    func write(to writer: inout LittleEndianWriter) {
        writer.u16(id)
        writer.u8(1)
        writer.u8(0)
        abstractSyntax.write(to: &writer)
        transferSyntax.write(to: &writer)
    }

    static func read(from reader: inout ByteReader) throws(RPCError) -> ContextItem {
        let id = try reader.u16("context id")
        let count = try reader.u8("number of transfer syntaxes")
        _ = try reader.u8("reserved")
        let abstract = try SyntaxIdentifier.read(from: &reader, "abstract syntax")
        var transfers: [SyntaxIdentifier] = []
        for _ in 0..<count { transfers.append(try SyntaxIdentifier.read(from: &reader, "transfer syntax")) }
        return ContextItem(id: id, abstractSyntax: abstract, transferSyntax: transfers.first ?? .null)
    }
}
