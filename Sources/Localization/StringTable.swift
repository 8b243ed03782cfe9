#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every user-facing text, in Traditional Chinese with its English beside it.
///
/// The file `Resources/strings.zh-TW.json` is grouped by area so that each part of the program
/// keeps its texts together:
///
///     { "schemaVersion": 1,
///       "activate": { "ok": { "zh-TW": "…", "en": "…" }, … },
///       "diagnose": { … } }
///
/// A text is named `area.key` (`activate.ok`); the key itself may contain dots. Texts may hold
/// `{name}` placeholders that `text(_:_:_:)` fills in.
public struct StringTable: Sendable {
    /// Why the strings file could not be used.
    public enum LoadError: Error, Sendable, CustomStringConvertible {
        case malformed(path: String, reason: String)
        case unsupportedSchema(path: String, found: Int)

        public var description: String {
            switch self {
            case let .malformed(path, reason): "\(path) is not a valid strings file: \(reason)"
            case let .unsupportedSchema(path, found):
                "\(path) has schemaVersion \(found); this kmswizard reads version \(StringTable.schemaVersion) (install the matching kmswizard)"
            }
        }
    }

    public static let schemaVersion = 1
    public static let fileName = "strings.zh-TW.json"

    /// Texts by full key (`area.key`), then by language.
    public let entries: [String: [Language: String]]

    public init(entries: [String: [Language: String]]) {
        self.entries = entries
    }

    /// Parses the strings file's bytes, keeping only `areas` (nil: all of them); decoding one
    /// area takes a fraction of the time, which matters for what every start needs (the `cli`
    /// help texts). `path` only names the file in errors.
    public init(json: Data, path: String = StringTable.fileName, areas: Set<String>? = nil) throws(LoadError) {
        let file: StringsFile
        do {
            let decoder = JSONDecoder()
            if let areas, let key = StringsFile.areasKey { decoder.userInfo[key] = areas }
            file = try decoder.decode(StringsFile.self, from: json)
        } catch let error as StringsFile.SchemaMismatch {
            throw .unsupportedSchema(path: path, found: error.found)
        } catch let DecodingError.dataCorrupted(context) {
            throw .malformed(path: path, reason: context.debugDescription)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .malformed(path: path, reason: "\(Self.describe(context.codingPath + [key])) is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .malformed(path: path, reason: "\(Self.describe(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw .malformed(path: path, reason: "\(error)")
        }
        var entries: [String: [Language: String]] = [:]
        for (area, texts) in file.areas {
            for (key, translations) in texts {
                var byLanguage: [Language: String] = [:]
                for (code, text) in translations {
                    guard let language = Language(rawValue: code) else {
                        throw .malformed(path: path, reason: "\"\(area).\(key)\" has unknown language \"\(code)\"")
                    }
                    byLanguage[language] = text
                }
                entries[area + "." + key] = byLanguage
            }
        }
        self.init(entries: entries)
    }

    private static func describe(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map(\.stringValue).joined(separator: ".")
    }

    /// The table shipped with the program (see `ResourceLocator`), its `areas` only (nil: all).
    public static func bundled(areas: Set<String>? = nil) throws -> StringTable {
        let path = try ResourceLocator.path(of: fileName)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LoadError.malformed(path: path, reason: "cannot be read (\(error))")
        }
        return try StringTable(json: data, path: path, areas: areas)
    }

    /// The text for `key` in `language`, with `{name}` placeholders filled from `arguments`.
    ///
    /// A key missing from the file comes back as the key itself in brackets, so a gap shows on
    /// screen instead of crashing; `missingKeys(in:)` lets tests catch gaps before users do.
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        guard let template = entries[key]?[language] ?? entries[key]?[.en] else { return "⟦\(key)⟧" }
        return Self.fill(template, arguments)
    }

    /// Whether `key` exists in every language.
    public func isComplete(_ key: String) -> Bool {
        guard let byLanguage = entries[key] else { return false }
        return Language.allCases.allSatisfy { !(byLanguage[$0] ?? "").isEmpty }
    }

    /// Keys that lack a text in one of the languages.
    public var incompleteKeys: [String] {
        entries.keys.filter { !isComplete($0) }.sorted()
    }

    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return result + rest[open...] }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// The strings file as stored: `schemaVersion` beside areas of `key: {language: text}`.
private struct StringsFile: Decodable {
    struct SchemaMismatch: Error { let found: Int }

    /// Where `StringTable(json:path:areas:)` puts the areas to keep (an optional only because
    /// Foundation's initialiser is failable).
    static let areasKey = CodingUserInfoKey(rawValue: "kmswizard.stringAreas")

    struct AreaKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    let areas: [String: [String: [String: String]]]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AreaKey.self)
        let version = try container.decode(Int.self, forKey: AreaKey(stringValue: "schemaVersion"))
        guard version == StringTable.schemaVersion else { throw SchemaMismatch(found: version) }
        let wanted = Self.areasKey.flatMap { decoder.userInfo[$0] as? Set<String> }
        var areas: [String: [String: [String: String]]] = [:]
        for key in container.allKeys where key.stringValue != "schemaVersion" && (wanted.map { $0.contains(key.stringValue) } ?? true) {
            areas[key.stringValue] = try container.decode([String: [String: String]].self, forKey: key)
        }
        self.areas = areas
    }
}

/// A string table bound to one language: what views and commands hold to say things.
public struct Localizer: Sendable {
    public let table: StringTable
    public let language: Language

    public init(table: StringTable, language: Language) {
        self.table = table
        self.language = language
    }

    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        table.text(key, language, arguments)
    }

    /// The same texts in the other language.
    public func switched(to language: Language) -> Localizer {
        Localizer(table: table, language: language)
    }
}
