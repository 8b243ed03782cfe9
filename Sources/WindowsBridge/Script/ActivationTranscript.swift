import KMSCore

/// What slmgr.vbs or ospp.vbs printed, read back: activated, failed with which code, or unclear.
///
/// slmgr translates everything it prints (`產品已成功啟用。` in Traditional Chinese, `Product
/// activated successfully.` in English) except the error code, which it prints after `錯誤:` /
/// `Error:`. ospp.vbs is English only: `<Product activation successful>` or `ERROR CODE: 0x…`
/// followed by `ERROR DESCRIPTION: …`, once per Office product. An error code anywhere wins over
/// a success line, because ospp activates several products in one run and one can fail.
public struct ActivationTranscript: Sendable, Equatable {
    public enum Outcome: String, Sendable, Codable { case activated, failed, unrecognized }

    public struct Failure: Sendable, Equatable {
        public let code: ActivationErrorCode
        /// The Windows description printed with the code, if any.
        public let description: String?
        /// ospp's `LICENSE NAME` of the product that failed.
        public let licenseName: String?

        /// `0xC004F074`
    }

    public let successes: Int
    public let failures: [Failure]
    /// ospp's license names of the products it reported activated.
    public let activatedLicenses: [String]

    public var outcome: Outcome {
        if !failures.isEmpty { return .failed }
        return successes > 0 ? .activated : .unrecognized
    }

    static let successMarkers = ["<product activation successful>", "產品已成功啟用", "product activated successfully"]
    static let errorPrefixes = ["error code:", "error:", "錯誤:", "錯誤：", "錯誤 :"]

    public static func parse(_ text: String) -> ActivationTranscript {
        let lines = text.withoutCarriageReturnsOrBOM.split(separator: "\n", omittingEmptySubsequences: true).map { String($0).trimmingSpaces }
        var successes = 0
        var failures: [Failure] = []
        var activated: [String] = []
        var licenseName: String?
        for (index, line) in lines.enumerated() {
            let lowered = line.lowercased()
            if lowered.hasPrefix("license name:") {
                licenseName = String(line.dropFirst("license name:".count)).trimmingSpaces
            } else if successMarkers.contains(where: lowered.contains) {
                successes += 1
                if let licenseName { activated.append(licenseName) }
            } else if let prefix = errorPrefixes.first(where: lowered.hasPrefix),
                      let (code, rest) = hexCode(in: String(line.dropFirst(prefix.count))) {
                var description = rest.isEmpty ? nil : rest
                if index + 1 < lines.count, lines[index + 1].lowercased().hasPrefix("error description:") {
                    description = String(lines[index + 1].dropFirst("error description:".count)).trimmingSpaces
                }
                failures.append(Failure(code: code, description: description, licenseName: licenseName))
            }
        }
        return ActivationTranscript(successes: successes, failures: failures, activatedLicenses: activated)
    }

    /// `0xC004F074 text…` at the start of `text`: the code and what follows it.
    static func hexCode(in text: String) -> (ActivationErrorCode, String)? {
        let trimmed = text.trimmingSpaces
        guard trimmed.lowercased().hasPrefix("0x") else { return nil }
        let digits = trimmed.dropFirst(2).prefix { $0.isHexDigit }
        guard digits.count == 8, let value = UInt32(digits, radix: 16) else { return nil }
        let rest = trimmed.dropFirst(2 + digits.count).drop { $0 == " " || $0 == ":" || $0 == "\t" }
        return (ActivationErrorCode(value), String(rest).trimmingSpaces)
    }
}

extension String {
    /// The text with every `\r` removed (cscript writes CRLF line ends) and a leading BOM dropped.
    var withoutCarriageReturnsOrBOM: String {
        String(unicodeScalars.filter { $0 != "\r" }.map(Character.init)).droppingBOM
    }

    private var droppingBOM: String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}
