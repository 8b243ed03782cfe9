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
        var text = ""
        write(try node(for: value, path: []), into: &text, indent: 0)
        return text
    }

    // MARK: The tree

    /// A container's contents; a class so that a nested container fills it after it is placed.
    final class Box {
        var members: [String: Node] = [:]
        var items: [Node] = []
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

    static func node(for value: some Encodable, path: [any CodingKey]) throws -> Node {
        if let date = value as? Date { return .string(date.formatted(.iso8601)) }
        if value is Data || value is URL || value is Decimal { throw Unsupported() }
        let slot = Slot()
        try value.encode(to: TreeEncoder(slot: slot, codingPath: path))
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

    static func write(_ node: Node, into text: inout String, indent: Int) {
        switch node {
        case let .string(value): quote(value, into: &text)
        case let .number(value): text += value
        case let .bool(value): text += value ? "true" : "false"
        case .null: text += "null"
        case let .pending(slot): write(slot.node ?? .object(Box()), into: &text, indent: indent)
        case let .array(box):
            text += "[\n"
            for (index, item) in box.items.enumerated() {
                if index > 0 { text += ",\n" }
                pad(indent + 1, &text)
                write(item, into: &text, indent: indent + 1)
            }
            text += "\n"
            pad(indent, &text)
            text += "]"
        case let .object(box):
            text += "{\n"
            let members = box.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in members.enumerated() {
                if index > 0 { text += ",\n" }
                pad(indent + 1, &text)
                quote(member.key, into: &text)
                text += " : "
                write(member.value, into: &text, indent: indent + 1)
            }
            text += "\n"
            pad(indent, &text)
            text += "}"
        }
    }

    private static func pad(_ level: Int, _ text: inout String) {
        text += String(repeating: "  ", count: level)
    }

    /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, the control characters as
    /// `\b \f \n \r \t` or `\u00XX` (lower-case hex), `/` and everything else as it is.
    static func quote(_ value: String, into text: inout String) {
        text += "\""
        var plain = true
        for byte in value.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            plain = false
            break
        }
        if plain {
            text += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\u{8}": text += "\\b"
                case "\u{C}": text += "\\f"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        text.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        text += "\""
    }

    // MARK: The Encoder

    struct TreeEncoder: Encoder {
        let slot: Slot
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(KeyedContainer<Key>(box: box(object: true), codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            UnkeyedContainer(box: box(object: false), codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleContainer(slot: slot, codingPath: codingPath)
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
        let codingPath: [any CodingKey]

        private func set(_ node: Node, _ key: Key) { box.members[key.stringValue] = node }

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
            set(try node(for: value, path: codingPath + [key]), key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = Box()
            set(.object(nested), key)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = Box()
            set(.array(nested), key)
            return UnkeyedContainer(box: nested, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

        private func superEncoder(named name: String) -> any Encoder {
            let slot = Slot()
            box.members[name] = .pending(slot)
            return TreeEncoder(slot: slot, codingPath: codingPath)
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer, KeylessContainer {
        let box: Box
        let codingPath: [any CodingKey]
        var count: Int { box.items.count }

        private func append(_ node: Node) { box.items.append(node) }
        func put(_ node: Node) { append(node) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            append(try node(for: value, path: codingPath + [IndexKey(index: count)]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = Box()
            let path = codingPath + [IndexKey(index: count)]
            append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: path))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = Box()
            let path = codingPath + [IndexKey(index: count)]
            append(.array(nested))
            return UnkeyedContainer(box: nested, codingPath: path)
        }

        mutating func superEncoder() -> any Encoder {
            let slot = Slot()
            let path = codingPath + [IndexKey(index: count)]
            append(.pending(slot))
            return TreeEncoder(slot: slot, codingPath: path)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer, KeylessContainer {
        let slot: Slot
        let codingPath: [any CodingKey]

        func put(_ node: Node) { slot.node = node }

        mutating func encode<T: Encodable>(_ value: T) throws { put(try node(for: value, path: codingPath)) }
    }

    /// The unkeyed and single-value containers: each primitive becomes its node, then `put`.
    protocol KeylessContainer {
        func put(_ node: Node) throws
    }

    struct IndexKey: CodingKey {
        let index: Int
        init(index: Int) { self.index = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { index = intValue }
        var stringValue: String { "Index \(index)" }
        var intValue: Int? { index }
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
