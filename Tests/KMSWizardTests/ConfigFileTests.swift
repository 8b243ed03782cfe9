import Testing
import TestSupport
@testable import KMSWizard

/// The hand-written config.toml parser: what it accepts, and that every refusal names the line
/// and key.
@Suite(.offCooperativePool) struct ConfigFileTests {
    private func parse(_ text: String) throws(ConfigError) -> ConfigFile {
        try ConfigFile(bytes: Array(text.utf8), path: "/etc/test.toml")
    }

    private func problem(_ text: String) -> ConfigError? {
        do {
            _ = try parse(text).values()
            return nil
        } catch {
            return error
        }
    }

    @Test func acceptsTheFlatSubset() throws {
        let file = try parse("""
        # kmswizard settings
        host = "kms.example.edu:1700"   # trailing comment
        ntp='127.0.0.1:123'
        timeout = 2.5
        campus = ["140.127.0.0/16", '198.18.0.0/15',]

        domain = "ex\\u0061mple.edu"
        lang = "en"\r
        color = "never"
        vpn = "vpn.example.edu"
        ascii = true # box characters draw two cells wide here
        """)
        let values = try file.values()
        #expect(values.host?.description == "kms.example.edu:1700")
        #expect(values.ntp?.description == "127.0.0.1:123")
        #expect(values.timeout == 2.5)
        #expect(values.campus == ["140.127.0.0/16", "198.18.0.0/15"])
        #expect(values.domain == "example.edu")
        #expect(values.lang == .en)
        #expect(values.color == .never)
        #expect(values.vpn == "vpn.example.edu")
        #expect(values.ascii == true)
        #expect(try parse("ascii=false").values().ascii == false)
        #expect(file.line(of: .host) == 2)
        #expect(file.line(of: .campus) == 5)
        #expect(file.line(of: .lang) == 8)
    }

    @Test func numbersMayUseUnderscoresAndExponents() throws {
        #expect(try parse("timeout = 1_0").values().timeout == 10)
        #expect(try parse("timeout = 5e1").values().timeout == 50)
        #expect(problem("timeout = 1__0")?.problem == .syntax(.badNumber))
    }

    @Test(arguments: [
        ("host = ", ConfigError.Problem.syntax(.expectedValue)),
        ("host \"x\"", .syntax(.expectedEquals)),
        ("host = \"x", .syntax(.unterminatedString)),
        ("host = \"a\\qb\"", .syntax(.badEscape)),
        // A \u escape takes four hex digits: a sign is not one (UInt32(_:radix:) took "+041" as 0x41).
        ("host = \"\\u+041\"", .syntax(.badEscape)),
        ("host = \"\\u-000\"", .syntax(.badEscape)),
        ("host = \"x\" extra", .syntax(.trailingText)),
        ("host = true", .value(.wrongKind(expected: .string))),
        ("ascii = yes", .syntax(.unsupportedValue)),
        ("ascii = True", .syntax(.unsupportedValue)),
        ("ascii = truest", .syntax(.unsupportedValue)),
        ("ascii = \"true\"", .value(.wrongKind(expected: .boolean))),
        ("ascii = 1", .value(.wrongKind(expected: .boolean))),
        ("host = \"\"\"x\"\"\"", .syntax(.unsupportedValue)),
        ("campus = [\"a\"", .syntax(.unterminatedArray)),
        ("campus = [1, 2]", .syntax(.arrayOfNonStrings)),
        ("hots = \"x\"", .unknownKey),
        ("host = 5", .value(.wrongKind(expected: .string))),
        ("timeout = \"5\"", .value(.wrongKind(expected: .number))),
        ("campus = \"140.127.0.0/16\"", .value(.wrongKind(expected: .strings))),
        ("timeout = 0", .value(.timeoutOutOfRange)),
        ("timeout = 601", .value(.timeoutOutOfRange)),
        ("host = \"bad host;rm\"", .value(.notAnEndpoint)),
        ("host = \"a:99999\"", .value(.notAnEndpoint)),
        ("domain = \"no spaces.edu \"", .value(.notADomain)),
        ("campus = [\"140.127.0.0/33\"]", .value(.notACIDR("140.127.0.0/33"))),
        ("campus = []", .value(.emptyList)),
        ("lang = \"fr\"", .value(.notALanguage)),
        ("color = \"sometimes\"", .value(.notAColorChoice)),
    ])
    func refusalsNameLineKeyAndReason(line: String, expected: ConfigError.Problem) {
        let error = problem("# first line\n" + line)
        #expect(error?.problem == expected, "\(line)")
        guard case let .file(path, lineNumber, key)? = error?.place else {
            Issue.record("\(line): no file place in \(String(describing: error))")
            return
        }
        #expect(path == "/etc/test.toml")
        #expect(lineNumber == 2)
        let name = String(line.prefix { $0.isLetter })
        #expect(key == name, "\(line)")
    }

    @Test func tablesDuplicatesAndBadBytesAreRefusedWithTheirLine() {
        #expect(problem("[kmswizard]\nhost = \"x\"") == ConfigError(path: "/etc/test.toml", line: 1, key: nil, problem: .table))
        #expect(problem("host = \"a\"\n\nhost = \"b\"") == ConfigError(path: "/etc/test.toml", line: 3, key: "host", problem: .duplicate(firstLine: 1)))
        let bytes: [UInt8] = Array("host = \"a\"\n".utf8) + [0x68, 0xFF, 0x3D]
        #expect(throws: ConfigError(path: "/p", line: 2, key: nil, problem: .notUTF8)) { try ConfigFile(bytes: bytes, path: "/p") }
        let huge = [UInt8](repeating: 0x23, count: ConfigFile.maximumBytes + 1)
        #expect(throws: ConfigError(path: "/p", line: 0, key: nil, problem: .tooLarge)) { try ConfigFile(bytes: huge, path: "/p") }
    }

    @Test func environmentValuesUseTheSameRules() throws {
        #expect(try ConfigKey.campus.value(fromEnvironment: "10.0.0.0/8, 192.168.0.0/16,") == .strings(["10.0.0.0/8", "192.168.0.0/16"]))
        #expect(try ConfigKey.timeout.value(fromEnvironment: " 3 ") == .number(3))
        #expect(throws: ConfigValueError.wrongKind(expected: .number)) { try ConfigKey.timeout.value(fromEnvironment: "soon") }
        #expect(try ConfigKey.ascii.value(fromEnvironment: "TRUE") == .boolean(true))
        #expect(try ConfigKey.ascii.value(fromEnvironment: "0") == .boolean(false))
        #expect(throws: ConfigValueError.wrongKind(expected: .boolean)) { try ConfigKey.ascii.value(fromEnvironment: "yes") }
        let resolver = SettingsResolver(environment: ["KMSWIZARD_TIMEOUT": "900"])
        #expect(throws: ConfigError(place: .environment(variable: "KMSWIZARD_TIMEOUT", value: "900"), problem: .value(.timeoutOutOfRange))) {
            try resolver.environmentValues()
        }
    }

    @Test func colorFollowsNoColorOnlyInAutoMode() {
        #expect(ColorChoice.auto.isEnabled(environment: [:], isTerminal: true))
        #expect(!ColorChoice.auto.isEnabled(environment: [:], isTerminal: false))
        #expect(!ColorChoice.auto.isEnabled(environment: ["NO_COLOR": "1"], isTerminal: true))
        #expect(ColorChoice.auto.isEnabled(environment: ["NO_COLOR": ""], isTerminal: true))
        #expect(!ColorChoice.auto.isEnabled(environment: ["TERM": "dumb"], isTerminal: true))
        #expect(ColorChoice.always.isEnabled(environment: ["NO_COLOR": "1"], isTerminal: false))
        #expect(!ColorChoice.never.isEnabled(environment: [:], isTerminal: true))
    }

    @Test func configPathFollowsXDGThenHome() {
        #expect(SettingsResolver(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).configPath == "/x/kmswizard/config.toml")
        #expect(SettingsResolver(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]).configPath == "/h/.config/kmswizard/config.toml")
        #expect(SettingsResolver(environment: [:]).configPath == nil)
    }
}
