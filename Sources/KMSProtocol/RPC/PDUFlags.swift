/// `pfc_flags`, byte 3 of every PDU header.
public struct PDUFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let firstFragment = PDUFlags(rawValue: 0x01)
    public static let lastFragment = PDUFlags(rawValue: 0x02)
    public static let pendingCancel = PDUFlags(rawValue: 0x04)
    public static let concurrentMultiplex = PDUFlags(rawValue: 0x10)
    public static let didNotExecute = PDUFlags(rawValue: 0x20)
    public static let maybe = PDUFlags(rawValue: 0x40)
    public static let objectUUID = PDUFlags(rawValue: 0x80)

    /// A PDU that is a whole message: kmswizard neither sends nor accepts fragmented calls.
    public static let whole: PDUFlags = [.firstFragment, .lastFragment]
    /// What a bind, an alter_context (and their answers from vlmcsd and py-kms) carry: 0x13.
    public static let bindFlags: PDUFlags = [.firstFragment, .lastFragment, .concurrentMultiplex]
}
