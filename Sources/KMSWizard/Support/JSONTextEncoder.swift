#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON that `JSONOutput` prints, written without Foundation's JSONEncoder: the same bytes as
/// JSONEncoder with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and ISO 8601 dates
/// (keys sorted by their UTF-8 bytes, `" : "`, two-space indent, `1.0` as `1`, an empty container
/// as an opened and closed line), at a fraction of the cost: JSONEncoder asks the runtime about
/// protocol conformances for every value it meets, and each new question scans every conformance
/// record in the binary (issue 15: 12.6 M instructions of `products --json`).
///
/// Values JSONEncoder treats specially beyond dates (Data, URL, Decimal), and numbers JSON cannot
/// hold, are `Unsupported`: the caller then uses JSONEncoder itself, so the output never differs.
enum JSONTextEncoder {
    struct Unsupported: Error {}

    static func encode(_ value: some Encodable) throws -> String {
        var output = Output()
        output.write(try node(for: value), indent: 0)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    // MARK: The tree

    /// A container's contents; a class so that a nested container fills it after it is placed.
    /// Members keep their order of arrival (a key encoded again replaces its value, as in
    /// JSONEncoder) and are sorted when written.
    final class Box {
        var members: [(key: String, node: Node)] = []
        var items: [Node] = []

        func set(_ key: String, _ node: Node) {
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].node = node
            } else {
                members.append((key, node))
            }
        }
    }

    enum Node {
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case object(Box)
        case array(Box)
        /// A super encoder's value, filled after it is placed.
        case pending(Slot)
    }

    /// Where one value's encoding lands (nil: it encoded nothing, which JSONEncoder writes as `{}`).
    final class Slot {
        var node: Node?
    }

    /// The node of one value. Coding paths are not kept (they only name places in errors, and an
    /// error sends the value through JSONEncoder, which names them).
    static func node(for value: some Encodable) throws -> Node {
        if let date = value as? Date { return .string(date.formatted(.iso8601)) }
        if value is Data || value is URL || value is Decimal { throw Unsupported() }
        let slot = Slot()
        try value.encode(to: TreeEncoder(slot: slot))
        return slot.node ?? .object(Box())
    }

    static func number(_ value: Double) throws -> Node {
        guard value.isFinite else { throw Unsupported() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    static func number(_ value: Float) throws -> Node {
        guard value.isFinite else { throw Unsupported() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    // MARK: Writing

    struct Output {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(1 << 16) }

        mutating func append(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        mutating func pad(_ level: Int) {
            let spaces: StaticString = "                                "
            var left = 2 * level
            while left > 0 {
                let count = min(left, spaces.utf8CodeUnitCount)
                bytes.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: count))
                left -= count
            }
        }

        mutating func write(_ node: Node, indent: Int) {
            switch node {
            case let .string(value): quote(value)
            case let .number(value): append(value)
            case let .bool(value): append(value ? "true" : "false")
            case .null: append("null")
            case let .pending(slot): write(slot.node ?? .object(Box()), indent: indent)
            case let .array(box):
                append("[\n")
                for (index, item) in box.items.enumerated() {
                    if index > 0 { append(",\n") }
                    pad(indent + 1)
                    write(item, indent: indent + 1)
                }
                append("\n")
                pad(indent)
                append("]")
            case let .object(box):
                append("{\n")
                let members = box.members.sorted { utf8Precedes($0.key, $1.key) }
                for (index, member) in members.enumerated() {
                    if index > 0 { append(",\n") }
                    pad(indent + 1)
                    quote(member.key)
                    append(" : ")
                    write(member.node, indent: indent + 1)
                }
                append("\n")
                pad(indent)
                append("}")
            }
        }

        /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, the control characters
        /// as `\b \f \n \r \t` or `\u00xx`, `/` and everything else as it is.
        mutating func quote(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { utf8 in
                guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                    bytes.append(contentsOf: utf8)
                    return
                }
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "\""): append("\\\"")
                    case UInt8(ascii: "\\"): append("\\\\")
                    case 0x08: append("\\b")
                    case 0x0C: append("\\f")
                    case UInt8(ascii: "\n"): append("\\n")
                    case UInt8(ascii: "\r"): append("\\r")
                    case UInt8(ascii: "\t"): append("\\t")
                    case 0..<0x20:
                        append("\\u00")
                        bytes.append(Output.hexDigits[Int(byte >> 4)])
                        bytes.append(Output.hexDigits[Int(byte & 0xF)])
                    default: bytes.append(byte)
                    }
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        static let hexDigits = Array("0123456789abcdef".utf8)
    }

    /// Byte order of the UTF-8 forms: JSONEncoder's order for sorted keys.
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { a in b.withUTF8 { b in
            let common = min(a.count, b.count)
            for index in 0..<common where a[index] != b[index] { return a[index] < b[index] }
            return a.count < b.count
        } }
    }

    // MARK: The Encoder

    struct TreeEncoder: Encoder {
        let slot: Slot
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(KeyedContainer<Key>(box: box(object: true)))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(box: box(object: false))
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleContainer(slot: slot)
        }

        /// The container this value already has, or a new one (as JSONEncoder, asking twice gives the same).
        private func box(object: Bool) -> Box {
            switch slot.node {
            case let .object(box) where object: return box
            case let .array(box) where !object: return box
            default:
                let box = Box()
                slot.node = object ? .object(box) : .array(box)
                return box
            }
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: Box
        var codingPath: [any CodingKey] { [] }

        private func set(_ node: Node, _ key: Key) { box.set(key.stringValue, node) }

        mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { set(try number(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { set(try number(value), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            set(try node(for: value), key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = Box()
            set(.object(nested), key)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = Box()
            set(.array(nested), key)
            return UnkeyedContainer(box: nested)
        }

        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

        private func superEncoder(named name: String) -> any Encoder {
            let slot = Slot()
            box.set(name, .pending(slot))
            return TreeEncoder(slot: slot)
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer, KeylessContainer {
        let box: Box
        var codingPath: [any CodingKey] { [] }
        var count: Int { box.items.count }

        private func append(_ node: Node) { box.items.append(node) }
        func put(_ node: Node) { append(node) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            append(try node(for: value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = Box()
            append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = Box()
            append(.array(nested))
            return UnkeyedContainer(box: nested)
        }

        mutating func superEncoder() -> any Encoder {
            let slot = Slot()
            append(.pending(slot))
            return TreeEncoder(slot: slot)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer, KeylessContainer {
        let slot: Slot
        var codingPath: [any CodingKey] { [] }

        func put(_ node: Node) { slot.node = node }

        mutating func encode<T: Encodable>(_ value: T) throws { put(try node(for: value)) }
    }

    /// The unkeyed and single-value containers: each primitive becomes its node, then `put`.
    protocol KeylessContainer {
        func put(_ node: Node) throws
    }
}

extension JSONTextEncoder.KeylessContainer {
    typealias Node = JSONTextEncoder.Node

    mutating func encodeNil() throws { try put(.null) }
    mutating func encode(_ value: Bool) throws { try put(.bool(value)) }
    mutating func encode(_ value: String) throws { try put(.string(value)) }
    mutating func encode(_ value: Double) throws { try put(try JSONTextEncoder.number(value)) }
    mutating func encode(_ value: Float) throws { try put(try JSONTextEncoder.number(value)) }
    mutating func encode(_ value: Int) throws { try put(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { try put(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { try put(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { try put(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { try put(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { try put(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { try put(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { try put(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { try put(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { try put(.number(String(value))) }
}
