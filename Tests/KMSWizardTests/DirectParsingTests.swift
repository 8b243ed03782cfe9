import ArgumentParser
import Foundation
import Testing
@testable import KMSWizard

/// The short commands read their plain command lines without ArgumentParser's parse
/// (`DirectlyParsed`, issue 15). ArgumentParser stays the one definition: these hold what each
/// such command asks for equal to its ArgumentParser arguments, the request it makes equal to
/// the one ArgumentParser's parse makes of the same line, and every line that is not plain left
/// to ArgumentParser.
@Suite struct DirectParsingTests {
    /// Values to try for each option of a directly parsed command. A new option without an entry
    /// here fails `everyOptionHasValuesToTry`, so it cannot escape the comparison.
    static let optionValues: [String: [String]] = [
        "lang": ["en", "zh-TW", "EN", "zh_TW", "tw"],
        "family": ["windows", "office", "Office", "other"],
    ]

    /// Words to try where a command takes any number of them.
    static let positionalValues = ["0xC004F074", "C004F074", "3221549172", "abc"]

    /// One argument of ArgumentParser's definition, as `--experimental-dump-help` describes it.
    struct Defined: Hashable {
        var kind: String
        var longName: String?
    }

    /// Each subcommand's arguments from ArgumentParser's own JSON description, without the
    /// `-h/--help` and `--version` flags ArgumentParser adds itself (a direct read leaves those
    /// to it, as any word it was not asked for).
    static func definitions() throws -> [String: [Defined]] {
        let message: String
        do {
            _ = try KMSWizardCommand.parseAsRoot(["--experimental-dump-help"])
            Issue.record("ArgumentParser did not answer --experimental-dump-help")
            return [:]
        } catch {
            message = KMSWizardCommand.fullMessage(for: error)
        }
        let root = try #require(try JSONSerialization.jsonObject(with: Data(message.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        let subcommands = try #require(command["subcommands"] as? [[String: Any]])
        var result: [String: [Defined]] = [:]
        for subcommand in subcommands {
            let name = try #require(subcommand["commandName"] as? String)
            let arguments = subcommand["arguments"] as? [[String: Any]] ?? []
            result[name] = arguments.compactMap { argument in
                let names = (argument["names"] as? [[String: String]] ?? [])
                let long = names.first { $0["kind"] == "long" }?["name"]
                if long == "help" || long == "version" { return nil }
                return Defined(kind: argument["kind"] as? String ?? "?", longName: long)
            }
        }
        return result
    }

    /// What a command's direct read asks for, in the words of the definition.
    static func requested(by type: any DirectlyParsed.Type) -> Set<Defined> {
        var words = DirectArguments([])
        _ = type.request(&words)
        return Set(words.asked.map { request in
            switch request.kind {
            case .flag: Defined(kind: "flag", longName: request.name)
            case .option: Defined(kind: "option", longName: request.name)
            case .positionals: Defined(kind: "positional", longName: nil)
            }
        })
    }

    /// Whether a direct read of `line` and ArgumentParser's parse of it make the same request.
    static func agree<Command: DirectlyParsed>(_ type: Command.Type, _ line: [String]) throws -> Bool {
        var words = DirectArguments(line)
        let direct = try #require(type.request(&words), "not read directly: \(line)")
        #expect(words.isComplete, "\(line)")
        let parsed = try #require(try KMSWizardCommand.parseAsRoot([type.commandName] + line) as? Command)
        return direct == parsed.request
    }

    @Test func theCommandNamesAreTheConfiguredOnes() {
        for type in DirectParsing.commands {
            #expect(type.commandName == type.configuration.commandName)
        }
    }

    @Test func eachCommandAsksForExactlyItsDefinedArguments() throws {
        let definitions = try Self.definitions()
        for type in DirectParsing.commands {
            let defined = try #require(definitions[type.commandName], "\(type.commandName) is not in the definition")
            #expect(Self.requested(by: type) == Set(defined), "\(type.commandName)")
        }
    }

    @Test func everyOptionHasValuesToTry() throws {
        for type in DirectParsing.commands {
            for request in Self.requested(by: type) where request.kind == "option" {
                #expect(Self.optionValues[request.longName ?? ""] != nil, "no values to try for --\(request.longName ?? "")")
            }
        }
    }

    /// Command lines using every argument of `type`: each alone, each option in both spellings
    /// with every value to try, all of them together, and all of them in the opposite order.
    static func lines(for type: any DirectlyParsed.Type) -> [[String]] {
        var lines: [[String]] = [[]]
        var everything: [[String]] = []
        for request in requested(by: type).sorted(by: { ($0.longName ?? "", $0.kind) < ($1.longName ?? "", $1.kind) }) {
            switch request.kind {
            case "flag":
                lines.append(["--" + request.longName!])
                everything.append(["--" + request.longName!])
            case "option":
                let name = "--" + request.longName!
                for value in optionValues[request.longName!] ?? [] {
                    lines.append([name, value])
                    lines.append([name + "=" + value])
                }
                everything.append([name, optionValues[request.longName!]?.first ?? ""])
            default:
                lines.append([positionalValues[0]])
                lines.append(positionalValues)
                everything.append([positionalValues[0]])
            }
        }
        lines.append(everything.flatMap { $0 })
        lines.append(everything.reversed().flatMap { $0 })
        return lines
    }

    @Test func aPlainLineGivesWhatArgumentParserGives() throws {
        for type in DirectParsing.commands {
            for line in Self.lines(for: type) {
                #expect(try Self.agree(type, line), "\([type.commandName] + line)")
            }
        }
    }

    /// Help, version, completion requests, `--`, short options, repeats, missing or option-like
    /// values, values the definition refuses, unknown words and other commands: ArgumentParser's.
    @Test(arguments: [
        [], ["wizard"], ["activate", "--host", "127.0.0.1"], ["help", "explain"],
        ["explain", "--help"], ["explain", "-h"], ["explain", "--version"], ["explain", "--help-hidden"],
        ["explain", "--generate-completion-script", "bash"], ["explain", "--experimental-dump-help"],
        ["explain", "--", "0xC004F074"], ["explain", "-1073418124"], ["explain", "-"],
        ["explain", "--json", "--json", "0xC004F074"], ["explain", "--lang"], ["explain", "--lang", "--json", "0xC004F074"],
        ["explain", "--lang", "xx", "0xC004F074"], ["explain", "--lang=", "0xC004F074"], ["explain", "--lang", "en", "--lang", "zh-TW", "0xC004F074"],
        ["explain", "--lst", "0xC004F074"], ["explain", "--json=yes", "0xC004F074"], ["explain", "--LIST"],
        ["products", "extra"], ["products", "--family"], ["products", "-w"], ["products", "--wide", "--wide"],
        ["products", "--family", "office", "--family", "windows"], ["products", "--family="], ["products", "--family=", "--json"],
        ["products", "--family=", "office"],
        ["status", "now"], ["status", "--print", "-"], ["statu"], ["EXPLAIN", "0xC004F074"],
    ])
    func anythingNotPlainIsLeftToArgumentParser(arguments: [String]) {
        #expect(DirectParsing.request(arguments) == nil, "\(arguments)")
    }

    @Test func wordsAreTakenOnlyOnceAndOptionValuesAreNotWords() {
        var words = DirectArguments(["--lang", "en", "0x1", "--list"])
        let lang = words.option("lang")
        let list = words.flag("list")
        let positionals = words.positionals()
        #expect(lang == "en" && list && positionals == ["0x1"])
        #expect(words.isComplete)

        var unread = DirectArguments(["--list", "--json"])
        let listed = unread.flag("list")
        #expect(listed)
        #expect(!unread.isComplete, "--json was never asked for")
    }
}
