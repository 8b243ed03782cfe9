import Platform

/// The code page of every generated `.cmd` file: 950 (Big5 as Windows has it), written as bytes
/// in that code page and switched on with `chcp 950`.
///
/// Why not UTF-8 with `chcp 65001`: cmd.exe before Windows 10 misreads batch files under code
/// page 65001 (Vista / Server 2008 stop running the rest of the file, XP as well), and the
/// console raster font of Windows 7 has no Chinese glyphs in 65001 anyway. Code page 950 is the
/// OEM code page of Traditional Chinese Windows, the school's PCs, from Windows 7 to 11, so
/// `chcp 950` changes nothing there and the console's own font shows the text; and because an
/// Office 2016 script may just as well run on a Windows 7 PC, the product list cannot tell
/// which Windows will run the file, so every script uses the same code page.
public enum BatchCodePage {
    public static let number = 950
    /// glibc iconv's name for Windows' code page 950.
    static let iconvName = "CP950"

    /// The text in code page 950, or which character it cannot hold (never a crash, never a `?`).
    public static func encode(_ text: String) throws(WindowsScriptError) -> [UInt8] {
        let converter = iconv_open(iconvName, "UTF-8")
        guard let converter, converter != iconv_t(bitPattern: -1) else {
            throw .codePageUnavailable(iconvName)
        }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        // Big5 never needs more bytes than UTF-8 for the same character (1 for ASCII, 2 otherwise).
        var output = [UInt8](repeating: 0, count: input.count + 4)
        let inputCount = input.count
        var inputLeft = input.count
        var outputLeft = output.count
        let result = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                return iconv(converter, &inPointer, &inputLeft, &outPointer, &outputLeft)
            }
        }
        guard result != -1, inputLeft == 0 else {
            let offset = inputCount - inputLeft
            throw .notInCodePage(character: firstCharacter(of: input, from: offset), codePage: number)
        }
        return Array(output[..<(output.count - outputLeft)])
    }

    /// The character that starts at `offset` in the UTF-8 bytes, for the error message.
    private static func firstCharacter(of utf8: [UInt8], from offset: Int) -> String {
        guard offset < utf8.count else { return "" }
        return String(decoding: utf8[offset...], as: UTF8.self).first.map(String.init) ?? ""
    }
}
