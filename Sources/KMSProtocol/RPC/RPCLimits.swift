/// Sizes kmswizard advertises and enforces.
public enum RPCLimits {
    /// Our max_xmit_frag / max_recv_frag, as Windows and vlmcs send them (5840).
    public static let fragmentSize: UInt16 = 5840
    /// The largest PDU we read: what we told the host we can receive. A frag_length above it is
    /// refused before a single body byte is read, so no host can make us buffer more.
    public static let maximumFragmentLength = Int(fragmentSize)
    /// The largest KMS response the stub may carry (the real ones are 158 to 260 bytes).
    public static let maximumKMSResponseLength = 4096
}
