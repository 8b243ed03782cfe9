/// The licences the simulated Windows can have installed: the cases kmswizard must tell apart.
/// The volume editions carry the catalog's SKU IDs (Resources/products.json) and the last five
/// characters of their KMS client keys; names and descriptions are written as Windows writes them.
extension SimulatedWindows.Licence {
    /// Windows 10 Education activated through KMS, 150 days of its 180 left.
    public static func windows10EducationLicensed(minutesLeft: Int = 150 * 1440) -> Self {
        Self(id: "e0c42288-980c-4788-a014-c080d2e1926e", application: SimulatedWindows.windowsApplication,
             name: "Windows(R), Education edition", description: "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
             status: 1, graceMinutes: minutesLeft, channel: "Volume:GVLK", partialKey: "VCFB2", kmsHost: "127.0.0.1", kmsPort: 1688)
    }

    /// Windows 11 Pro with its KMS client key whose grace ran out: notification (5), 0xC004F009.
    public static let windows11ProNotification = Self(
        id: "2de67392-b7a7-462a-b1ca-108dd189f588", application: SimulatedWindows.windowsApplication,
        name: "Windows(R), Professional edition", description: "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
        status: 5, reason: 0xC004F009, graceMinutes: 0, channel: "Volume:GVLK", partialKey: "T83GX")

    /// Windows 11 Home (Core) with a retail key: no KMS client edition exists, so not in the catalog.
    public static let windows11HomeRetail = Self(
        id: "fe74f55b-0de1-4e8d-a4d1-6a0f1a6a05f1", application: SimulatedWindows.windowsApplication,
        name: "Windows(R), Core edition", description: "Windows(R) Operating System, RETAIL channel",
        status: 1, graceMinutes: 0, channel: "Retail", partialKey: "8HVX7")

    /// Windows Pro licensed through the maker's OEM key (OEM:DM). It carries the catalog's Pro
    /// ID so that the channel, not a missing match, has to keep it away from KMS.
    public static let windowsProOEMLicensed = Self(
        id: "2de67392-b7a7-462a-b1ca-108dd189f588", application: SimulatedWindows.windowsApplication,
        name: "Windows(R), Professional edition", description: "Windows(R) Operating System, OEM_DM channel",
        status: 1, graceMinutes: 0, channel: "OEM:DM", partialKey: "3V66T")

    /// Office Professional Plus 2016 volume licence, installed with its KMS client key, not yet
    /// activated: out-of-box grace (2) with 14 days left, 0x4004F00C.
    public static let office2016ProPlusInGrace = Self(
        id: "d450596f-894d-49e0-966a-fd39ed4c4c64", application: SimulatedWindows.officeApplication,
        name: "Office 16, Office16ProPlusVL_KMS_Client edition", description: "Office 16, VOLUME_KMSCLIENT channel",
        status: 2, reason: 0x4004F00C, graceMinutes: 14 * 1440, channel: "Volume:GVLK", partialKey: "WFG99")

    /// Microsoft 365 Apps (Click-to-Run, retail subscription): not a volume edition, not in the catalog.
    public static let office365Retail = Self(
        id: "149dbce7-a48e-44db-8364-a53386cd4580", application: SimulatedWindows.officeApplication,
        name: "Office 16, Office16O365ProPlusR_Subscription1 edition", description: "Office 16, TIMEBASED_SUB channel",
        status: 1, graceMinutes: 43_200, channel: "Retail", partialKey: "H8DN8")

    /// Windows lists every edition it could run, most without a key; the reader's filter must drop them.
    static let unkeyed: [Self] = [
        Self(id: "73111121-5638-40f6-bc11-f1d7b0d64300", application: SimulatedWindows.windowsApplication,
             name: "Windows(R), Enterprise edition", description: "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
             status: 0, graceMinutes: 0, channel: nil, partialKey: nil),
        Self(id: "3f1afc82-f8ac-4f6c-8005-1d233e606eee", application: SimulatedWindows.windowsApplication,
             name: "Windows(R), ProfessionalEducation edition", description: "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
             status: 0, graceMinutes: 0, channel: nil, partialKey: nil),
    ]
}
