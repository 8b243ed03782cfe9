/// Which presentation contexts kmswizard offers when it binds.
///
/// The two hosts in the captures answer the Windows-style offer in opposite ways (vlmcsd accepts
/// only NDR64, py-kms only NDR32); the client uses whichever one is accepted, so the default
/// offer works with both and looks like a Windows client to a Microsoft host.
public enum BindOffer: String, Sendable, CaseIterable {
    /// NDR32 (context 0), NDR64 (context 1), bind-time feature negotiation 0x0003 (context 2).
    case windows
    /// NDR32 only (context 0): the minimal bind every host accepts.
    case ndr32Only = "ndr32"

    public var items: [ContextItem] {
        switch self {
        case .windows:
            [ContextItem(id: 0, transferSyntax: .ndr32),
             ContextItem(id: 1, transferSyntax: .ndr64),
             ContextItem(id: 2, transferSyntax: .bindTimeFeatureNegotiation(features: 0x0003))]
        case .ndr32Only:
            [ContextItem(id: 0, transferSyntax: .ndr32)]
        }
    }
}
