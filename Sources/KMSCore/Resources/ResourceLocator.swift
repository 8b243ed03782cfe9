import Platform

/// Finds the data files kmswizard ships (the product catalog; the texts are compiled in, see
/// `StringTable.bundled`) wherever the binary runs from.
///
/// The files stay data, editable without a rebuild, so they are looked up at run time in this
/// order: `$KMSWIZARD_RESOURCES`, `<binary>/../share/kmswizard` (what `make install` and the
/// .deb lay out), and the source tree's `Resources/` (development builds and tests).
public enum ResourceLocator {
    /// A resource file that none of the places holds.
    public struct NotFound: Error, Sendable, CustomStringConvertible {
        public let name: String
        public let searched: [String]
        public var description: String {
            "resource file \(name) not found; looked in: \(searched.joined(separator: ", ")) (set KMSWIZARD_RESOURCES to the folder that holds it)"
        }
    }

    /// The folders searched, in order.
    public static func searchDirectories(environment: Variables = currentEnvironment()) -> [String] {
        var directories: [String] = []
        if let configured = environment["KMSWIZARD_RESOURCES"], !configured.isEmpty {
            directories.append(configured)
        }
        if let executable = executablePath() {
            let binDirectory = executable.deletingLastComponent
            directories.append(binDirectory + "/../share/kmswizard")
        }
        directories.append(sourceTreeResources)
        return directories
    }

    /// The path of the named resource file, or `NotFound` listing where it looked.
    public static func path(of name: String, environment: Variables = currentEnvironment()) throws(NotFound) -> String {
        let directories = searchDirectories(environment: environment)
        for directory in directories {
            let candidate = directory + "/" + name
            if access(candidate, R_OK) == 0 { return candidate }
        }
        throw NotFound(name: name, searched: directories)
    }

    /// The process environment, read straight from `environ` (what ProcessInfo also does,
    /// without starting Foundation's process info): the first `=` ends each name, and of a name
    /// set twice the first wins, as getenv(3) finds it (`Variables` keeps the first).
    public static func currentEnvironment() -> Variables {
        var pairs: [(name: String, value: String)] = []
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                pairs.append((name: String(text[..<equals]), value: String(text[text.index(after: equals)...])))
            }
            entry += 1
        }
        return Variables(pairs)
    }

    /// `Resources/` of the checkout this file was compiled from.
    static let sourceTreeResources: String = {
        var path = #filePath
        for _ in 0..<4 { path = path.deletingLastComponent }   // Sources/KMSCore/Resources/ResourceLocator.swift
        return path + "/Resources"
    }()

    /// The running binary's path from `/proc/self/exe` (Linux, as `Platform` admits).
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension String {
    /// Path arithmetic on plain strings, so that no URL normalisation surprises a `..` in the path.
    var deletingLastComponent: String {
        guard let slash = lastIndex(of: "/") else { return "." }
        return slash == startIndex ? "/" : String(self[..<slash])
    }
}
