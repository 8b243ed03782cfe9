import KMSCore
import Localization

/// An address range such as `140.127.0.0/16` or `2001:db8::/32`: the campus ranges.
public struct CIDR: Sendable, Hashable, CustomStringConvertible {
    public let network: IPAddress
    public let prefixLength: Int

    /// Why a range text was refused; each case's message says how to write it instead.
    public enum ParseError: Error, Sendable, Equatable {
        case badAddress(String)
        case badPrefix(String)
        case prefixTooLong(String, maximum: Int)
        case hostBitsSet(String, suggestion: String)

        /// The reason in the reader's language (strings `diagnose.cidr.*`).
        public func message(_ t: Localizer) -> String {
            switch self {
            case let .badAddress(text): t("diagnose.cidr.badAddress", ["value": text])
            case let .badPrefix(text): t("diagnose.cidr.badPrefix", ["value": text])
            case let .prefixTooLong(text, maximum): t("diagnose.cidr.prefixTooLong", ["value": text, "maximum": "\(maximum)"])
            case let .hostBitsSet(text, suggestion): t("diagnose.cidr.hostBitsSet", ["value": text, "suggestion": suggestion])
            }
        }
    }

    /// Parses `ADDRESS/PREFIX`; a bare address means that one address (/32 or /128).
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(String(parts[0])) else { throw .badAddress(text) }
        let maximum = address.bytes.count * 8
        var prefix = maximum
        if parts.count == 2 {
            let prefixText = parts[1]
            guard !prefixText.isEmpty, prefixText.count <= 3, prefixText.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(prefixText) else { throw .badPrefix(text) }
            guard value <= maximum else { throw .prefixTooLong(text, maximum: maximum) }
            prefix = value
        }
        let masked = Self.mask(address.bytes, prefix)
        guard masked == address.bytes else {
            let suggestion = CIDR(network: IPAddress(bytes: masked) ?? address, prefixLength: prefix)
            throw .hostBitsSet(text, suggestion: suggestion.description)
        }
        self.init(network: address, prefixLength: prefix)
    }

    private init(network: IPAddress, prefixLength: Int) {
        self.network = network
        self.prefixLength = prefixLength
    }

    /// Whether `address` lies in this range (never across address families).
    public func contains(_ address: IPAddress) -> Bool {
        address.family == network.family && Self.mask(address.bytes, prefixLength) == network.bytes
    }

    public var description: String { "\(network)/\(prefixLength)" }

    /// `bytes` with every bit after the first `prefix` bits cleared.
    private static func mask(_ bytes: [UInt8], _ prefix: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let keep = min(8, max(0, prefix - index * 8))
            return keep == 8 ? byte : byte & ~(UInt8(0xFF) >> keep)
        }
    }
}
