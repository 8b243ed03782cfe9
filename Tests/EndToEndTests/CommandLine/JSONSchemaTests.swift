import KMSProtocol
import Foundation
import Testing
import TestSupport

/// The real binary's --json output, checked against schemas/<command>.schema.json with python3's
/// jsonschema (Tests/Install/validate-json), for the results and the failures each command prints.
@Suite(.serialized, .offCooperativePool) struct JSONSchemaTests {
    static let packageRoot = SourceTree.root
    static let schemaDirectory = packageRoot.appendingPathComponent("schemas")
    static let validator = packageRoot.appendingPathComponent("Tests/Install/validate-json").path

    /// A python3 that has jsonschema: the one on PATH (pyenv, venv), else Debian's (python3-jsonschema).
    static let python: String? = ["python3", "/usr/bin/python3"].first { candidate in
        (try? ProcessRunner.run("/usr/bin/env", [candidate, "-c", "import jsonschema"], timeoutSeconds: 20).status) == 0
    }

    /// Validates one output; records the validator's findings as the test's failure.
    private func validate(_ output: ProcessResult, against schema: String, _ label: String) throws {
        let result = try Self.validate(json: output.stdout, against: schema)
        #expect(result.status == 0, "\(label) does not match schemas/\(schema).schema.json:\n\(result.stderr)\n\(output.stdout)")
    }

    /// Runs Tests/Install/validate-json on `json`: exit 0 valid, 1 invalid, 2 not JSON or a bad schema.
    static func validate(json: String, against schema: String) throws -> ProcessResult {
        let python = try #require(python, "no python3 with jsonschema (make test-deps installs python3-jsonschema)")
        let input = try TemporaryFolder()
        let file = input.url.appendingPathComponent("output.json")
        try Data(json.utf8).write(to: file)
        return try ProcessRunner.run("/bin/sh", ["-c", "exec \"$0\" \"$1\" \"$2\" \"$3\" < \"$4\"", python, validator,
                                                 schemaDirectory.path, schema, file.path], timeoutSeconds: 30)
    }

    private func run(_ arguments: [String], _ environment: [String: String] = [:], status: Int32 = 0) throws -> ProcessResult {
        let result = try KMSWizardProcess.run(arguments, environment: KMSWizardProcess.cleanEnvironment(environment))
        #expect(result.status == status, "kmswizard \(arguments): \(result)")
        return result
    }

    @Test func configOutputsMatchTheirSchema() throws {
        let home = try TemporaryFolder()
        try validate(try run(["config", "--json"]), against: "config", "config defaults")
        try home.writeConfig("timeout = 2.5\ncampus = [\"198.18.0.0/15\"]\n")
        try validate(try run(["config", "--json", "--host", "127.0.0.1", "--color", "never", "--no-ascii"],
                             ["XDG_CONFIG_HOME": home.path, "KMSWIZARD_NTP": "127.0.0.1", "LANG": "en_US.UTF-8"]),
                     against: "config", "config from every source")
        try home.writeConfig("timeout = \"soon\"\n")
        try validate(try run(["config", "--json"], ["XDG_CONFIG_HOME": home.path], status: 78), against: "config", "config error")
    }

    @Test func productsOutputsMatchTheirSchema() throws {
        for arguments in [["products", "--json"], ["products", "--json", "--family", "office"], ["products", "--json", "--family", "windows", "--wide"]] {
            try validate(try run(arguments), against: "products", arguments.joined(separator: " "))
        }
    }

    @Test func explainOutputsMatchTheirSchema() throws {
        try validate(try run(["explain", "--json", "0xC004F074"]), against: "explain", "explain a known code")
        try validate(try run(["explain", "--json", "--lang", "en", "0xDEADBEEF"], status: 5), against: "explain", "explain an unknown code")
        try validate(try run(["explain", "--json", "--list"]), against: "explain", "explain --list")
        try validate(try run(["explain", "--json", "not-a-code"], status: 64), against: "explain", "explain with text that is not a code")
    }

    /// A real exchange with the test KMS host on loopback: activate's success and failure
    /// documents, and status over the state they leave behind.
    @Test func activateAndStatusOutputsMatchTheirSchemas() throws {
        let state = try TemporaryFolder()
        let environment = ["XDG_STATE_HOME": state.path]
        try validate(try run(["status", "--json"], environment), against: "status", "status with nothing activated")

        let host = try ResponderProcess(["--behaviour", "normal"], connections: 2)
        defer { host.stop() }
        try validate(try run(["activate", "--json", "--host", "127.0.0.1:\(host.port)", "--timeout", "5", "--product", "win10-enterprise"],
                             environment),
                     against: "activate", "activate success")

        // Outside WSL there is no Windows to renew: 21, with the document saying so.
        try validate(try run(["renew", "--json", "--all", "--host", "127.0.0.1:\(host.port)", "--timeout", "5"], environment, status: 21),
                     against: "renew", "renew --all outside WSL")

        let refusing = try ResponderProcess(["--behaviour", "kms-error"], connections: 2)
        defer { refusing.stop() }
        let refused = try KMSWizardProcess.run(["activate", "--json", "--host", "127.0.0.1:\(refusing.port)", "--timeout", "5",
                                                "--product", "office2021-proplus"],
                                               environment: KMSWizardProcess.cleanEnvironment(environment))
        #expect(refused.status != 0, "a KMS error must not exit 0: \(refused)")
        try validate(refused, against: "activate", "activate refused by the host")
        try validate(try run(["activate", "--json", "--product", "no-such-product"], environment, status: 64),
                     against: "activate", "activate with an unknown product")

        try validate(try run(["status", "--json"], environment), against: "status", "status after a success and a failure")
        let ics = state.url.appendingPathComponent("renew.ics").path
        // Host checks only: Windows reported no deadline, so there is nothing to remind of (21).
        try validate(try run(["remind", "--json", "--ics", ics], environment, status: 21), against: "remind", "remind --ics without Windows' word")
        let script = state.url.appendingPathComponent("activate.cmd").path
        try validate(try run(["script", "--json", "--host", "127.0.0.1", "--product", "win10-enterprise", "--out", script], environment),
                     against: "script", "script --out")
    }

    /// Every schema is a valid JSON Schema, and the commands the issue names have one.
    @Test func schemasExistAndAreValid() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemaDirectory.path).filter { $0.hasSuffix(".schema.json") }
        for required in ["config", "activate", "products", "diagnose", "status", "remind", "script", "explain", "renew", "error"] {
            #expect(files.contains("\(required).schema.json"), "schemas/\(required).schema.json is missing")
        }
        let python = try #require(Self.python, "no python3 with jsonschema")
        for file in files {
            let check = try ProcessRunner.run("/usr/bin/env", [python, "-c", """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                jsonschema.validators.validator_for(schema).check_schema(schema)
                assert schema["$id"].endswith("/" + sys.argv[1].rsplit("/", 1)[1]), "$id must end with the file name"
                """, Self.schemaDirectory.appendingPathComponent(file).path], timeoutSeconds: 30)
            #expect(check.status == 0, "\(file): \(check.stderr)")
        }
        // The validator does reject: a document with none of the required keys fails every schema.
        for file in files {
            let result = try Self.validate(json: #"{"ok": true, "unexpected": 1}"#, against: String(file.dropLast(".schema.json".count)))
            #expect(result.status == 1, "schemas/\(file) accepted {ok: true, unexpected: 1}: \(result.stderr)")
        }
        // Every subcommand that takes --json has a schema, except the wizard, which takes it only to
        // refuse it with a usage error (the wizard is interactive).
        let help = try run(["--help"]).stdout
        let subcommands = help.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n").compactMap { line -> String? in
            // "  name   abstract" or "  name (default)  abstract"; wrapped abstracts are indented further.
            guard line.hasPrefix("  "), line.dropFirst(2).first?.isLowercase == true,
                  let word = line.split(separator: " ").first, word.allSatisfy({ $0.isLetter }) else { return nil }
            return String(word)
        } ?? []
        #expect(subcommands.contains("activate") && subcommands.contains("wizard"), "subcommands read from --help: \(subcommands)")
        let withoutSchema = try subcommands.filter { command in
            try command != "wizard" && run([command, "--help"]).stdout.contains("  --json ") && !files.contains("\(command).schema.json")
        }
        #expect(withoutSchema.isEmpty, "--json commands without a schema: \(withoutSchema)")
        #expect(try run(["wizard", "--json"], status: 64).stderr.contains("--json"))
    }
}
