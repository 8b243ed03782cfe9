/// The campus guide's values, embedded so that kmswizard works with no configuration at all.
///
/// Every one of them is also a setting (`Settings`); tests check these by value and never
/// connect to them.
public enum CampusDefaults {
    /// The campus KMS host and port from the guide (`slmgr.vbs -skms 140.127.40.17:1688`).
    public static let kmsHost = "140.127.40.17"
    public static let kmsPort: UInt16 = 1688
    /// The FortiClient SSL VPN server for off-campus users.
    public static let vpnServer = "140.127.62.245"
    /// The campus DNS domain, where `_vlmcs._tcp` would advertise the KMS host.
    public static let domain = "nknu.edu.tw"
    /// The campus address range.
    public static let campusRanges = ["140.127.0.0/16"]
    /// Taiwan's national time service, the clock reference.
    public static let ntpServer = "time.stdtime.gov.tw"
    public static let ntpPort: UInt16 = 123
    /// A KMS activation lasts 180 days unless renewed.
    public static let renewalDays = 180
    /// How long before a deadline kmswizard starts to warn.
    public static let warningDays = 30
    /// Per-step network timeout.
    public static let timeoutSeconds = 5.0
}
