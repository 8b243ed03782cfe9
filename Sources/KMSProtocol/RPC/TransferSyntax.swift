/// The two transfer syntaxes a KMS call can be marshalled in.
public enum TransferSyntax: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case ndr32 = "NDR32"
    case ndr64 = "NDR64"

    public var identifier: SyntaxIdentifier {
        switch self {
        case .ndr32: .ndr32
        case .ndr64: .ndr64
        }
    }

    public init?(identifier: SyntaxIdentifier) {
        guard let match = Self.allCases.first(where: { $0.identifier == identifier }) else { return nil }
        self = match
    }

    public var description: String { rawValue }
}
