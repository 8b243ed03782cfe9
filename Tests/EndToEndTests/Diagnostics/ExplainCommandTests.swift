import Testing
import Foundation
import TestSupport

/// `kmswizard explain` through the real binary: text in both languages, JSON keys, exit codes.
@Suite(.offCooperativePool) struct ExplainCommandTests {
    func explain(_ arguments: [String], environment: [String: String] = ["LANG": "C.UTF-8"]) throws -> ProcessResult {
        try Kmswizard.run(["explain"] + arguments, environment: .exactly(environment), timeout: 20)
    }

    @Test func knownCodeInTraditionalChineseByDefault() throws {
        let result = try explain(["0xC004F074"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("0xC004F074 SL_E_VL_BINDING_SERVICE_UNAVAILABLE\n連不上 KMS 伺服器（校園啟用說明列出的錯誤）"))
        #expect(result.stdout.contains("原因："))
        #expect(result.stdout.contains("其他寫法：-1073418124 / 3221549172"))
        #expect(result.stderr.isEmpty)
    }

    @Test func englishByFlagAndByLocale() throws {
        let byFlag = try explain(["C004F06C", "--lang", "en"])
        #expect(byFlag.status == 0)
        #expect(byFlag.stdout.contains("Wrong time: the KMS host rejected this computer's time (listed in the campus guide)"))
        let byLocale = try explain(["-1073418124"], environment: ["LANG": "en_US.UTF-8"])
        #expect(byLocale.status == 0, "\(byLocale)")
        #expect(byLocale.stdout.contains("What to do: Off campus, first connect FortiClient"))
    }

    @Test func jsonCarriesTheDocumentedKeys() throws {
        let result = try explain(["3221549172", "--json", "--lang", "en"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "ok", "code", "known", "name", "title", "cause", "fix", "guide"])
        #expect(object["code"] as? String == "0xC004F074")
        #expect(object["known"] as? Bool == true && object["guide"] as? Bool == true)
        #expect(object["schemaVersion"] as? Int == 2)
        #expect(object["name"] as? String == "SL_E_VL_BINDING_SERVICE_UNAVAILABLE")
    }

    @Test func unknownCodeExitsFiveWithoutGuessing() throws {
        let text = try explain(["0x80001234", "--lang", "en"])
        #expect(text.status == 5, "\(text)")
        #expect(text.stdout.contains("0x80001234 is not an error code kmswizard knows"))
        let json = try explain(["0x80001234", "--json"])
        #expect(json.status == 5)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["known"] as? Bool == false && object["ok"] as? Bool == false)
        #expect(object["name"] == nil)
    }

    @Test(arguments: [["0xZZ"], ["bogus"], [], ["0xC004F074", "0xC004F038"], ["99999999999"], ["--list", "0xC004F074"]])
    func malformedOrMissingCodeIsAUsageError(arguments: [String]) throws {
        let result = try explain(arguments + ["--lang", "en"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("code"))
    }

    @Test func malformedCodeWithJSONGivesTheErrorObject() throws {
        let result = try explain(["nope", "--json", "--lang", "en"])
        #expect(result.status == 64)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        #expect((object["error"] as? [String: Any])?["code"] as? String == "usage")
    }

    /// Every JSON shape explain prints matches schemas/explain.schema.json (python3 jsonschema,
    /// through the same validator as the other commands' schema tests).
    @Test func jsonOutputsMatchTheSchema() throws {
        let root = SourceTree.root
        for (arguments, status) in [(["0xC004F074", "--json"], Int32(0)), (["0x80001234", "--json", "--lang", "en"], 5),
                                    (["--list", "--json"], 0), (["bogus", "--json"], 64)] {
            let output = try explain(arguments)
            #expect(output.status == status, "\(arguments): \(output)")
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-explain-\(UUID().uuidString).json")
            try Data(output.stdout.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let check = try ProcessRunner.run("/bin/sh", ["-c", "exec python3 \"$0\" \"$1\" explain < \"$2\"",
                                                          root.appendingPathComponent("Tests/Install/validate-json").path,
                                                          root.appendingPathComponent("schemas").path, file.path],
                                              timeoutSeconds: 30)
            #expect(check.status == 0, "\(arguments) does not match schemas/explain.schema.json: \(check.stderr)")
        }
    }

    @Test func listShowsEveryCodeMarkingTheGuides() throws {
        let text = try explain(["--list", "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("* 0xC004F06C  Wrong time"))
        #expect(text.stdout.contains("  0xC004F039  "))
        let json = try explain(["--list", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let codes = try #require(object["codes"] as? [[String: Any]])
        #expect(codes.count == object["count"] as? Int)
        #expect(codes.filter { $0["guide"] as? Bool == true }.count == 6)
    }

    /// Each mistake gets its own sentence in the reader's language, exit 64.
    @Test(arguments: [
        (["0xC004F074", "0x1"], "一次只解釋一個代碼，這裡給了 2 個：0xC004F074 0x1。", "One code at a time; 2 were given: 0xC004F074 0x1."),
        (["99999999999"], "「99999999999」超過 32 位元，不可能是 Windows 的錯誤代碼。", "\"99999999999\" does not fit in 32 bits, so it cannot be a Windows error code."),
        (["--bogus"], "explain 沒有「--bogus」這個選項；執行 kmswizard explain --help 可看全部選項。", "explain has no option \"--bogus\"; run kmswizard explain --help to see them all."),
        (["--lsit"], "explain 沒有「--lsit」這個選項；您是指 --list 嗎？", "explain has no option \"--lsit\"; did you mean --list?"),
    ] as [([String], String, String)])
    func usageMistakesInTheReadersLanguage(arguments: [String], chinese: String, english: String) throws {
        let zh = try explain(arguments + ["--lang", "zh-TW"])
        #expect(zh.status == 64, "\(zh)")
        #expect(zh.stderr.contains(chinese), "\(zh.stderr)")
        let en = try explain(arguments + ["--lang", "en"])
        #expect(en.status == 64)
        #expect(en.stderr.contains(english), "\(en.stderr)")
        #expect(try explain(["-1073418124", "--lang", "en"]).status == 0, "a negative decimal is a code, not an option")
    }
}
