/// Named strings: the process environment (`HOME`, `LC_ALL`...) and the values a text's `{name}`
/// placeholders take. Written like a dictionary (`["host": name]`), kept as the pairs in order and
/// found by a walk; of a name given twice, the first wins, as getenv(3) finds it.
///
/// Not `[String: String]`: the first such dictionary a run builds makes the Swift runtime check
/// `String: Hashable` by scanning every protocol conformance in the binary (about 4,500), which
/// cost `kmswizard explain` more instructions and page faults than all of its own work. A short
/// command looks up a handful of names among a few dozen, where a walk is as quick.
public struct Variables: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// The pairs as given, the first of a name being its value.
    public private(set) var pairs: [(name: String, value: String)]

    public init(dictionaryLiteral elements: (String, String)...) {
        pairs = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The pairs as given, in order.
    public init(_ pairs: [(name: String, value: String)]) {
        self.pairs = pairs
    }

    /// A dictionary's entries (e.g. a test's `ProcessInfo` environment), in name order.
    public init(_ dictionary: [String: String]) {
        pairs = dictionary.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    /// The value of `name`; setting replaces it, or adds it when absent, and nil removes it.
    public subscript(name: String) -> String? {
        get { pairs.first { $0.name == name }?.value }
        set {
            guard let index = pairs.firstIndex(where: { $0.name == name }) else {
                if let newValue { pairs.append((name: name, value: newValue)) }
                return
            }
            if let newValue { pairs[index].value = newValue } else { pairs.removeAll { $0.name == name } }
        }
    }

    public var isEmpty: Bool { pairs.isEmpty }

    /// These pairs and `name` after them, which counts only where these lack it (the first wins).
    public func adding(_ name: String, _ value: String) -> Variables {
        Variables(pairs + [(name: name, value: value)])
    }

    /// Equal when every name has the same value in both, whatever the order.
    public static func == (lhs: Variables, rhs: Variables) -> Bool {
        lhs.pairs.allSatisfy { rhs[$0.name] == $0.value } && rhs.pairs.allSatisfy { lhs[$0.name] == $0.value }
    }
}
