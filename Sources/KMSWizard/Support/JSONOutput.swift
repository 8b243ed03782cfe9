import Platform

/// Writes a command's result as one JSON object on stdout: sorted keys, pretty-printed, ISO 8601
/// dates, so that scripts and people can both read it and keys never move between runs.
enum JSONOutput {
    /// Bumped when a key changes meaning or disappears; adding keys does not bump it.
    static let schemaVersion = 2

    static func write(_ value: some Encodable) throws {
        print(try text(value))
    }

    /// The JSON text: `JSONTextEncoder`'s, or JSONEncoder's for what that one leaves to it (the
    /// same bytes either way; a test compares them).
    static func text(_ value: some Encodable) throws -> String {
        if let text = try? JSONTextEncoder.encode(value) { return text }
        return String(decoding: try foundationEncoder.encode(value), as: UTF8.self)
    }

    /// Foundation's encoder with the options the output always had.
    static var foundationEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
