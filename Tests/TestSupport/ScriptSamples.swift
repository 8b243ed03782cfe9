import KMSCore
import Foundation
import WindowsBridge

/// The products, host and folder the `.cmd` tests share: the bridge's unit tests render them
/// against the expected files, and the end-to-end tests run them in the simulated Windows.
public enum ScriptSamples {
    /// The expected `.cmd` files and slmgr/ospp transcripts (Tests/Fixtures/windows).
    public static let fixtures = SourceTree.url("Tests/Fixtures/windows")
    /// The KMS host the scripts name: a lab address (the scripts only name it, nothing connects);
    /// the campus default itself is checked by value in the settings tests.
    public static let labHost = Endpoint(host: "198.18.40.17", port: 1688)

    public static let win7 = try! ScriptProduct(shortName: "win7-enterprise", displayName: "Windows 7 Enterprise", family: .windows,
                                                gvlk: "33PXH-7Y6KF-2VJC9-XBBR8-HVTHH")
    public static let win10 = try! ScriptProduct(shortName: "win10-enterprise", displayName: "Windows 10/11 Enterprise", family: .windows,
                                                 gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43")
    public static let office2010 = try! ScriptProduct(shortName: "office2010-proplus", displayName: "Office Professional Plus 2010",
                                                      family: .office(folder: "Office14"), gvlk: "VYBBJ-TRJPB-QFQRF-QFT4D-H3GVB")
    public static let office2016 = try! ScriptProduct(shortName: "office2016-proplus", displayName: "Office Professional Plus 2016",
                                                      family: .office(folder: "Office16"), gvlk: "XQNVK-8JYDB-WJ9W3-YJ8YR-WFG99")

    public static func plan(_ products: [ScriptProduct], _ endpoint: Endpoint = labHost, keys: Bool,
                            bits: OfficeBits = .probe) throws -> WindowsActivationPlan {
        try WindowsActivationPlan(products: products, endpoint: endpoint, installKeys: keys, officeBits: bits)
    }
}
