import Foundation
import Activation
import Localization
import TestSupport

/// The real kmswizard binary in tmux, with its state, printout folder and peers under one
/// temporary folder; texts come from the real string table so the tests follow the wording.
final class WizardHarness {
    let tmux: TmuxSession
    let stateHome: URL
    let workingDirectory: URL
    let t: Localizer

    /// Starts `kmswizard ARGUMENTS` at `width` x `height` in `language`.
    init(_ arguments: [String], width: Int, height: Int, language: Language, environment: [String: String] = [:]) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wizard-e2e-\(UUID().uuidString.prefix(8))")
        stateHome = root.appendingPathComponent("state")
        workingDirectory = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: stateHome, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: workingDirectory, withIntermediateDirectories: true)
        t = Localizer(table: try StringTable.bundled(), language: language)
        var variables = ["XDG_STATE_HOME": stateHome.path, "KMSWIZARD_RESOURCES": Self.resources]
        variables.merge(environment) { _, given in given }
        tmux = try TmuxSession([NetLabDiagnose.binary] + arguments + ["--lang", language.rawValue],
                               width: width, height: height, environment: variables, workingDirectory: workingDirectory)
    }

    deinit {
        tmux.kill()
        try? FileManager.default.removeItem(at: stateHome.deletingLastPathComponent())
    }

    /// The source tree's Resources folder (strings, catalog).
    static let resources: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }   // Tests/WizardTests/EndToEndHarness.swift
        return url.appendingPathComponent("Resources").path
    }()

    @discardableResult
    func waitFor(_ key: String, _ arguments: [String: String] = [:], timeout: Double = 20) throws -> [String] {
        try tmux.waitFor(t(key, arguments), timeout: timeout)
    }

    /// From the welcome screen to the products list: language, identity (teacher), the network
    /// and clock steps once their checks have finished.
    func walkToProducts() throws {
        try tmux.waitFor(t("wizard.welcome.chooseLanguage"))
        try tmux.send("Enter")
        try waitFor("wizard.identity.question")
        try tmux.send("Enter")
        try waitFor("wizard.key.recheck")                  // the network check finished
        try tmux.send("Enter")
        try waitFor("wizard.clock.reference")
        try waitFor("wizard.key.recheck")                  // the clock check finished
        try tmux.send("Enter")
        try waitFor("wizard.products.intro")
    }

    /// Ticks `shortName` in the catalog list and starts the activation.
    func activate(_ shortName: String) throws {
        let products = try ProductCatalog.bundled().products
        guard let index = products.firstIndex(where: { $0.shortName == shortName }) else {
            throw TmuxSession.Failure("no \(shortName) in the catalog")
        }
        if index > 0 { try tmux.send(keys: Array(repeating: "Down", count: index)) }
        try tmux.send("Space", "End", "Enter")
        try waitFor("wizard.key.showStatus")               // offered only when nothing runs any more
    }

    /// Quits with `q` and returns the screen after the program ended.
    func quit() throws -> [String] {
        try tmux.send("q")
        return try tmux.waitFor("[exited 0]")
    }
}

/// A `kms-test-responder` on 127.0.0.1: the KMS host the wizard talks to in these tests.
final class TestKMSHost {
    let port: UInt16
    private let process: Process

    /// Starts the responder on `port` (0: any free port) serving up to `connections` clients.
    init(port: UInt16 = 0, connections: Int = 10) throws {
        let binary = URL(fileURLWithPath: NetLabDiagnose.binary).deletingLastPathComponent().appendingPathComponent("kms-test-responder")
        process = Process()
        process.executableURL = binary
        process.arguments = ["--port", String(port), "--connections", String(connections), "--deadline", "120"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let bound = UInt16(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw TmuxSession.Failure("kms-test-responder did not say its port: \(line)")
        }
        self.port = bound
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    deinit { stop() }
}
