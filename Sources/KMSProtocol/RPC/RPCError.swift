import KMSCore

/// Everything that can go wrong between sending a bind and holding the KMS response bytes.
///
/// Each case says what the host did, in words a help-desk reader can repeat (`description`).
public enum RPCError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The connection failed underneath the RPC exchange.
    case transport(TransportError)
    case truncated(field: String, needed: Int, available: Int)
    case badVersion(major: UInt8, minor: UInt8)
    case unknownPacketType(UInt8)
    case badDataRepresentation([UInt8])
    case fragmentTooShort(Int)
    case fragmentTooLong(Int, limit: Int)
    case fragmentLengthMismatch(declared: Int, received: Int)
    case unexpectedAuthentication(UInt16)
    case unexpectedPacketType(expected: RPCPacketType, received: RPCPacketType)
    case wrongCallID(expected: UInt32, received: UInt32)
    case fragmented(PDUFlags)
    case bindRejected(BindNakReason)
    case contextResultCount(offered: Int, answered: Int)
    case noTransferSyntaxAccepted([ContextResult])
    case acceptedUnofferedSyntax(SyntaxIdentifier)
    case receiveFragmentTooSmall(hostLimit: Int, needed: Int)
    case wrongContextID(expected: UInt16, received: UInt16)
    case cancelCount(UInt8)
    case allocationHintMismatch(hint: UInt32, stubLength: Int)
    case sizeMismatch(size: UInt64, arrayCount: UInt64)
    case nullPointerWithSize(UInt64)
    case responseTooLarge(UInt64, limit: Int)
    case nonZeroPadding
    case trailingStubBytes(Int)
    case fault(status: UInt32, callID: UInt32)

    /// A stable word naming the failed check, for JSON output and logs.
    public var code: String {
        switch self {
        case .transport: "transport"
        case .truncated: "truncated-pdu"
        case .badVersion: "not-rpc"
        case .unknownPacketType: "unknown-packet-type"
        case .badDataRepresentation: "data-representation"
        case .fragmentTooShort: "fragment-too-short"
        case .fragmentTooLong: "fragment-too-long"
        case .fragmentLengthMismatch: "fragment-length"
        case .unexpectedAuthentication: "auth-length"
        case .unexpectedPacketType: "unexpected-packet-type"
        case .wrongCallID: "wrong-call-id"
        case .fragmented: "fragmented"
        case .bindRejected: "bind-nak"
        case .contextResultCount: "context-result-count"
        case .noTransferSyntaxAccepted: "no-transfer-syntax"
        case .acceptedUnofferedSyntax: "unoffered-syntax"
        case .receiveFragmentTooSmall: "host-fragment-limit"
        case .wrongContextID: "wrong-context-id"
        case .cancelCount: "cancel-count"
        case .allocationHintMismatch: "alloc-hint"
        case .sizeMismatch: "ndr-size-mismatch"
        case .nullPointerWithSize: "null-pointer-with-size"
        case .responseTooLarge: "kms-size-too-large"
        case .nonZeroPadding: "ndr-padding"
        case .trailingStubBytes: "trailing-stub-bytes"
        case .fault: "fault"
        }
    }

    public var description: String {
        switch self {
        case let .transport(error):
            error.description
        case let .truncated(field, needed, available):
            "the host's RPC packet ended early: the \(field) field needs \(needed) bytes but only \(available) were left"
        case let .badVersion(major, minor):
            "the host did not answer in MS-RPC version 5.0 (it said \(major).\(minor)); it is probably not a KMS host"
        case let .unknownPacketType(type):
            "the host sent an RPC packet of unknown type \(type); it is probably not a KMS host"
        case let .badDataRepresentation(bytes):
            "the host used data representation \(Hex.string(bytes)) instead of little-endian 10000000"
        case let .fragmentTooShort(length):
            "the host announced an RPC packet of \(length) bytes, shorter than the 16-byte header"
        case let .fragmentTooLong(length, limit):
            "the host announced an RPC packet of \(length) bytes, more than the \(limit) bytes kmswizard agreed to receive"
        case let .fragmentLengthMismatch(declared, received):
            "the host's RPC packet claims \(declared) bytes but \(received) arrived"
        case let .unexpectedAuthentication(length):
            "the host attached \(length) bytes of RPC authentication that nobody asked for"
        case let .unexpectedPacketType(expected, received):
            "the host sent an RPC \(received) packet where a \(expected) was due"
        case let .wrongCallID(expected, received):
            "the host answered call \(received) but kmswizard sent call \(expected)"
        case let .fragmented(flags):
            "the host sent a fragmented RPC answer (flags 0x\(Hex.string([flags.rawValue]))), which a KMS answer never needs"
        case let .bindRejected(reason):
            "the host refused the RPC connection (bind_nak, reason: \(reason))"
        case let .contextResultCount(offered, answered):
            "kmswizard offered \(offered) RPC contexts but the host answered \(answered)"
        case let .noTransferSyntaxAccepted(results):
            "the host accepted none of the offered RPC transfer syntaxes (\(results.map(\.description).joined(separator: "; ")))"
        case let .acceptedUnofferedSyntax(syntax):
            "the host accepted transfer syntax \(syntax) that kmswizard never offered"
        case let .receiveFragmentTooSmall(limit, needed):
            "the host accepts RPC packets of at most \(limit) bytes, but the KMS request needs \(needed)"
        case let .wrongContextID(expected, received):
            "the host answered on RPC context \(received) but the call went out on context \(expected)"
        case let .cancelCount(count):
            "the host's answer reports \(count) cancelled calls, none were cancelled"
        case let .allocationHintMismatch(hint, stubLength):
            "the host's answer claims \(hint) bytes of data (alloc_hint) but carries \(stubLength)"
        case let .sizeMismatch(size, count):
            "the host's answer says the KMS response is \(size) bytes in one place and \(count) in another"
        case let .nullPointerWithSize(size):
            "the host's answer has no KMS response but claims it is \(size) bytes"
        case let .responseTooLarge(size, limit):
            "the host's answer claims a KMS response of \(size) bytes, more than the \(limit) any KMS host sends"
        case .nonZeroPadding:
            "the host's answer has non-zero bytes where NDR padding belongs"
        case let .trailingStubBytes(count):
            "the host's answer has \(count) unexplained bytes after the return value"
        case let .fault(status, _):
            "the host answered with an RPC fault: \(RPCFaultStatus.name(of: status))"
        }
    }
}
