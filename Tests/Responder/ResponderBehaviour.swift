/// How the test KMS host misbehaves, chosen with `--behaviour NAME`.
enum ResponderBehaviour: String, CaseIterable {
    /// A correct host.
    case normal
    // Connection and RPC level.
    case closeAtOnce = "close-at-once"
    case closeAfterBind = "close-after-bind"
    case garbage
    case fragmentLength0 = "frag-length-0"
    case fragmentLength15 = "frag-length-15"
    case allocHint4G = "alloc-hint-4g"
    case kmsSize4G = "kms-size-4g"
    case bindNak = "bind-nak"
    case rpcFault = "rpc-fault"
    case wrongCallID = "wrong-call-id"
    /// Sends its (valid) answer one byte a second.
    case slowloris
    case silentAfterBind = "silent-after-bind"
    /// After the bind, an endless stream of bytes that claims to be a 5840-byte PDU, then more.
    case endless
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
