extension StringTable {
    /// Where `make strings` writes `compiledSource()`, relative to the package root.
    public static let compiledSourcePath = "Sources/Localization/CompiledStrings.swift"

    /// The Swift source of `CompiledStrings` holding this table. Translators edit the strings
    /// file; this is generated from it (`make strings`), and a test fails when the committed
    /// source differs from what this function makes of the file.
    ///
    /// The texts are one string literal, a line per piece (a key, then its zh-TW and English
    /// texts), with the offsets where the pieces start beside it: literal bytes and integers,
    /// which the loader leaves alone, where an array of `String`s needs a relocation for each
    /// (2,400 of them, 11 pages written on every start).
    public func compiledSource() -> String {
        let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let pieces: [String?] = sorted.flatMap { key, byLanguage in [key, byLanguage[.zhTW], byLanguage[.en]] }
        var starts = [0]
        for piece in pieces { starts.append(starts[starts.count - 1] + (piece ?? "").utf8.count) }
        var lines = [
            "// Generated from Resources/\(Self.fileName) by `make strings`: edit that file, not this one.",
            "// A test (CompiledStringsTests) fails when the two disagree.",
            "",
            "/// Every text of the strings file (see CompiledStrings+Lookup.swift).",
            "enum CompiledStrings {",
            "    /// Three pieces per text, the texts sorted by the UTF-8 bytes of their keys: the key (`area.key`),",
            "    /// the zh-TW text, the English text.",
            "    static let bytes: StaticString = \"\"\"",
        ]
        // Each line but the last ends in a backslash, which joins it to the next without a newline.
        lines += pieces.enumerated().map { number, piece in
            "        " + Self.escaped(piece ?? "") + (number == pieces.count - 1 ? "" : "\\")
        }
        lines += [
            "        \"\"\"",
            "",
            "    /// Where each piece starts in `bytes`, then where the last one ends.",
            "    static let starts: [UInt32] = [",
        ]
        for row in stride(from: 0, to: starts.count, by: 12) {
            lines.append("        " + starts[row..<min(row + 12, starts.count)].map { "\($0)," }.joined(separator: " "))
        }
        let missing = pieces.indices.filter { pieces[$0] == nil }
        lines += [
            "    ]",
            "",
            "    /// The pieces of texts missing in a language (told apart from empty ones).",
            "    static let missing: [Int] = [\(missing.map(String.init).joined(separator: ", "))]",
            "}",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// `text` as the inside of a Swift string literal: quotes, backslashes and control characters
    /// escaped, everything else (Chinese included) as it is.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
