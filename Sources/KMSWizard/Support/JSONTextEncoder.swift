import Platform
import KMSCore

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
        output.bytes.reserveCapacity(1 << 16)
        output.write(try node(for: value), indent: 0)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    // MARK: The tree

    /// A container's contents; a class so that a nested container fills it after it is placed.
    final class Box {
        var members = Members()
        var items: [Node] = []
    }

    /// An object's members in their order of arrival (a key encoded again replaces its value, as
    /// in JSONEncoder), sorted when written. A struct inside the class, so that setting a member
    /// is one exclusive access to the box, not one for each array it touches; keys and their
    /// nodes are kept apart so that finding a key walks strings only.
    struct Members {
        var keys: [String] = []
        var nodes: [Node] = []

        /// Keys are found by String equality, which is canonical equivalence (`é` is `e` and a
        /// combining acute), as in JSONEncoder's own table of members.
        mutating func set(_ key: String, _ node: Node) {
            if let index = keys.firstIndex(of: key) {
                nodes[index] = node
                return
            }
            if keys.isEmpty {
                // Room for the dozen or so members of the objects kmswizard writes: growing
                // from one by doubling took four reallocations of each array.
                keys.reserveCapacity(16)
                nodes.reserveCapacity(16)
            }
            keys.append(key)
            nodes.append(node)
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
    /// The special types are told apart by their metatypes, not by casts: a dynamic cast for each
    /// of them cost a few hundred instructions per value. An optional or a collection of one
    /// still gets here, through its own `encode(to:)`, with the special type itself.
    static func node<Value: Encodable>(for value: Value) throws -> Node {
        // A string, the commonest value behind a generic call (an array's item, an optional's
        // contents), skips the round trip through its encode(to:) that ends in the same node.
        if Value.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if Value.self == Date.self, let date = value as? Date { return .string(date.formatted(.iso8601)) }
        if Value.self == Data.self || Value.self == URL.self || Value.self == Decimal.self { throw Unsupported() }
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
        /// The keys of the last object written, in their order of arrival, and the same keys
        /// sorted and written out (`"key" : `) with their positions: a list of values of one
        /// type (the catalog's entries) has the same keys in every object, so they are sorted
        /// and quoted once for all of them.
        var lastKeys: [String] = []
        var lastSorted: [(position: Int, text: [UInt8])] = []

        /// Keys are compared by their bytes, not by String equality: `é` and `e` with a combining
        /// acute are equal Strings but sort apart.
        mutating func sortedKeys(_ keys: [String]) -> [(position: Int, text: [UInt8])] {
            if !keys.elementsEqual(lastKeys, by: JSONTextEncoder.sameBytes) {
                lastKeys = keys
                lastSorted = JSONTextEncoder.sortedPositions(of: keys).map { position in
                    var key = Output()
                    key.quote(keys[position])
                    key.append(" : ")
                    return (position, key.bytes)
                }
            }
            return lastSorted
        }

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
                let nodes = box.members.nodes
                for (index, key) in sortedKeys(box.members.keys).enumerated() {
                    if index > 0 { append(",\n") }
                    pad(indent + 1)
                    bytes.append(contentsOf: key.text)
                    write(nodes[key.position], indent: indent + 1)
                }
                append("\n")
                pad(indent)
                append("}")
            }
        }

        /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, the control characters
        /// as `\b \f \n \r \t` or `\u00xx`, `/` and everything else as it is. Runs between
        /// escapes are copied whole.
        mutating func quote(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { utf8 in
                var runStart = 0
                for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    escape(byte)
                    runStart = index + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        mutating func escape(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            default:
                append("\\u00")
                bytes.append(Hex.digit(byte >> 4))
                bytes.append(Hex.digit(byte & 0xF))
            }
        }
    }

    /// The positions of `keys` in the byte order of their UTF-8 forms, JSONEncoder's order for
    /// sorted keys. Positions are sorted, not keys, so no strings are moved. A run of objects
    /// with the same keys is sorted once (`lastKeys`), so this is not on the per-object path.
    static func sortedPositions(of keys: [String]) -> [Int] {
        keys.indices.sorted { utf8Precedes(keys[$0], keys[$1]) }
    }

    /// Whether two strings have the same UTF-8 bytes. Two Strings of the same bits are the same
    /// text (the same short text held inline, or the same storage), as the keys of one
    /// CodingKey type nearly always are; only other Strings are compared byte by byte, which
    /// costs far more.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        if withUnsafeBytes(of: a, { a in withUnsafeBytes(of: b) { b in a.elementsEqual(b) } }) { return true }
        var a = a
        var b = b
        return a.withUTF8 { a in b.withUTF8 { b in a.count == b.count && a.elementsEqual(b) } }
    }

    /// Byte order of the UTF-8 forms.
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

        private func set(_ node: Node, _ key: Key) { box.members.set(key.stringValue, node) }

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
            box.members.set(name, .pending(slot))
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
