import Platform

/// Writes a command's result as one JSON object on stdout: sorted keys, pretty-printed, ISO 8601
/// dates, so that scripts and people can both read it and keys never move between runs.
enum JSONOutput {
    /// Bumped when a key changes meaning or disappears; adding keys does not bump it.
    static let schemaVersion = 2

    static func write(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }
}
