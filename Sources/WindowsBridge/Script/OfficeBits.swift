/// Where the script looks for Office's `ospp.vbs`: 64-bit Office lives under the 64-bit Program
/// Files, 32-bit Office under `Program Files (x86)` on 64-bit Windows (plain Program Files on
/// 32-bit Windows). `probe` lets the script look in both at run time.
public enum OfficeBits: String, Sendable, CaseIterable {
    case x64 = "64"
    case x86 = "32"
    case probe = "auto"
}
