/// The Windows activation errors the checks predict, by what causes them.
extension ActivationErrorCode {
    /// "No Key Management Service (KMS) could be contacted": no route, no answer, no name.
    public static let noKMSContacted = ActivationErrorCode(0xC004_F074)
    /// The host refuses a client whose clock is too far from its own.
    public static let clockTooFar = ActivationErrorCode(0xC004_F06C)
    /// Windows found no `_vlmcs._tcp` SRV record to discover the host by.
    public static let noSRVRecord = ActivationErrorCode(0x8007_232B)
    /// The host counts fewer clients than the product needs.
    public static let countInsufficient = ActivationErrorCode(0xC004_F038)
    /// Access denied: the commands did not run as administrator.
    public static let accessDenied = ActivationErrorCode(0x8007_0005)
}
