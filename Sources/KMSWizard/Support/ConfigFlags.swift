extension ConfigValues {
    /// The layer a command's own flags make: pass whichever option groups the command has.
    init(output: OutputChoice? = nil, host: KMSHostOption? = nil, timeout: TimeoutOption? = nil,
         network: NetworkOptions? = nil, color: ColorOption? = nil, ascii: AsciiOption? = nil) {
        self.init()
        lang = output?.lang
        self.host = host?.host
        self.timeout = timeout?.timeout
        ntp = network?.ntp
        domain = network?.domain
        campus = network.flatMap { $0.campus.isEmpty ? nil : $0.campus }
        self.color = color?.color
        self.ascii = ascii?.ascii
    }

    /// The flag as it was typed, for `kmswizard config` to show: `--no-ascii` when it turned
    /// ASCII borders off, else the key's own flag.
    func flag(for key: ConfigKey) -> String {
        key == .ascii && ascii == false ? "--no-ascii" : key.flag
    }
}
