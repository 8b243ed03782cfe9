import Platform
import KMSCore
import WindowsBridge
import Renewal
import ArgumentParser
import Diagnostics
import Localization
import Wizard

/// `kmswizard script`: the Windows `.cmd` file that replaces the school's per-version batch files,
/// right for the chosen products; with `--run` inside WSL, the same commands run through
/// cscript.exe and their output is read back.
struct ScriptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: HelpText.text("script.abstract"),
        discussion: HelpText.discussion("script.discussion"))

    @OptionGroup var output: OutputOptions
    @OptionGroup var hostOption: KMSHostOption

    @Option(name: .long, parsing: .upToNextOption,
            help: HelpText.argument("script.product", valueName: "name"), completion: .productNames)
    var product: [String] = []

    @Flag(name: .long, help: HelpText.argument("script.installKey"))
    var installKey = false

    @Option(name: .long, help: HelpText.argument("script.officeBits", valueName: "64|32|auto"),
            completion: .list(OfficeBits.allCases.map(\.rawValue)),
            transform: { text in
                guard let bits = OfficeBits(rawValue: text.lowercased()) else {
                    throw HelpText.usageError("officeBits", ["value": text])
                }
                return bits
            })
    var officeBits: OfficeBits = .probe

    @Option(name: .long, help: HelpText.argument("script.out", valueName: "file"), completion: .file(extensions: ["cmd"]))
    var out: String?

    @Flag(name: .customLong("run"), help: HelpText.argument("script.run"))
    var runNow = false

    func validate() throws {
        guard !product.isEmpty else { throw HelpText.usageError("noProduct") }
        guard !(runNow && out != nil) else { throw HelpText.usageError("runAndOut") }
    }

    func run() async throws {
        let context = try CommandContext(output.choice, host: hostOption)
        let t = context.localizer
        let plan = try makePlan(context)
        if runNow {
            try runInWSL(plan, context)
            return
        }
        let renderer = BatchScriptRenderer(table: t.table)
        let bytes: [UInt8]
        do { bytes = try renderer.renderFile(plan) } catch {
            throw CLIFailure(.script, message: t("renewal.script.refused", ["detail": "\(error)"]),
                             json: output.json)
        }
        guard let out else {
            writeToStandardOutput(text: renderer.render(plan), fileBytes: bytes, t)
            return
        }
        do {
            try OutputFile.write(bytes, to: out)
        } catch {
            throw CLIFailure(.cannotWrite,
                             message: t("renewal.remind.cannotWrite", ["file": out, "reason": error.reasonText(t)]), json: output.json)
        }
        let names = plan.groups.flatMap(\.products).map(\.shortName)
        // The status views list the file per product; a state that cannot be written costs only
        // that, and says so (the file itself was written).
        if case let .notSaved(error) = context.stateStore.record({ $0.recordScript(ScriptRecord(path: Self.absolute(out), at: Date()), for: names) }) {
            printError(t("activate.failure.stateNotSaved", ["reason": CommandContext.describe(error, t)]))
        }
        if output.json {
            try JSONOutput.write(ScriptDocument(file: out, products: names, host: plan.endpoint.description,
                                                officeBits: officeBits.rawValue, installKey: installKey))
        } else {
            print(t("renewal.script.wrote", ["file": out, "products": names.joined(separator: ", "), "host": plan.endpoint.description]))
        }
    }

    /// The path as the status views show it later, from any working directory.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// A terminal gets the text to read (it shows UTF-8, not code page 950) and a note that the
    /// file form differs; a pipe or redirect gets exactly the bytes `--out` would write.
    private func writeToStandardOutput(text: String, fileBytes: [UInt8], _ t: Localizer) {
        guard isatty(STDOUT_FILENO) == 1 else {
            StandardOutput.write(fileBytes)
            return
        }
        print(text, terminator: "")
        printError(t("renewal.script.terminalPreview", ["codePage": String(BatchCodePage.number)]))
    }

    private func makePlan(_ context: CommandContext) throws -> WindowsActivationPlan {
        let t = context.localizer
        let catalog: ProductCatalog
        do { catalog = try ProductCatalog.bundled(environment: context.environment) } catch {
            throw CLIFailure.catalog(error, t, json: output.json)
        }
        let settings = context.settings
        do {
            var chosen: [ScriptProduct] = []
            for name in product {
                let found: Product
                do { found = try catalog.find(name) } catch { throw CLIFailure.product(error, t, json: output.json) }
                let scripted = try ScriptProduct(found)
                if !chosen.contains(scripted) { chosen.append(scripted) }
            }
            return try WindowsActivationPlan(products: chosen, endpoint: settings.kmsHost, installKeys: installKey, officeBits: officeBits)
        } catch let error as WindowsScriptError {
            throw CLIFailure(.scriptArguments, message: t("renewal.script.refused", ["detail": "\(error)"]),
                             json: output.json)
        }
    }

    private func runInWSL(_ plan: WindowsActivationPlan, _ context: CommandContext) throws {
        let t = context.localizer
        let wsl: WSLEnvironment
        do { wsl = try WSLEnvironment.detect(.system(environment: context.environment)) } catch {
            let key = error == .notWSL ? "renewal.script.notWSL" : "renewal.script.runFailed"
            throw CLIFailure(.notWSL,
                             message: t(key, ["detail": WindowsRunProblemText(.unavailable(error), t).text]),
                             hint: t("renewal.script.runHint"), json: output.json)
        }
        let runner = WindowsActivationRunner(wsl: wsl, fileExists: { FileManager.default.fileExists(atPath: $0) })
        let results: [WindowsActivationRunner.GroupResult]
        do { results = try runner.run(plan) } catch {
            if case .notElevated = error {
                throw CLIFailure(.notElevated, message: t("renewal.script.run.notElevated"),
                                 windowsCode: ActivationErrorCode.accessDenied.hex, json: output.json)
            }
            let detail = if case let .cannotStart(cause) = error { WindowsRunProblemText(.cannotStart(cause), t).text } else { "" }
            throw CLIFailure(.cscript, message: t("renewal.script.runFailed", ["detail": detail]),
                             json: output.json)
        }
        if output.json {
            try JSONOutput.write(ScriptRunDocument(results, t))
        } else {
            for result in results { printResult(result, t) }
        }
        if results.contains(where: { $0.outcome != .activated }) { throw CommandOutcome.windowsError.exitCode }
    }

    private func printResult(_ result: WindowsActivationRunner.GroupResult, _ t: Localizer) {
        print("=== \(result.title) ===")
        if let folder = result.missingOfficeFolder {
            print(t("renewal.script.osppMissing", ["folder": folder, "product": result.title]))
            return
        }
        for step in result.steps {
            print("> \(step.argument)")
            let text = step.output.drop(while: \.isWhitespace)
            print(text.dropLast(text.reversed().prefix(while: \.isWhitespace).count))
        }
        switch result.outcome {
        case .activated: print(t("renewal.script.activated", ["product": result.title]))
        case .unrecognized: print(t("renewal.script.unrecognized", ["product": result.title]))
        case .failed:
            print(t("renewal.script.failed", ["product": result.title]))
            for failure in result.transcript?.failures ?? [] {
                let explanation = Explanation(code: failure.code, localizer: t)
                print("  \(failure.code.hex): \(explanation.title)")
                if let windows = failure.description { print("    Windows: \(windows)") }
                print("    \(explanation.cause)")
                print("    \(explanation.fix)")
            }
        }
    }
}

/// `kmswizard script --out FILE --json`.
private struct ScriptDocument: Encodable {
    var schemaVersion = JSONOutput.schemaVersion
    var ok = true
    let file: String
    let products: [String]
    let host: String
    let officeBits: String
    let installKey: Bool
}

/// `kmswizard script --run --json`: per product group the outcome and the codes Windows reported.
private struct ScriptRunDocument: Encodable {
    struct Group: Encodable {
        struct Failure: Encodable {
            let windowsCode: String
            /// What Windows printed with the code.
            let description: String?
            let licenseName: String?
            /// kmswizard's explanation (the `explain` command's object).
            let explanation: Explanation
        }

        let products: [String]
        let outcome: String
        let missingOfficeFolder: String?
        let failures: [Failure]
    }

    var schemaVersion = JSONOutput.schemaVersion
    let ok: Bool
    let groups: [Group]

    init(_ results: [WindowsActivationRunner.GroupResult], _ t: Localizer) {
        ok = results.allSatisfy { $0.outcome == .activated }
        groups = results.map { result in
            Group(products: result.shortNames, outcome: result.outcome.rawValue, missingOfficeFolder: result.missingOfficeFolder,
                  failures: (result.transcript?.failures ?? []).map {
                      .init(windowsCode: $0.code.hex, description: $0.description, licenseName: $0.licenseName,
                            explanation: Explanation(code: $0.code, localizer: t))
                  })
        }
    }
}
