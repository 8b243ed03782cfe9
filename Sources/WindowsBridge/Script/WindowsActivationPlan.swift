import KMSCore

/// The Windows-side commands of an activation, the same whether they go into a `.cmd` file or
/// run through cscript.exe from WSL: per product group, install the key (if asked), point at
/// the KMS host, activate, show the licence status.
///
/// Windows uses `slmgr.vbs`; Office uses the `ospp.vbs` of its `OfficeNN` folder, and because
/// `ospp.vbs /act` activates every Office product of that folder at once, Office products are
/// grouped by folder: one host setting and one `/act` per folder, one `/inpkey` per product.
public struct WindowsActivationPlan: Sendable, Equatable {
    public enum Tool: Sendable, Equatable {
        case slmgr
        case ospp(folder: String)
    }

    public enum Role: Sendable, Equatable { case installKey, setHost, setPort, activate, status }

    public struct Step: Sendable, Equatable {
        public let role: Role
        public let argument: String
    }

    public struct Group: Sendable, Equatable {
        public let tool: Tool
        public let products: [ScriptProduct]
        public let steps: [Step]
        /// What the headings say: the products' display names.
        public var title: String { products.map(\.displayName).joined(separator: " + ") }
    }

    public let endpoint: Endpoint
    public let groups: [Group]
    public let officeBits: OfficeBits

    /// The guide's steps for catalog products: no key install (the guide installs none), Office
    /// looked for in both Program Files folders. The wizard's file, its `w` and `renew` use it.
    public static func guide(_ products: [Product], endpoint: Endpoint) throws(WindowsScriptError) -> WindowsActivationPlan {
        try WindowsActivationPlan(products: try products.map { product throws(WindowsScriptError) in try ScriptProduct(product) },
                                  endpoint: endpoint, installKeys: false, officeBits: .probe)
    }

    public init(products: [ScriptProduct], endpoint: Endpoint, installKeys: Bool, officeBits: OfficeBits) throws(WindowsScriptError) {
        guard !products.isEmpty else { throw .noProducts }
        guard Endpoint.isValidHost(endpoint.host), !endpoint.host.contains("%"), endpoint.port > 0 else {
            throw .badHost(endpoint.host)
        }
        let windows = products.filter { !$0.isOffice }
        guard windows.count <= 1 else { throw .severalWindows(windows.map(\.shortName)) }
        var groups: [Group] = []
        if let product = windows.first {
            var steps: [Step] = installKeys ? [Step(role: .installKey, argument: "/ipk \(product.gvlk)")] : []
            steps += [Step(role: .setHost, argument: "/skms \(endpoint.description)"),
                      Step(role: .activate, argument: "/ato"),
                      Step(role: .status, argument: "/dlv")]
            groups.append(Group(tool: .slmgr, products: [product], steps: steps))
        }
        var folders: [String] = []
        for product in products { if let folder = product.officeFolder, !folders.contains(folder) { folders.append(folder) } }
        for folder in folders {
            let members = products.filter { $0.officeFolder == folder }
            var steps: [Step] = installKeys ? members.map { Step(role: .installKey, argument: "/inpkey:\($0.gvlk)") } : []
            steps += [Step(role: .setHost, argument: "/sethst:\(endpoint.host)"),
                      Step(role: .setPort, argument: "/setprt:\(endpoint.port)"),
                      Step(role: .activate, argument: "/act"),
                      Step(role: .status, argument: "/dstatus")]
            groups.append(Group(tool: .ospp(folder: folder), products: members, steps: steps))
        }
        self.endpoint = endpoint
        self.groups = groups
        self.officeBits = officeBits
    }
}
