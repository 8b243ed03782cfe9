import Platform
import KMSCore
import KMSProtocol
import Renewal
import Diagnostics
import Localization

enum FuzzFiles {
    /// Half the inputs are checked as the answer to a request whose transmit time they echo, so
    /// the fuzzer reaches the offset and delay arithmetic too.
    static func ntp(_ bytes: [UInt8]) {
        do {
            let reply = try NTPPacket.parse(bytes)
            let echoed = bytes.count > 48 && bytes[48] & 1 == 1
            let request = NTPPacket.request(transmit: echoed ? reply.originTimestamp : NTPTimestamp(raw: 0x0123_4567_89AB_CDEF))
            try reply.validateAsReply(to: request)
            let t2 = reply.receiveTimestamp.unixTime
            let t3 = reply.transmitTimestamp.unixTime
            let (offset, delay) = NTPMeasurement.compute(t1: 1_700_000_000, t2: t2, t3: t3, t4: 1_700_000_000.25)
            _ = NTPTimestamp(unixTime: t3)
            _ = NTPMeasurement(offset: offset, delay: delay, stratum: reply.stratum, serverTime: t3, localTime: 0,
                               serverAddress: "127.0.0.1", referenceID: String(decoding: reply.referenceID, as: UTF8.self))
        } catch {
            _ = error.description
        }
    }

    /// The state file, read from disk the way the program reads it (one file per fuzzing process).
    static func state(_ bytes: [UInt8]) {
        guard let fd = open(statePath, O_WRONLY | O_CREAT | O_TRUNC, 0o600) else { return }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        do {
            let state = try StateStore(path: statePath).load()
            _ = state.products.keys.count
        } catch {
            _ = error.description
        }
    }

    static func strings(_ bytes: [UInt8]) {
        guard let table = try? StringTable(json: Data(bytes)) else { return }
        _ = Localizer(table: table, language: .zhTW)("activate.failure.timeout", ["host": "h", "seconds": "1"])
    }

    static func catalog(_ bytes: [UInt8]) {
        do {
            let catalog = try ProductCatalog.decode(bytes: bytes, source: "fuzz")
            _ = try? catalog.find("win10 ent")
            _ = catalog.products(in: .office).count
        } catch {
            _ = error.description
        }
    }

    private static let statePath = "/tmp/kmswizard-fuzz-state-\(getpid()).json"
}

private func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32? {
    let fd = Glibc.open(path, flags, mode)
    return fd >= 0 ? fd : nil
}
