import Foundation
import Testing
import TestSupport

/// `kmswizard config` run as a real process: each value comes from the strongest place that
/// sets it (flag > environment > config file > default), and bad values stop with exit 78 and
/// say where they are.
@Suite(.offCooperativePool) struct ConfigPrecedenceTests {
    private func configJSON(_ arguments: [String] = [], _ environment: [String: String]) throws -> [String: Any] {
        let result = try KMSWizardProcess.run(["config", "--json"] + arguments, environment: KMSWizardProcess.cleanEnvironment(environment))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object?["values"] as? [String: Any])
    }

    private func entry(_ values: [String: Any], _ key: String) -> (value: String, source: String) {
        let entry = values[key] as? [String: Any] ?? [:]
        let value: String = switch entry["value"] {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        case let list as [String]: list.joined(separator: ",")
        default: "?"
        }
        return (value, entry["source"] as? String ?? "?")
    }

    @Test func eachLayerOverridesTheOnesBelowIt() throws {
        let home = try TemporaryFolder()
        try home.writeConfig("""
        host = "198.18.0.1:1700"
        ntp = "198.18.0.2"
        domain = "file.example"
        timeout = 9
        """)
        let environment = ["XDG_CONFIG_HOME": home.path, "KMSWIZARD_HOST": "198.18.0.3", "KMSWIZARD_NTP": "198.18.0.4:1123"]
        let values = try configJSON(["--host", "127.0.0.1:1688"], environment)

        #expect(entry(values, "host") == ("127.0.0.1:1688", "flag"))          // flag beats env and file
        #expect(entry(values, "ntp") == ("198.18.0.4:1123", "environment"))   // env beats file
        #expect(entry(values, "domain") == ("file.example", "file"))          // file beats default
        #expect(entry(values, "timeout") == ("9", "file"))
        #expect(entry(values, "campus") == ("140.127.0.0/16", "default"))
        #expect(entry(values, "vpn") == ("140.127.62.245", "default"))
        let domain = values["domain"] as? [String: Any]
        #expect(domain?["line"] as? Int == 3)
        #expect(domain?["path"] as? String == home.path + "/kmswizard/config.toml")
    }

    @Test func everyEnvironmentVariableIsRead() throws {
        let values = try configJSON([], [
            "KMSWIZARD_HOST": "198.18.0.9", "KMSWIZARD_NTP": "198.18.0.8", "KMSWIZARD_DOMAIN": "env.example",
            "KMSWIZARD_CAMPUS": "198.18.0.0/15, 10.0.0.0/8", "KMSWIZARD_TIMEOUT": "2.5", "KMSWIZARD_LANG": "en",
            "KMSWIZARD_VPN": "vpn.example",
        ])
        #expect(entry(values, "host") == ("198.18.0.9:1688", "environment"))
        #expect(entry(values, "ntp") == ("198.18.0.8:123", "environment"))
        #expect(entry(values, "domain") == ("env.example", "environment"))
        #expect(entry(values, "campus") == ("198.18.0.0/15,10.0.0.0/8", "environment"))
        #expect(entry(values, "timeout") == ("2.5", "environment"))
        #expect(entry(values, "lang") == ("en", "environment"))
        #expect(entry(values, "vpn") == ("vpn.example", "environment"))
    }

    @Test func languageComesFromFlagEnvFileThenLocale() throws {
        let home = try TemporaryFolder()
        try home.writeConfig("lang = \"en\"\n")
        #expect(entry(try configJSON([], ["LANG": "en_US.UTF-8"]), "lang") == ("en", "locale"))
        #expect(entry(try configJSON([], ["XDG_CONFIG_HOME": home.path, "LANG": "zh_TW.UTF-8"]), "lang") == ("en", "file"))
        #expect(entry(try configJSON([], ["XDG_CONFIG_HOME": home.path, "KMSWIZARD_LANG": "zh-TW"]), "lang") == ("zh-TW", "environment"))
        #expect(entry(try configJSON(["--lang", "zh-TW"], ["KMSWIZARD_LANG": "en"]), "lang") == ("zh-TW", "flag"))
        #expect(entry(try configJSON([], [:]), "lang") == ("zh-TW", "default"))
    }

    /// The `ascii` entry of `kmswizard config --json`, decoded as what it is: a boolean.
    private struct AsciiEntry: Decodable, Equatable {
        struct Report: Decodable { var values: Values }
        struct Values: Decodable { var ascii: AsciiEntry }
        var value: Bool
        var source: String
        var flag: String?
        var variable: String?
        var line: Int?
    }

    private func ascii(_ arguments: [String], _ environment: [String: String]) throws -> AsciiEntry {
        let result = try KMSWizardProcess.run(["config", "--json"] + arguments, environment: KMSWizardProcess.cleanEnvironment(environment))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try JSONDecoder().decode(AsciiEntry.Report.self, from: Data(result.stdout.utf8)).values.ascii
    }

    @Test func asciiComesFromFlagEnvFileThenDefault() throws {
        let home = try TemporaryFolder()
        try home.writeConfig("# wizard borders\nascii = true\n")
        let file = ["XDG_CONFIG_HOME": home.path]
        #expect(try ascii([], [:]) == AsciiEntry(value: false, source: "default"))
        #expect(try ascii([], file) == AsciiEntry(value: true, source: "file", line: 2))
        let environment = file.merging(["KMSWIZARD_ASCII": "false"]) { $1 }
        #expect(try ascii([], environment) == AsciiEntry(value: false, source: "environment", variable: "KMSWIZARD_ASCII"))
        #expect(try ascii(["--ascii"], environment) == AsciiEntry(value: true, source: "flag", flag: "--ascii"))
        #expect(try ascii(["--no-ascii"], file) == AsciiEntry(value: false, source: "flag", flag: "--no-ascii"))

        let text = try KMSWizardProcess.run(["config", "--lang", "en"], environment: KMSWizardProcess.cleanEnvironment(file))
        let row = text.stdout.split(separator: "\n").first { $0.hasPrefix("ascii ") }.map(String.init) ?? ""
        #expect(row.contains("true") && row.contains(home.path + "/kmswizard/config.toml, line 2"), "\(text.stdout)")
    }

    @Test func badAsciiValuesNameTheirPlace() throws {
        let home = try TemporaryFolder()
        let path = try home.writeConfig("ascii = \"on\"\n")
        let file = try KMSWizardProcess.run(["config", "--lang", "en"], environment: KMSWizardProcess.cleanEnvironment(["XDG_CONFIG_HOME": home.path]))
        #expect(file.status == 78)
        #expect(file.stderr.contains("Config file \(path), line 1, key \"ascii\": this setting takes true or false"), "\(file.stderr)")
        let variable = try KMSWizardProcess.run(["wizard", "--plain", "--lang", "en"],
                                                environment: KMSWizardProcess.cleanEnvironment(["KMSWIZARD_ASCII": "yes"]))
        #expect(variable.status == 78)
        #expect(variable.stderr.contains("KMSWIZARD_ASCII=\"yes\""), "\(variable.stderr)")
    }

    @Test func homeConfigIsUsedWithoutXDG() throws {
        let home = try TemporaryFolder()
        let config = home.url.appendingPathComponent(".config")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try TemporaryFolder.write("campus = [\"198.18.0.0/15\"]\n", to: config.appendingPathComponent("kmswizard"))
        let values = try configJSON([], ["HOME": home.path])
        #expect(entry(values, "campus") == ("198.18.0.0/15", "file"))
    }

    @Test func badFileNamesFileLineAndKeyAndExits78() throws {
        let home = try TemporaryFolder()
        let path = try home.writeConfig("# settings\nhost = \"127.0.0.1\"\ntimeout = \"fast\"\n")
        let environment = KMSWizardProcess.cleanEnvironment(["XDG_CONFIG_HOME": home.path])
        let english = try KMSWizardProcess.run(["config", "--lang", "en"], environment: environment)
        #expect(english.status == 78)
        #expect(english.stdout.isEmpty)
        #expect(english.stderr.contains("Config file \(path), line 3, key \"timeout\": this setting takes a number"), "\(english.stderr)")
        let chinese = try KMSWizardProcess.run(["config"], environment: environment)
        #expect(chinese.status == 78)
        #expect(chinese.stderr.contains("設定檔 \(path) 第 3 行的設定「timeout」"), "\(chinese.stderr)")
        let json = try KMSWizardProcess.run(["config", "--json"], environment: environment)
        #expect(json.status == 78)
        #expect(json.stdout.contains("\"code\" : \"config\""), "\(json.stdout)")
    }

    @Test func badEnvironmentValueNamesTheVariable() throws {
        let result = try KMSWizardProcess.run(["config", "--lang", "en"],
                                              environment: KMSWizardProcess.cleanEnvironment(["KMSWIZARD_CAMPUS": "campus"]))
        #expect(result.status == 78)
        #expect(result.stderr.contains("KMSWIZARD_CAMPUS=\"campus\""), "\(result.stderr)")
        #expect(result.stderr.contains("is not an address range"), "\(result.stderr)")
    }

    @Test func versionSaysWhichCommit() throws {
        let result = try KMSWizardProcess.run(["--version"], environment: KMSWizardProcess.cleanEnvironment())
        #expect(result.status == 0)
        // A plain `swift build` is not stamped; `make release` stamps (Tests/Install checks that).
        #expect(result.stdout.hasPrefix("kmswizard "))
        #expect(result.stdout.contains("(unknown commit)") || result.stdout.contains("(commit "), "\(result.stdout)")
    }
}
