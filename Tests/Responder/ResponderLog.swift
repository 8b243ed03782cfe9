import Platform
import KMSProtocol

/// `--log FILE`: one line per KMS request the responder decoded, so tests can check what the
/// client sent (its CMID above all) without a capture.
struct ResponderLog {
    let path: String?

    func request(_ bytes: [UInt8], syntax: TransferSyntax, contextID: UInt16) {
        guard let fields = try? KMSRequestDecoder.decode(bytes).fields else {
            write("request undecodable syntax=\(syntax.rawValue) context=\(contextID) length=\(bytes.count)")
            return
        }
        write("request version=\(fields.version.rawValue) syntax=\(syntax.rawValue) context=\(contextID) "
            + "cmid=\(fields.clientMachineID.uuidString.lowercased()) sku=\(fields.skuID.uuidString.lowercased()) "
            + "required=\(fields.requiredClientCount) workstation=\(fields.workstationName)")
    }

    func note(_ text: String) { write(text) }

    private func write(_ line: String) {
        guard let path, let file = fopen(path, "a") else { return }
        fputs(line + "\n", file)
        fclose(file)
    }
}
