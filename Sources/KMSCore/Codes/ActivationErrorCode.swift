/// A Windows activation error code (an HRESULT) as people copy it from slmgr, ospp or a log.
///
/// Accepted forms, all naming the same 32 bits:
/// - hex with a prefix: `0xC004F074`, `0Xc004f074` (1 to 8 hex digits);
/// - bare hex of exactly 8 digits: `C004F074`, `80070005` (how Windows prints codes without
///   the prefix; an 8-digit decimal would be below 0x05F5E100, never a failure HRESULT, so an
///   8-digit text is read as hex even when it has no letters);
/// - other bare hex containing a letter A-F: `C004F074` is the common case;
/// - decimal, unsigned `3221549172` or signed `-1073418124` (as VBScript and event logs show).
/// Anything else is malformed: the command treats that as a usage error, never as a guess.
public struct ActivationErrorCode: Sendable, Hashable, Comparable, CustomStringConvertible, Codable,
                                  ExpressibleByIntegerLiteral {
    public let value: UInt32

    public init(_ value: UInt32) { self.value = value }

    /// `0xC004_F074` in code reads as the code it is.
    public init(integerLiteral value: UInt32) { self.value = value }

    /// Why a text is not an error code.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        case notANumber(String)
        case outOfRange(String)

        public var description: String {
            switch self {
            case .empty: "no error code given"
            case let .notANumber(text): "\"\(text)\" is not an error code (write it as 0xC004F074, C004F074 or in decimal)"
            case let .outOfRange(text): "\"\(text)\" does not fit in 32 bits, so it is not an error code"
            }
        }
    }

    public static func parse(_ input: String) throws(ParseError) -> ActivationErrorCode {
        // Trimmed through indices: reversing the text twice costs a generic type's metadata per run.
        let start = input.firstIndex { !$0.isWhitespace } ?? input.endIndex
        let end = input[start...].lastIndex { !$0.isWhitespace }.map(input.index(after:)) ?? start
        let text = String(input[start..<end])
        guard !text.isEmpty else { throw .empty }
        guard text.unicodeScalars.allSatisfy(\.isASCII), text.count <= 24 else { throw .notANumber(input) }
        if text.hasPrefix("0x") || text.hasPrefix("0X") {
            return try hex(String(text.dropFirst(2)), original: input)
        }
        if text.hasPrefix("-") {
            let digits = text.dropFirst()
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDecimalDigit) else { throw .notANumber(input) }
            guard let magnitude = UInt64(digits), magnitude <= 1 << 31 else { throw .outOfRange(input) }
            return ActivationErrorCode(UInt32(truncatingIfNeeded: 0 &- magnitude))
        }
        if text.count == 8 || !text.allSatisfy(\.isASCIIDecimalDigit) {
            return try hex(text, original: input)
        }
        guard let value = UInt64(text), value <= UInt64(UInt32.max) else { throw .outOfRange(input) }
        return ActivationErrorCode(UInt32(value))
    }

    /// `digits` are ASCII (`parse` checked): `Hex` reads them, nine or more are out of range.
    private static func hex(_ digits: String, original: String) throws(ParseError) -> ActivationErrorCode {
        guard !digits.isEmpty, digits.utf8.allSatisfy({ Hex.value(ofDigit: $0) != nil }) else { throw .notANumber(original) }
        guard let value = Hex.value(ofDigits: digits.utf8) else { throw .outOfRange(original) }
        return ActivationErrorCode(value)
    }

    /// `0xC004F074`: the canonical form, upper-case with the prefix.
    public var hex: String { Hex.code(value) }

    /// `-1073418124`: the value read as a signed 32-bit number.
    public var signedDecimal: String { String(Int32(bitPattern: value)) }

    /// `3221549172`.
    public var unsignedDecimal: String { String(value) }

    public var description: String { hex }

    public static func < (lhs: ActivationErrorCode, rhs: ActivationErrorCode) -> Bool { lhs.value < rhs.value }

    /// Kept as people read it, `"0xC004F074"`; a number (how a state file of kmswizard 0.x kept
    /// Windows' LicenseStatusReason) is read too.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(UInt32.self) {
            self.init(number)
            return
        }
        let text = try container.decode(String.self)
        do {
            self = try Self.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}

private extension Character {
    var isASCIIDecimalDigit: Bool { isASCII && isWholeNumber }
}
