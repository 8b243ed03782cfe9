// The wizard's peak memory for `make bench`: the real kmswizard beside this binary, in tmux at
// 100x30, walked with keys from the welcome screen through the network and clock checks to one
// activation and the status screen, against the loopback test KMS host (kms-test-responder,
// also beside this binary) and a chronyd time server on 127.0.0.1, DNS kept on loopback. The
// figure is the process's VmHWM (its resident-set high-water mark, the value wait4's ru_maxrss
// reports) read from /proc while the status screen is up, so the whole walk is included.
import Platform
import KMSCore
import Localization
import Wizard

enum WizardMemory {
    /// Median and spread of the peak over `runs` walks, or why it could not be measured.
    static func report(runs: Int) {
        let label = "wizard peak memory (VmHWM), kmswizard in tmux 100x30 walked to the status screen"
        do {
            var peaks: [Double] = []
            for _ in 0..<runs { peaks.append(Double(try walkOnce()) / 1024) }
            peaks.sort()
            func text(_ megabytes: Double) -> String { String((megabytes * 10).rounded() / 10) }
            print("\(label): median \(text(peaks[runs / 2])) MB, spread \(text(peaks[0]))-\(text(peaks[runs - 1])) MB (\(runs) runs)")
        } catch {
            print("\(label): FAILED, \(error)")
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// One walk; returns the wizard's VmHWM in kB.
    static func walkOnce() throws -> Int {
        let folder = try Folder()
        defer { folder.remove() }
        let binaries = String(try executable().split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/"))
        let responder = try Child([binaries + "/kms-test-responder", "--address", "127.0.0.1", "--port", "0",
                                   "--connections", "5", "--deadline", "120"], output: folder.path + "/responder.out")
        defer { responder.stop() }
        let kmsPort = try poll("the test KMS host's port") { UInt16(read(folder.path + "/responder.out").split(separator: "\n").first ?? "") }
        let ntpPort = try freeLoopbackUDPPort()
        try """
        port \(ntpPort)
        bindaddress 127.0.0.1
        allow 127.0.0.0/8
        local stratum 8
        cmdport 0
        pidfile \(folder.path)/chronyd.pid
        driftfile \(folder.path)/chronyd.drift
        """.write(to: folder.path + "/chronyd.conf")
        let chronyd = try Child(["/usr/sbin/chronyd", "-x", "-d", "-U", "-u", "root", "-f", folder.path + "/chronyd.conf"],
                                output: "/dev/null")
        defer { chronyd.stop() }

        let t = Localizer(table: try StringTable.bundled(), language: .zhTW)
        let resources = String(try ResourceLocator.path(of: "strings.zh-TW.json").split(separator: "/", omittingEmptySubsequences: false)
            .dropLast().joined(separator: "/"))
        let tmux = Tmux(socket: folder.path + "/tmux.sock")
        defer { tmux.kill() }
        // The network step looks up the campus domain's SRV record: in a mount namespace whose
        // resolver is 127.0.0.1 (nothing answers), so no query leaves this machine.
        try "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n".write(to: folder.path + "/resolv.conf")
        try tmux.start(["unshare", "--mount", "--", "/bin/sh", "-c", "mount --bind \"$0\" /etc/resolv.conf && exec \"$@\"",
                        folder.path + "/resolv.conf", "env", "-i", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TERM=tmux-256color", "TZ=Asia/Taipei",
                        "HOME=\(folder.path)", "XDG_STATE_HOME=\(folder.path)", "KMSWIZARD_RESOURCES=\(resources)",
                        binaries + "/kmswizard", "--lang", "zh-TW", "--host", "127.0.0.1:\(kmsPort)", "--ntp", "127.0.0.1:\(ntpPort)",
                        "--campus", "127.0.0.0/8", "--timeout", "5"])
        let wizard = try poll("the wizard's process id") { Int32(try tmux.run(["display", "-p", "-t", "bench", "#{pane_pid}"])) }

        // Each screen is recognised by its own text before its keys are pressed.
        func waitFor(_ key: String) throws { try tmux.waitFor(TextLayout.prefix(t(key), width: 24)) }
        try waitFor("wizard.welcome.chooseLanguage")
        try tmux.keys("Enter")
        try waitFor("wizard.identity.question")
        try tmux.keys("Enter")
        try tmux.waitFor(t("wizard.title") + " · " + t("wizard.step.network"))   // the title: a check's progress may be gone at once
        try waitFor("wizard.key.recheck")
        try tmux.keys("Enter")
        try waitFor("wizard.clock.reference")
        try waitFor("wizard.key.recheck")
        try tmux.keys("Enter")
        try waitFor("wizard.products.howTo")
        guard let (downs, _) = ProductList(try ProductCatalog.bundled().products).choice(of: "win10-enterprise") else {
            throw Failure(description: "win10-enterprise is not in the catalog")
        }
        try tmux.keys(Array(repeating: "Down", count: downs) + ["Space", "End", "Enter"])
        try waitFor("wizard.key.showStatus")
        try tmux.keys("Enter")
        try waitFor("wizard.status.next")
        let status = read("/proc/\(wizard)/status")
        try tmux.keys("q")
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ")[1]) else { throw Failure(description: "no VmHWM in /proc/\(wizard)/status") }
        return kilobytes
    }

    /// Asks `value` every 50 ms for up to 30 s (generous: the machine may be loaded).
    static func poll<T>(_ what: String, _ value: () throws -> T?) throws -> T {
        for _ in 0..<600 {
            if let found = try value() { return found }
            usleep(50_000)
        }
        throw Failure(description: "waited 30 s for \(what)")
    }

    static func executable() throws -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { throw Failure(description: "cannot read /proc/self/exe") }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// A file's text, empty when it cannot be read.
    static func read(_ path: String) -> String {
        guard let file = fopen(path, "r") else { return "" }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while case let count = fread(&chunk, 1, chunk.count, file), count > 0 { bytes += chunk[..<count] }
        return String(decoding: bytes, as: UTF8.self)
    }
}
