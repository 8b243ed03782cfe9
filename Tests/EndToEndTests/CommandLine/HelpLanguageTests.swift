import KMSCore
import Foundation
import Localization
import Testing
import TestSupport
import Wizard
@testable import KMSWizard

/// `--help` in both languages, run as a real process: the language comes from `--lang`, else
/// KMSWIZARD_LANG, config.toml or the locale, and the texts are the string table's (area `cli`).
@Suite(.offCooperativePool) struct HelpLanguageTests {
    static let table: StringTable = {
        let file = JSONSchemaTests.packageRoot.appendingPathComponent("Resources/strings.zh-TW.json")
        return (try? StringTable(json: Data(contentsOf: file))) ?? StringTable(entries: [:])
    }()

    static let subcommands = ["wizard", "activate", "products", "diagnose", "explain", "status", "renew", "remind", "script", "config"]

    /// ArgumentParser wraps help at the terminal width, so texts are compared with runs of
    /// white space made one space.
    private static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The help as one line: a screen wide enough that no text is wrapped (the wrapping has its own test).
    private func help(_ arguments: [String], _ environment: [String: String] = [:]) throws -> String {
        let wide = ["COLUMNS": "1000"].merging(environment) { $1 }
        let result = try KMSWizardProcess.run(arguments, environment: KMSWizardProcess.cleanEnvironment(wide))
        #expect(result.status == 0, "kmswizard \(arguments): \(result)")
        #expect(!result.stdout.contains("⟦"), "a help text is missing from the string table: \(result.stdout)")
        return Self.flattened(result.stdout)
    }

    /// Expects the help to hold each `cli.help.<key>` text in `language` (and not in the other one).
    private func expect(_ help: String, _ keys: [String], _ language: Language,
                        _ arguments: Variables = [:], sourceLocation: SourceLocation = #_sourceLocation) {
        for key in keys {
            let text = Self.flattened(Self.table.text("cli.help." + key, language, arguments))
            let other = Self.flattened(Self.table.text("cli.help." + key, language.other, arguments))
            #expect(help.contains(text), "\(key) (\(language.rawValue)) missing from: \(help)", sourceLocation: sourceLocation)
            #expect(!help.contains(other), "\(key) also in \(language.other.rawValue)", sourceLocation: sourceLocation)
        }
    }

    @Test func rootHelpInEnglishWithLangFlag() throws {
        let help = try help(["--help", "--lang", "en"], ["LANG": "zh_TW.UTF-8"])
        expect(help, ["root.abstract", "root.discussion", "wizard.abstract", "activate.abstract", "config.abstract"], .en)
        #expect(help.contains("SUBCOMMANDS:"), "the root's help, not the default subcommand's: \(help)")
    }

    /// ArgumentParser's own sentences (the help of --version and --help, the pointer to
    /// `kmswizard help`) follow the help's language too; English keeps the library's words.
    @Test func theLibrarysOwnSentencesFollowTheLanguage() throws {
        let chinese = try help(["--help"], ["LANG": "zh_TW.UTF-8"])
        expect(chinese, ["library.version", "library.help"], .zhTW)
        expect(chinese, ["library.seeSubcommand"], .zhTW, ["command": "kmswizard help"])
        expect(try help(["explain", "--help"], ["LANG": "zh_TW.UTF-8"]), ["library.version", "library.help"], .zhTW)
        expect(try help(["help", "status"], ["LANG": "zh_TW.UTF-8"]), ["library.help"], .zhTW)
        expect(try help(["--lang", "zh-TW", "help", "status"], ["LANG": "en_US.UTF-8"]), ["library.help"], .zhTW)
        let english = try help(["--help", "--lang", "en"])
        expect(english, ["library.version", "library.help"], .en)
        expect(english, ["library.seeSubcommand"], .en, ["command": "kmswizard help"])
    }

    @Test func activateHelpInChineseFromLANG() throws {
        let help = try help(["activate", "--help"], ["LANG": "zh_TW.UTF-8"])
        expect(help, ["activate.abstract", "activate.discussion", "activate.protocol", "activate.count", "option.json", "option.lang"], .zhTW)
        expect(help, ["activate.product"], .zhTW, ["default": "win10-enterprise"])
        expect(help, ["option.host"], .zhTW, ["default": "140.127.40.17:1688"])
        #expect(help.contains("kmswizard activate --product office2016-proplus --json"))
    }

    @Test func diagnoseHelpFlagBeatsAnEnglishLocale() throws {
        let help = try help(["diagnose", "--help", "--lang", "zh-TW"], ["LANG": "en_US.UTF-8", "KMSWIZARD_LANG": "en"])
        expect(help, ["diagnose.abstract", "diagnose.discussion", "option.campus"], .zhTW, ["default": "140.127.0.0/16"])
        expect(help, ["option.timeout"], .zhTW, ["default": "5"])
    }

    @Test func configFileAndEnvironmentChooseTheLanguage() throws {
        let home = try TemporaryFolder()
        try home.writeConfig("lang = \"en\"\n")
        expect(try help(["renew", "--help"], ["XDG_CONFIG_HOME": home.path, "LANG": "zh_TW.UTF-8"]), ["renew.abstract", "renew.quiet"], .en)
        expect(try help(["renew", "--help"], ["XDG_CONFIG_HOME": home.path, "KMSWIZARD_LANG": "zh-TW"]), ["renew.abstract", "renew.all"], .zhTW)
        expect(try help(["help", "status", "--lang", "en"]), ["status.abstract", "status.print"], .en)
        expect(try help(["status", "--help"]), ["status.discussion"], .zhTW, ["days": "180", "warning": "30"])
    }

    /// Every subcommand's help, in both languages, has its discussion with at least one example.
    @Test(arguments: subcommands) func everySubcommandHasAnExampleInBothLanguages(_ name: String) throws {
        for language in Language.allCases {
            let key = "cli.help.\(name).discussion"
            #expect(Self.table.text(key, language, ["days": "180", "warning": "30"]).contains("kmswizard"), "\(key) has no example")
            let help = try help([name, "--help", "--lang", language.rawValue])
            expect(help, ["\(name).abstract", "\(name).discussion"], language, ["days": "180", "warning": "30"])
        }
    }

    @Test func languagePrecedenceBeforeParsing() throws {
        let home = try TemporaryFolder()
        try home.writeConfig("lang = \"en\"\n")
        let file: Variables = ["XDG_CONFIG_HOME": home.path]
        #expect(HelpText.language(arguments: ["kmswizard", "--help"], environment: [:]) == .zhTW)
        #expect(HelpText.language(arguments: ["kmswizard", "--help"], environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "zh_TW.UTF-8"]) == .en)
        #expect(HelpText.language(arguments: ["kmswizard", "--help"], environment: file.adding("LANG", "zh_TW.UTF-8")) == .en)
        #expect(HelpText.language(arguments: ["kmswizard", "--help"], environment: file.adding("KMSWIZARD_LANG", "zh-TW")) == .zhTW)
        #expect(HelpText.language(arguments: ["kmswizard", "x", "--lang=zh-TW", "--help"], environment: file) == .zhTW)
        #expect(HelpText.language(arguments: ["kmswizard", "--lang", "en", "--lang", "bogus"], environment: [:]) == .en)
        #expect(HelpText.language(arguments: ["kmswizard", "explain", "--", "--lang", "en"], environment: [:]) == .zhTW)
    }

    @Test func aBrokenConfigFileStillGivesHelp() throws {
        let home = try TemporaryFolder()
        try home.writeConfig("lang = \"en\"\ntimeout = \"soon\"\n")
        let environment = ["XDG_CONFIG_HOME": home.path, "KMSWIZARD_LANG": "en"]
        #expect(HelpText.language(arguments: ["kmswizard"], environment: Variables(environment)) == .en)
        expect(try help(["explain", "--help"], environment), ["explain.abstract", "explain.list"], .en)
    }

    /// Chinese help fits an 80-column terminal counted in cells (ArgumentParser counts characters);
    /// only the usage line is left long, as ArgumentParser leaves it in English too.
    @Test(arguments: [""] + subcommands) func chineseHelpFitsEightyCells(_ name: String) throws {
        let arguments = (name.isEmpty ? [] : [name]) + ["--help"]
        let result = try KMSWizardProcess.run(arguments, environment: KMSWizardProcess.cleanEnvironment(["COLUMNS": "80"]))
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("USAGE:") }
        #expect(lines.contains { $0.contains { CellWidth.of($0) == 2 } }, "not the Chinese help: \(result.stdout)")
        for line in lines {
            #expect(CellWidth.of(line) <= 80, "\(CellWidth.of(line)) cells: \(line)")
        }
    }

    /// Option checks fail before any command loads its texts; their messages follow the same language.
    @Test func usageErrorsSpeakTheHelpLanguage() throws {
        let environment = KMSWizardProcess.cleanEnvironment(["LANG": "zh_TW.UTF-8"])
        let chinese = try KMSWizardProcess.run(["activate", "--protocol", "7"], environment: environment)
        #expect(chinese.status == 64)
        #expect(chinese.stderr.contains(Self.table.text("cli.usage.protocol", .zhTW, ["value": "7"])), "\(chinese.stderr)")
        let english = try KMSWizardProcess.run(["diagnose", "--ntp", "a:99999", "--lang", "en"], environment: environment)
        #expect(english.status == 64)
        #expect(english.stderr.contains(Self.table.text("cli.usage.endpoint.badPort", .en, ["flag": "--ntp", "port": "99999"])), "\(english.stderr)")
        let json = try KMSWizardProcess.run(["script", "--json", "--lang", "en"], environment: environment)
        #expect(json.status == 64)
        #expect(json.stdout.contains("\"code\" : \"usage\"") && json.stdout.contains(Self.table.text("cli.usage.noProduct", .en)), "\(json.stdout)")
    }

    @Test func langIsTakenOutForRootRequestsAndMovedBehindASubcommand() {
        func parsed(_ arguments: [String]) -> [String] {
            LanguageArguments.forParsing(arguments, subcommands: ["activate", "diagnose", "explain"])
        }
        #expect(parsed(["--help", "--lang", "en"]) == ["--help"])
        #expect(parsed(["--lang=en", "-h"]) == ["-h"])
        #expect(parsed(["help", "activate", "--lang", "en"]) == ["help", "activate"])
        #expect(parsed(["activate", "--help", "--lang", "en"]) == ["activate", "--help", "--lang", "en"])
        #expect(parsed(["--lang", "en"]) == ["--lang", "en"])
        #expect(parsed(["--lang", "en", "diagnose", "--json"]) == ["diagnose", "--lang", "en", "--json"])
        #expect(parsed(["--lang=zh-TW", "explain", "--", "--lang"]) == ["explain", "--lang=zh-TW", "--", "--lang"])
        #expect(parsed(["--lang", "en", "--plain"]) == ["--lang", "en", "--plain"])
        #expect(parsed(["explain", "--", "--lang"]) == ["explain", "--", "--lang"])
        #expect(LanguageArguments.asksForHelp(["activate", "-h"]) && LanguageArguments.asksForHelp(["help", "renew"]))
        #expect(LanguageArguments.asksForHelp(["--lang", "en", "help", "renew"]) && LanguageArguments.asksForHelp(["--lang=zh-TW", "help"]))
        #expect(!LanguageArguments.asksForHelp(["--lang", "help"]) && !LanguageArguments.asksForHelp(["explain", "help"]))
        #expect(!LanguageArguments.asksForHelp(["explain", "--", "--help"]) && !LanguageArguments.asksForHelp(["--generate-completion-script", "zsh"]))
    }

    @Test func langBeforeTheSubcommandApplies() throws {
        let result = try KMSWizardProcess.run(["--lang", "en", "explain", "0xC004F074"], environment: KMSWizardProcess.cleanEnvironment())
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("SL_E_VL_BINDING_SERVICE_UNAVAILABLE") && !result.stdout.contains { CellWidth.of($0) == 2 }, "\(result.stdout)")
    }
}
