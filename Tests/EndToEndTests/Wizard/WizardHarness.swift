import KMSCore
import Foundation
import Localization
import TestSupport
import Wizard

/// The real kmswizard binary in tmux, with its state, printout folder and peers under one
/// temporary folder, its DNS kept on loopback (`LoopbackResolver`); texts come from the real
/// string table so the tests follow the wording.
final class WizardHarness {
    let tmux: TmuxSession
    let stateHome: URL
    /// The wizard's home folder, where the activation file goes by default.
    let home: URL
    let workingDirectory: URL
    let t: Localizer

    /// Starts `kmswizard ARGUMENTS` at `width` x `height` in `language`. `hiding` folders are
    /// covered by an empty one in the wizard's own mount namespace (/usr/lib/locale: a system
    /// without any UTF-8 locale).
    init(_ arguments: [String], width: Int, height: Int, language: Language, environment: [String: String] = [:],
         hiding: [String] = []) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wizard-e2e-\(UUID().uuidString.prefix(8))")
        stateHome = root.appendingPathComponent("state")
        workingDirectory = root.appendingPathComponent("work")
        home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: workingDirectory, withIntermediateDirectories: true)
        t = Localizer(table: try StringTable.bundled(), language: language)
        // Taipei time, as the campus guide asks, so the timezone check passes unless a test says otherwise.
        var variables = ["XDG_STATE_HOME": stateHome.path, "HOME": home.path, "KMSWIZARD_RESOURCES": Kmswizard.resources, "TZ": "Asia/Taipei"]
        variables.merge(environment) { _, given in given }
        var prefix = try LoopbackResolver.prefix(in: root)
        if !hiding.isEmpty {
            let empty = root.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let mounts = hiding.map { "mount --bind '\(empty.path)' '\($0)'" }.joined(separator: " && ")
            prefix += ["/bin/sh", "-c", mounts + " && exec \"$@\"", "sh"]
        }
        tmux = try Kmswizard.inTmux(arguments + ["--lang", language.rawValue], prefix: prefix, environment: variables,
                                    width: width, height: height, workingDirectory: workingDirectory)
    }

    deinit {
        tmux.kill()
        try? FileManager.default.removeItem(at: stateHome.deletingLastPathComponent())
    }

    /// Waits for the text `key` names; long texts wrap, so only their start (which fits one
    /// 60-cell row) is looked for.
    @discardableResult
    func waitFor(_ key: String, _ arguments: Variables = [:], timeout: Double = 20) throws -> [String] {
        try tmux.waitFor(TextLayout.prefix(t(key, arguments), width: 24), timeout: timeout)
    }

    /// Waits for `step`'s screen by its title, the one text that screen alone shows from its
    /// first frame on (a check's progress line may be gone before the first look).
    @discardableResult
    func waitFor(_ step: WizardStep, timeout: Double = 20) throws -> [String] {
        try tmux.waitFor(t("wizard.title") + " · " + t(step.nameKey), timeout: timeout)
    }

    /// From the welcome screen to the network step once its check has finished: language, identity (teacher).
    func walkToNetworkResult() throws {
        try waitFor("wizard.welcome.chooseLanguage")
        try tmux.send("Enter")
        try waitFor("wizard.identity.question")
        try tmux.send("Enter")
        try waitFor(.network)
        try waitFor("wizard.key.recheck")                  // the network check finished
    }

    /// From the welcome screen to the products list, through the network and clock steps.
    func walkToProducts() throws {
        try walkToNetworkResult()
        try passClockStep()
    }

    /// From a finished network step to the products list. The network screen also offers
    /// `r check again`, so the clock screen is recognised by its own text first.
    func passClockStep() throws {
        try tmux.send("Enter")
        try waitFor("wizard.clock.reference")
        try waitFor("wizard.key.recheck")                  // the clock check finished
        try tmux.send("Enter")
        try waitFor("wizard.products.howTo")
    }

    /// Ticks `shortName` in the grouped catalog list and starts the activation; returns the
    /// product. The list opens on its first product and Down skips the group headings, so the
    /// number of Downs is the product's place among the selectable rows (`ProductList`, the list
    /// the wizard shows); the highlighted row is then checked by its text before Space ticks it.
    @discardableResult
    func startActivation(_ shortName: String) throws -> Product {
        guard let (downs, product) = ProductList(try ProductCatalog.bundled().products).choice(of: shortName) else {
            throw TmuxSession.Failure("no \(shortName) in the catalog")
        }
        if downs > 0 { try tmux.send(keys: Array(repeating: "Down", count: downs)) }
        try tmux.waitFor("▶ [ ] \(product.displayName)  KMS v\(product.protocolVersion)")
        try tmux.send("Space", "End", "Enter")
        return product
    }

    /// Activates `shortName` and waits until nothing runs any more.
    func activate(_ shortName: String) throws {
        try startActivation(shortName)
        try waitFor("wizard.key.showStatus")               // offered only when nothing runs any more
    }

    /// Quits with `q` and returns the screen after the program ended.
    func quit() throws -> [String] {
        try tmux.send("q")
        return try tmux.waitFor("[exited 0]")
    }
}
