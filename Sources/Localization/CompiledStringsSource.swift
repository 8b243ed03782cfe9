extension StringTable {
    /// Where `make strings` writes `compiledSource()`, relative to the package root.
    public static let compiledSourcePath = "Sources/Localization/CompiledStrings.swift"

    /// The Swift source of `CompiledStrings` holding this table: one line per text, sorted by key
    /// with the `<` the lookup's binary search uses. Translators edit the strings file; this is
    /// generated from it (`make strings`), and a test fails when the committed source differs
    /// from what this function makes of the file.
    public func compiledSource() -> String {
        var lines = [
            "// Generated from Resources/\(Self.fileName) by `make strings`: edit that file, not this one.",
            "// A test (CompiledStringsTests) fails when the two disagree.",
            "",
            "/// Every text of the strings file, sorted by key (`area.key`), in each language (nil: missing).",
            "enum CompiledStrings {",
            "    static let texts: [(key: String, zhTW: String?, en: String?)] = [",
        ]
        for (key, byLanguage) in entries.sorted(by: { $0.key < $1.key }) {
            let texts = [Language.zhTW, .en].map { byLanguage[$0].map(Self.literal) ?? "nil" }
            lines.append("        (\(Self.literal(key)), \(texts.joined(separator: ", "))),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }

    /// `text` as a Swift string literal: quotes, backslashes and control characters escaped,
    /// everything else (Chinese included) as it is.
    static func literal(_ text: String) -> String {
        var result = "\""
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
        return result + "\""
    }
}
