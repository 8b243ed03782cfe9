/// Reads JSON text (RFC 8259) into a tree of `JSONValue`s, keeping object members in file order
/// and every duplicate.
///
/// Not Foundation's JSONDecoder: every start of kmswizard reads the strings file, and decoding its
/// areas of `key: {language: text}` through JSONDecoder's keyed containers took about 4 ms of a
/// 15 ms `kmswizard explain`; reading the same bytes here takes a fraction of that. The input
/// may be hostile (a damaged or edited file), so nesting is bounded (`maximumDepth`), the text
/// must be valid UTF-8, and every error says where it is.
public enum JSONReader {
    /// Deeper nesting than any of our files has; it keeps a hostile file from exhausting the stack.
    public static let maximumDepth = 64

    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public let offset: Int
        public let reason: String

        public var description: String { "\(reason) at byte \(offset)" }
    }

    /// The value `text` holds; anything but whitespace after it is an error.
    public static func parse(_ text: [UInt8]) throws(SyntaxError) -> JSONValue {
        try text.withUnsafeBufferPointer { (bytes) throws(SyntaxError) -> JSONValue in
            var reader = Cursor(bytes: bytes)
            let value = try reader.value(depth: 0)
            reader.skipWhitespace()
            guard reader.offset == bytes.count else { throw reader.error("unexpected text after the value") }
            return value
        }
    }

    /// Room for the elements of a non-empty object or array before it first grows: growing one
    /// element at a time reallocated an entry of the catalog four times.
    static let firstCapacity = 8

    /// A mask with the high bit set in the byte of `word` (eight bytes of a string, in memory
    /// order) that is a quote, a backslash or a control character, and perhaps in bytes after
    /// it, never before: the lowest set bit marks the first such byte. Zero when there is none.
    /// (Bytes from 0x80 up are never flagged.)
    static func specialBytes(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let zeroQuote = (quotes &- ones) & ~quotes
        let zeroBackslash = (backslashes &- ones) & ~backslashes
        let belowSpace = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | belowSpace) & (ones &* 0x80)
    }

    /// Walks the bytes once, through a buffer pointer.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        /// A string with escapes, as it is unescaped; reused from string to string.
        var unescaped: [UInt8] = []
        var strings = JSONStringCache()

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        func error(_ reason: String) -> SyntaxError { SyntaxError(offset: offset, reason: reason) }

        /// The byte at `offset`, or nil at the end of the text.
        var next: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func skipWhitespace() {
            while offset < bytes.count {
                switch bytes[offset] {
                case 0x20, 0x0A, 0x0D, 0x09: offset += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            skipWhitespace()
            guard let byte = next else { throw error("the text ends where a value should be") }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw error("a value cannot start here")
            }
        }

        mutating func object(depth: Int) throws(SyntaxError) -> JSONValue {
            if try opens(depth: depth, close: UInt8(ascii: "}")) { return .object([]) }
            var members: [(key: String, value: JSONValue)] = []
            members.reserveCapacity(JSONReader.firstCapacity)
            repeat {
                skipWhitespace()
                guard next == UInt8(ascii: "\"") else { throw error("a member name (a string) is expected") }
                let key = try string()
                skipWhitespace()
                guard next == UInt8(ascii: ":") else { throw error("\":\" is expected after a member name") }
                offset += 1
                members.append((key: key, value: try value(depth: depth)))
            } while try continues(close: UInt8(ascii: "}"), in: "an object")
            return .object(members)
        }

        mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
            if try opens(depth: depth, close: UInt8(ascii: "]")) { return .array([]) }
            var items: [JSONValue] = []
            items.reserveCapacity(JSONReader.firstCapacity)
            repeat {
                items.append(try value(depth: depth))
            } while try continues(close: UInt8(ascii: "]"), in: "an array")
            return .array(items)
        }

        /// Steps over an object's or array's opening bracket; true when `close` follows at once.
        mutating func opens(depth: Int, close: UInt8) throws(SyntaxError) -> Bool {
            guard depth <= JSONReader.maximumDepth else { throw error("nested deeper than \(JSONReader.maximumDepth) levels") }
            offset += 1
            skipWhitespace()
            guard next == close else { return false }
            offset += 1
            return true
        }

        /// After an element: true past a comma (another element follows), false past `close`.
        mutating func continues(close: UInt8, in kind: String) throws(SyntaxError) -> Bool {
            skipWhitespace()
            guard let byte = next else { throw error("the text ends inside \(kind)") }
            guard byte == UInt8(ascii: ",") || byte == close else {
                throw error("\",\" or \"\(Character(Unicode.Scalar(close)))\" is expected in \(kind)")
            }
            offset += 1
            return byte == UInt8(ascii: ",")
        }

        mutating func literal(_ word: StaticString, _ value: JSONValue) throws(SyntaxError) -> JSONValue {
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard offset + expected.count <= bytes.count,
                  UnsafeBufferPointer(rebasing: bytes[offset..<offset + expected.count]).elementsEqual(expected) else {
                throw error("a value cannot start here")
            }
            offset += expected.count
            return value
        }

        /// The number's text as written (`-12`, `1.5e3`), checked against the JSON grammar.
        mutating func number() throws(SyntaxError) -> String {
            let start = offset
            if next == UInt8(ascii: "-") { offset += 1 }
            guard let first = next, isDigit(first) else { throw error("a digit is expected in a number") }
            if first == UInt8(ascii: "0") { offset += 1 } else { skipDigits() }
            if next == UInt8(ascii: ".") {
                offset += 1
                guard let digit = next, isDigit(digit) else { throw error("a digit is expected after the decimal point") }
                skipDigits()
            }
            if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
                offset += 1
                if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { offset += 1 }
                guard let digit = next, isDigit(digit) else { throw error("a digit is expected in the exponent") }
                skipDigits()
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        mutating func skipDigits() {
            while let byte = next, isDigit(byte) { offset += 1 }
        }

        /// A string from its opening quote. One without escapes (nearly all) becomes a String
        /// straight from the input bytes, or the String already made of the same bytes; the
        /// first escape hands over to `unescapedString`. The bytes are looked at eight at a time
        /// until a word holds one that needs attention.
        mutating func string() throws(SyntaxError) -> String {
            offset += 1
            let start = offset
            var highBits: UInt64 = 0
            while true {
                if offset + 8 <= bytes.count {
                    // Little-endian whatever the machine: byte i of the text is bits 8i..8i+7.
                    let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
                    let special = JSONReader.specialBytes(in: word)
                    guard special != 0 else {
                        highBits |= word
                        offset += 8
                        continue
                    }
                    // The lowest flagged byte is the first special one; those before it are plain.
                    let plain = special.trailingZeroBitCount / 8
                    highBits |= word & ~(~0 << (8 * plain))
                    offset += plain
                }
                guard offset < bytes.count else { throw error("the text ends inside a string") }
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    let text = try string(of: UnsafeBufferPointer(rebasing: bytes[start..<offset]),
                                          ascii: highBits & 0x8080_8080_8080_8080 == 0)
                    offset += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { return try unescapedString(from: start) }
                guard byte >= 0x20 else { throw error("a control character must be escaped in a string") }
                highBits |= UInt64(byte)
                offset += 1
            }
        }

        /// The String of an unescaped string's bytes, the cursor on its closing quote: a kept
        /// one with the same bytes (valid, as they are a String's), or a new one, kept.
        mutating func string(of utf8: UnsafeBufferPointer<UInt8>, ascii: Bool) throws(SyntaxError) -> String {
            if let kept = strings.string(for: utf8) { return kept }
            let text = try validated(utf8, ascii: ascii)
            strings.keep(text, for: utf8)
            return text
        }

        /// The text of a string's UTF-8 bytes, the cursor on its closing quote. Not
        /// `String(validating:)`: it takes a generic path of about a thousand instructions a
        /// string. Decoding replaces ill-formed bytes, so text that reads back as its own bytes
        /// was valid UTF-8; ASCII is valid as it is.
        func validated(_ utf8: some Collection<UInt8>, ascii: Bool) throws(SyntaxError) -> String {
            let text = String(decoding: utf8, as: UTF8.self)
            guard ascii || text.utf8.elementsEqual(utf8) else { throw error("a string is not valid UTF-8") }
            return text
        }

        /// The rest of a string that holds an escape, the cursor on its first backslash; runs
        /// between escapes are copied as they are.
        mutating func unescapedString(from start: Int) throws(SyntaxError) -> String {
            unescaped.removeAll(keepingCapacity: true)
            var runStart = start
            while true {
                guard offset < bytes.count else { throw error("the text ends inside a string") }
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                    let text = try validated(unescaped, ascii: false)
                    offset += 1
                    return text
                }
                guard byte >= 0x20 else { throw error("a control character must be escaped in a string") }
                guard byte == UInt8(ascii: "\\") else {
                    offset += 1
                    continue
                }
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                offset += 1
                guard let escaped = next else { throw error("the text ends inside an escape") }
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(escaped)
                case UInt8(ascii: "b"): unescaped.append(0x08)
                case UInt8(ascii: "f"): unescaped.append(0x0C)
                case UInt8(ascii: "n"): unescaped.append(0x0A)
                case UInt8(ascii: "r"): unescaped.append(0x0D)
                case UInt8(ascii: "t"): unescaped.append(0x09)
                case UInt8(ascii: "u"): unescaped.append(contentsOf: try escapedScalar().utf8)
                default: throw error("unknown escape in a string")
                }
                runStart = offset
            }
        }

        /// The scalar of a `\uXXXX` escape (its `\u` read), joining a surrogate pair.
        mutating func escapedScalar() throws(SyntaxError) -> Unicode.Scalar {
            let first = try hexQuad()
            if (0xDC00...0xDFFF).contains(first) { throw error("a low surrogate without a high one") }
            guard (0xD800...0xDBFF).contains(first) else {
                guard let scalar = Unicode.Scalar(first) else { throw error("not a Unicode scalar") }
                return scalar
            }
            guard offset + 2 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw error("a high surrogate without a low one")
            }
            offset += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second),
                  let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else {
                throw error("a high surrogate without a low one")
            }
            return scalar
        }

        mutating func hexQuad() throws(SyntaxError) -> UInt32 {
            guard offset + 4 <= bytes.count else { throw error("the text ends inside a \\u escape") }
            guard let value = Hex.value(ofDigits: bytes[offset..<offset + 4]) else {
                throw error("four hex digits are expected after \\u")
            }
            offset += 4
            return value
        }
    }
}

/// One JSON value; an object keeps its members in order, duplicates included, so a reader can
/// refuse a key written twice instead of silently keeping one.
public enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number as written, so no precision is lost before the reader knows what it wants.
    case number(String)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(a), .array(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// The first member named `key` of an object; nil for a missing key or a value that is no object.
    public func member(_ key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// What kind of value this is, for error messages (`an object`, `a string`).
    public var kindName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}
