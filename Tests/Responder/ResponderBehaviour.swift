/// How the test KMS host misbehaves, chosen with `--behaviour NAME`.
enum ResponderBehaviour: String, CaseIterable {
    /// A correct host.
    case normal
    // Connection and RPC level.
    case closeAtOnce = "close-at-once"
    case closeAfterBind = "close-after-bind"
    /// Reads the bind, then resets the connection (an abortive close: RST instead of FIN).
    case reset
    case garbage
    case fragmentLength0 = "frag-length-0"
    case fragmentLength15 = "frag-length-15"
    case allocHint4G = "alloc-hint-4g"
    case kmsSize4G = "kms-size-4g"
    /// A bind_nak with `--nak-reason` (default 4, protocol version not supported).
    case bindNak = "bind-nak"
    /// A fault PDU with `--fault-status` (default 0x1C010002, operation number out of range).
    case rpcFault = "rpc-fault"
    case wrongCallID = "wrong-call-id"
    /// Sends its (valid) answer one byte a second.
    case slowloris
    case silentAfterBind = "silent-after-bind"
    /// After the bind, an endless stream of bytes that claims to be a 5840-byte PDU, then more.
    case endless
    /// After the bind, a header that announces a 65535-byte PDU (past the client's 5840-byte
    /// limit), then an endless stream: far more than any read buffer may hold.
    case fragmentLengthMax = "frag-length-max"
    /// The answer split in two fragments, the first one sent twice.
    case duplicateFragment = "duplicate-fragment"
    /// The answer split in two fragments, the last one sent first.
    case outOfOrderFragments = "out-of-order-fragments"
    // KMS level (the KMS answer itself comes from KMSHost; `--damage` breaks one part of it).
    /// No KMS response, only an error HRESULT (`--hresult`, default 0xC004F042).
    case kmsError = "kms-error"
}

/// The two ways of answering the Windows-style bind seen in the captures.
enum RPCStyle: String {
    /// Rejects NDR32 when NDR64 is also offered, accepts NDR64 (like Windows hosts).
    case vlmcsd
    /// Accepts NDR32, rejects NDR64.
    case pykms = "py-kms"
}
