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
        var reader = Cursor(bytes: text)
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.offset == text.count else { throw reader.error("unexpected text after the value") }
        return value
    }

    private struct Cursor {
        let bytes: [UInt8]
        var offset = 0

        func error(_ reason: String) -> SyntaxError { SyntaxError(offset: offset, reason: reason) }

        mutating func skipWhitespace() {
            while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
                offset += 1
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            skipWhitespace()
            guard offset < bytes.count else { throw error("the text ends where a value should be") }
            switch bytes[offset] {
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
            .object(try elements(of: "an object", close: UInt8(ascii: "}"), depth: depth) { (cursor: inout Cursor) throws(SyntaxError) in
                cursor.skipWhitespace()
                guard cursor.offset < cursor.bytes.count, cursor.bytes[cursor.offset] == UInt8(ascii: "\"") else {
                    throw cursor.error("a member name (a string) is expected")
                }
                let key = try cursor.string()
                cursor.skipWhitespace()
                guard cursor.offset < cursor.bytes.count, cursor.bytes[cursor.offset] == UInt8(ascii: ":") else {
                    throw cursor.error("\":\" is expected after a member name")
                }
                cursor.offset += 1
                return (key: key, value: try cursor.value(depth: depth))
            })
        }

        mutating func array(depth: Int) throws(SyntaxError) -> JSONValue {
            .array(try elements(of: "an array", close: UInt8(ascii: "]"), depth: depth) { (cursor: inout Cursor) throws(SyntaxError) in
                try cursor.value(depth: depth)
            })
        }

        /// The comma-separated elements of an object or array, from its opening bracket through `close`.
        mutating func elements<Element>(of kind: String, close: UInt8, depth: Int,
                                        _ element: (inout Cursor) throws(SyntaxError) -> Element) throws(SyntaxError) -> [Element] {
            guard depth <= JSONReader.maximumDepth else { throw error("nested deeper than \(JSONReader.maximumDepth) levels") }
            offset += 1
            var elements: [Element] = []
            skipWhitespace()
            if offset < bytes.count, bytes[offset] == close {
                offset += 1
                return elements
            }
            while true {
                elements.append(try element(&self))
                skipWhitespace()
                guard offset < bytes.count else { throw error("the text ends inside \(kind)") }
                if bytes[offset] == UInt8(ascii: ",") {
                    offset += 1
                    continue
                }
                guard bytes[offset] == close else { throw error("\",\" or \"\(Character(Unicode.Scalar(close)))\" is expected in \(kind)") }
                offset += 1
                return elements
            }
        }

        mutating func literal(_ word: String, _ value: JSONValue) throws(SyntaxError) -> JSONValue {
            let expected = Array(word.utf8)
            guard offset + expected.count <= bytes.count, bytes[offset..<offset + expected.count].elementsEqual(expected) else {
                throw error("a value cannot start here")
            }
            offset += expected.count
            return value
        }

        /// The number's text as written (`-12`, `1.5e3`), checked against the JSON grammar.
        mutating func number() throws(SyntaxError) -> String {
            let start = offset
            if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("a digit is expected in a number") }
            if bytes[offset] == UInt8(ascii: "0") { offset += 1 } else { skipDigits() }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                offset += 1
                guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("a digit is expected after the decimal point") }
                skipDigits()
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
                offset += 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
                guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("a digit is expected in the exponent") }
                skipDigits()
            }
            return String(decoding: bytes[start..<offset], as: UTF8.self)
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        mutating func skipDigits() {
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }

        /// A string from its opening quote; runs without escapes are copied as they are.
        mutating func string() throws(SyntaxError) -> String {
            offset += 1
            var result: [UInt8] = []
            var runStart = offset
            while true {
                guard offset < bytes.count else { throw error("the text ends inside a string") }
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    let text = result.isEmpty ? String(validating: bytes[runStart..<offset], as: UTF8.self)
                                              : String(validating: result + bytes[runStart..<offset], as: UTF8.self)
                    guard let text else { throw error("a string is not valid UTF-8") }
                    offset += 1
                    return text
                }
                guard byte >= 0x20 else { throw error("a control character must be escaped in a string") }
                guard byte == UInt8(ascii: "\\") else {
                    offset += 1
                    continue
                }
                result += bytes[runStart..<offset]
                offset += 1
                guard offset < bytes.count else { throw error("the text ends inside an escape") }
                let escaped = bytes[offset]
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escaped)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "u"): result += Array(String(Character(try escapedScalar())).utf8)
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
            var value: UInt32 = 0
            for byte in bytes[offset..<offset + 4] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw error("four hex digits are expected after \\u")
                }
                value = value << 4 | UInt32(digit)
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
