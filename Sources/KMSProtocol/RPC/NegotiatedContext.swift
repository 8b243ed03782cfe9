/// The presentation context a bind settled on: the id to put in requests and its transfer syntax.
public struct NegotiatedContext: Sendable, Equatable {
    public let contextID: UInt16
    public let syntax: TransferSyntax
    /// Whether it took an alter_context after the bind to get there.
    public let viaAlterContext: Bool
    /// The largest PDU the host said it accepts.
    public let hostMaxReceiveFragment: UInt16

    public init(contextID: UInt16, syntax: TransferSyntax, viaAlterContext: Bool, hostMaxReceiveFragment: UInt16) {
        self.contextID = contextID
        self.syntax = syntax
        self.viaAlterContext = viaAlterContext
        self.hostMaxReceiveFragment = hostMaxReceiveFragment
    }
}
