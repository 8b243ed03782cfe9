import KMSCore
import Foundation
import Localization
import Testing
import TestSupport
@testable import KMSWizard

/// Command lines kmswizard cannot take, run as a real process in both languages: the message is
/// the string table's in the reader's language (no ArgumentParser English), names the command or
/// option probably meant, exits 64, and stays a JSON error object under `--json`.
@Suite(.offCooperativePool) struct UsageErrorTests {
    private static let table = HelpLanguageTests.table

    private func run(_ arguments: [String], _ language: Language) throws -> ProcessResult {
        let result = try KMSWizardProcess.run(arguments + ["--lang", language.rawValue], environment: KMSWizardProcess.cleanEnvironment())
        #expect(result.status == 64, "kmswizard \(arguments): \(result)")
        let english = ["Error:", "Unknown option", "Unexpected argument", "Missing value", "Did you mean '"] + (language == .zhTW ? ["Usage:"] : [])
        for english in english {
            #expect(!result.stderr.contains(english), "ArgumentParser's own text in \(language.rawValue): \(result.stderr)")
        }
        return result
    }

    private func text(_ key: String, _ language: Language, _ arguments: Variables) -> String {
        Self.table.text("cli.usage." + key, language, arguments)
    }

    @Test("a mistyped command is named with the command meant", arguments: Language.allCases)
    func mistypedCommand(language: Language) throws {
        let result = try run(["diagnos"], language)
        #expect(result.stderr.contains(text("unknownCommand.suggest", language, ["word": "diagnos", "suggestion": "diagnose"])), "\(result.stderr)")
        #expect(result.stderr.contains(text("seeHelp", language, ["command": "kmswizard"])))
    }

    @Test("a word that is no command and near none lists the commands", arguments: Language.allCases)
    func unknownCommand(language: Language) throws {
        let result = try run(["frobnicate"], language)
        #expect(result.stderr.contains(text("unknownCommand", language, ["word": "frobnicate"])), "\(result.stderr)")
        #expect(result.stderr.contains("activate") && result.stderr.contains("remind"), "the commands are listed: \(result.stderr)")
    }

    @Test("an unknown option, with the option meant when one is near", arguments: Language.allCases)
    func unknownOption(language: Language) throws {
        let bogus = try run(["--bogus"], language)
        #expect(bogus.stderr.contains(text("unknownOption", language, ["command": "kmswizard", "option": "--bogus"])), "\(bogus.stderr)")
        let near = try run(["diagnose", "--hots", "127.0.0.1"], language)
        #expect(near.stderr.contains(text("unknownOption.suggest", language,
                                          ["command": "kmswizard diagnose", "option": "--hots", "suggestion": "--host"])), "\(near.stderr)")
        #expect(near.stderr.contains(text("seeHelp", language, ["command": "kmswizard diagnose"])))
        #expect(near.stderr.contains(text("synopsis", language, ["usage": "kmswizard diagnose [--host <host[:port]>]"])), "the synopsis: \(near.stderr)")
    }

    @Test("a missing value, a value that is no number, an extra word", arguments: Language.allCases)
    func otherParseErrors(language: Language) throws {
        #expect(try run(["diagnose", "--host"], language).stderr.contains(text("missingValue", language, ["option": "--host"])))
        #expect(try run(["activate", "--count", "abc"], language).stderr.contains(text("badValue", language, ["option": "--count", "value": "abc"])))
        #expect(try run(["status", "extra"], language).stderr.contains(text("extraArgument", language, ["command": "kmswizard status", "word": "extra"])))
        #expect(try run(["diagnose", "--lang", "xx"], language).stderr.contains(text("lang", language, ["value": "xx"])))
    }

    @Test("--json keeps the error object on stdout, in the reader's language", arguments: Language.allCases)
    func jsonEnvelope(language: Language) throws {
        let result = try run(["diagnose", "--json", "--bogus"], language)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["code"] as? String == "usage")
        #expect(error["message"] as? String == text("unknownOption", language, ["command": "kmswizard diagnose", "option": "--bogus"]))
        #expect((error["hint"] as? String)?.hasSuffix(text("seeHelp", language, ["command": "kmswizard diagnose"])) == true)
    }

    @Test("a mistyped command with --json is about the command, as a JSON error object", arguments: Language.allCases)
    func mistypedCommandWithJSON(language: Language) throws {
        let result = try run(["statsu", "--json"], language)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["message"] as? String == text("unknownCommand.suggest", language, ["word": "statsu", "suggestion": "status"]))
    }

    @Test func closestWordTakesSlipsNotGuesses() {
        #expect(ClosestWord.to("diagnos", among: ["activate", "diagnose", "status"]) == "diagnose")
        #expect(ClosestWord.to("statsu", among: ["activate", "diagnose", "status"]) == "status")
        #expect(ClosestWord.to("--hots", among: ["--host", "--ntp", "--help"]) == "--host")
        #expect(ClosestWord.to("prod", among: ["products", "activate"]) == "products")
        #expect(ClosestWord.to("-x", among: ["-h", "--help"]) == nil)
        #expect(ClosestWord.to("frobnicate", among: ["activate", "diagnose", "status"]) == nil)
    }
}
