import KMSCore

/// A host's answer to one offered presentation context (24 bytes in a bind_ack or alter_context_resp).
public struct ContextResult: Sendable, Equatable, CustomStringConvertible {
    public enum Outcome: Sendable, Equatable {
        case acceptance
        case userRejection
        case providerRejection
        /// Bind-time feature negotiation acknowledgement; `reason` carries the accepted bits.
        case negotiateAck
        case other(UInt16)

        init(rawValue: UInt16) {
            switch rawValue {
            case 0: self = .acceptance
            case 1: self = .userRejection
            case 2: self = .providerRejection
            case 3: self = .negotiateAck
            default: self = .other(rawValue)
            }
        }

        var rawValue: UInt16 {
            switch self {
            case .acceptance: 0
            case .userRejection: 1
            case .providerRejection: 2
            case .negotiateAck: 3
            case let .other(value): value
            }
        }
    }

    public let outcome: Outcome
    public let reason: UInt16
    public let transferSyntax: SyntaxIdentifier

    public init(outcome: Outcome, reason: UInt16, transferSyntax: SyntaxIdentifier) {
        self.outcome = outcome
        self.reason = reason
        self.transferSyntax = transferSyntax
    }

    public static func accepted(_ syntax: SyntaxIdentifier) -> ContextResult {
        ContextResult(outcome: .acceptance, reason: 0, transferSyntax: syntax)
    }

    /// Provider rejection, reason 2: proposed transfer syntaxes not supported.
    public static let syntaxRejected = ContextResult(outcome: .providerRejection, reason: 2, transferSyntax: .null)

    public static func featuresAcknowledged(_ bits: UInt16) -> ContextResult {
        ContextResult(outcome: .negotiateAck, reason: bits, transferSyntax: .null)
    }

    func write(to writer: inout LittleEndianWriter) {
        writer.u16(outcome.rawValue)
        writer.u16(reason)
        transferSyntax.write(to: &writer)
    }

    static func read(from reader: inout ByteReader) throws(RPCError) -> ContextResult {
        let outcome = Outcome(rawValue: try reader.u16("context result"))
        let reason = try reader.u16("context result reason")
        let syntax = try SyntaxIdentifier.read(from: &reader, "accepted transfer syntax")
        return ContextResult(outcome: outcome, reason: reason, transferSyntax: syntax)
    }

    public var description: String {
        switch outcome {
        case .acceptance: "accepted \(transferSyntax)"
        case .userRejection: "user rejection, reason \(reason)"
        case .providerRejection: reason == 2 ? "transfer syntax not supported" : "provider rejection, reason \(reason)"
        case .negotiateAck: "feature negotiation acknowledged (0x\(Hex.string([UInt8(reason & 0xFF)])))"
        case let .other(value): "unknown result \(value)"
        }
    }
}
