import KMSProtocol
import KMSTesting

/// The KMS level of the test host, for the RPC session (kms-rpc) to call:
///
///     let answer = try KMSHost.respond(to: requestBytes, behaviour: behaviour)
///
/// `requestBytes` is the KMS request from the RequestActivation stub; `answer` goes back as the
/// stub's response bytes with return value 0. A request the host refuses throws `KMSHostError`,
/// whose `hresult` is the return value to send with an empty response (0x8007000D for a version
/// other than 4.0/5.0/6.0, as vlmcsd does). Everything here is built from the Activation
/// library's host-side API (`KMSRequestDecoder`, `KMSResponseEncoder`), so the host and the client
/// share one implementation of every layer, and `behaviour.damage` breaks exactly one part.
enum KMSHost {
    static func respond(to request: [UInt8], behaviour: KMSHostBehaviour) throws(KMSHostError) -> [UInt8] {
        let decoded: KMSRequestDecoder.Decoded
        do { decoded = try KMSRequestDecoder.decode(request) } catch { throw .refused(error) }
        let version = decoded.version
        let damage = behaviour.damage.map { $0.effective(for: version) }

        var base = KMSResponseEncoder.echoingBase(
            for: decoded, epid: damage == .unterminatedEPID ? "03612\u{0}00206" : behaviour.epid,
            currentCount: behaviour.clientCount ?? vlmcsdCount(required: decoded.fields.requiredClientCount),
            activationIntervalMinutes: behaviour.activationIntervalMinutes,
            renewalIntervalMinutes: behaviour.renewalIntervalMinutes)
        switch damage {
        case .wrongCMID: base.clientMachineID = KMSRequestFields.zeroID
        case .wrongTimestamp: base.timestamp &+= FileTime.ticksPerSecond
        case .wrongInnerVersion: base.version = otherVersion(than: version)
        default: break
        }

        let serverIV: [UInt8]
        switch version {
        case .v4: serverIV = []
        case .v5: serverIV = damage == .wrongIV ? behaviour.random.bytes(16) : decoded.iv
        case .v6: serverIV = behaviour.reuseRequestIV ? decoded.iv : behaviour.random.bytes(16)
        }
        var parts: KMSResponsePlaintext
        do {
            parts = try KMSResponseEncoder.plaintext(base: base, for: decoded, serverIV: serverIV,
                                                     random: behaviour.random.bytes(16), hwid: behaviour.hwid)
        } catch {
            throw .crypto(error)
        }
        switch damage {
        case .badMAC: parts.mac?[15] ^= 0x80
        case .badHash: parts.trailer?.hash[0] ^= 0x01
        case .badHMAC: parts.trailer?.hmac?[0] ^= 0x01
        case .badDecryptedIV: parts.trailer?.decryptedRequestIV?[0] ^= 0x01
        case .lyingEPIDSize: parts.base.replaceSubrange(4..<8, with: [128, 0, 0, 0])
        case .oddEPIDSize: parts.base[4] |= 0x01
        default: break
        }

        var answer = KMSResponseEncoder.seal(parts, version: version, serverIV: serverIV,
                                             padding: damage == .badPadding ? [UInt8](repeating: 0x11, count: 12) : nil)
        switch damage {
        case .wrongVersion: answer.replaceSubrange(0..<4, with: [0, 0, UInt8(otherVersion(than: version).major), 0])
        case .truncated: answer.removeLast(min(16, answer.count))
        case .trailingBytes: answer.append(contentsOf: [UInt8](repeating: 0, count: 8))
        default: break
        }
        return answer
    }

    /// What vlmcsd reports without a client list: twice the required count (saturating).
    private static func vlmcsdCount(required: UInt32) -> UInt32 {
        let (doubled, overflow) = required.multipliedReportingOverflow(by: 2)
        return overflow ? .max : doubled
    }

    /// 5.0, or 6.0 when answering a v5 request.
    private static func otherVersion(than version: KMSVersion) -> KMSWireVersion {
        KMSWireVersion(major: version == .v5 ? 6 : 5, minor: 0)
    }
}

/// Why the host gives no KMS answer; `hresult` is the RPC return value to send instead.
enum KMSHostError: Error, CustomStringConvertible {
    case refused(KMSRequestError)
    case crypto(Digest.Failure)

    var hresult: UInt32 {
        switch self {
        case let .refused(error): error.hresult
        case .crypto: 0x8000_4005
        }
    }

    var description: String {
        switch self {
        case let .refused(error): error.description
        case let .crypto(failure): failure.description
        }
    }
}

extension KMSHostDamage {
    /// The damage that applies to `version`: parts a version lacks fall back to its own integrity
    /// check (v4: the MAC; v5: the salt hash), as documented on each case.
    func effective(for version: KMSVersion) -> KMSHostDamage {
        switch (self, version) {
        case (.badHash, .v4), (.badHMAC, .v4), (.badDecryptedIV, .v4), (.badPadding, .v4), (.wrongIV, .v4): .badMAC
        case (.badMAC, .v5), (.badMAC, .v6), (.badHMAC, .v5), (.badDecryptedIV, .v5): .badHash
        default: self
        }
    }
}
