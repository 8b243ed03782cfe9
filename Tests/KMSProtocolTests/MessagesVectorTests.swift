import KMSCore
import KMSProtocol
import Foundation
import Testing

/// Every captured exchange (vlmcs against vlmcsd and py-kms): our encoder rebuilds the captured
/// request bytes from the decoded client inputs, and our decoder accepts the captured response and
/// yields exactly the fields vlmcs printed.
@Suite("KMS messages: captured vectors")
struct MessagesVectorTests {
    static let names = KMSFixtures.capturedNames

    @Test("the fixture index lists the captured vectors")
    func indexIsComplete() {
        #expect(Self.names.count == 17)
    }

    @Test("request encoding reproduces the captured bytes", arguments: names)
    func requestEncoding(name: String) throws {
        let vector = try KMSFixtures.captured(name)
        #expect(!vector.exchanges.isEmpty)
        for exchange in vector.exchanges {
            let request = KMSRequestEncoder.encode(exchange.fields, iv: exchange.requestIV)
            #expect(Hex.string(request.bytes) == exchange.kmsRequestHex)
            if let plaintext = exchange.kmsRequest.plaintextHex {
                let prefix = Hex.string(BaseRequest.encode(exchange.fields))
                #expect(plaintext.hasPrefix(prefix) && plaintext.count == 2 * 240)
            }
            if let dq = exchange.kmsRequest.aesBlockDecryptOfIvHex {
                #expect(Hex.string(request.context.decryptedIV) == dq)
            }
        }
    }

    @Test("response decoding gives every decoded field", arguments: names)
    func responseDecoding(name: String) throws {
        let vector = try KMSFixtures.captured(name)
        for exchange in vector.exchanges {
            let request = KMSRequestEncoder.encode(exchange.fields, iv: exchange.requestIV)
            let response = try KMSResponseDecoder.decode(exchange.kmsResponseHex.hexBytes, for: request.context)
            let summary = try #require(exchange.decodedResponseSummary)
            #expect(response.version.description == summary.version)
            #expect(response.epid == summary.epid)
            #expect(response.currentCount == summary.currentClientCount)
            #expect(response.activationIntervalMinutes == summary.activationIntervalMinutes)
            #expect(response.renewalIntervalMinutes == summary.renewalIntervalMinutes)
            #expect(response.clientMachineID == messagesUUID(summary.cmid))
            #expect(Self.utc(response.timestampDate) == summary.responseTimestampUtc)
            #expect(response.hwid.map(Hex.string) == summary.hwidHex)
            #expect(response.hwidHex == summary.hwidHex?.uppercased())
            #expect(response.epidInfo.isComplete)
            // v5 must reuse the request IV; the v6 hosts in the captures all chose a fresh one.
            #expect(response.serverIVEqualsRequestIV == (response.version == .v5))
        }
    }

    @Test("the v5/v6 intermediate values match the independent verification", arguments: names)
    func intermediateValues(name: String) throws {
        let vector = try KMSFixtures.captured(name)
        for exchange in vector.exchanges {
            guard let details = exchange.kmsResponse, let ivHex = details.ivHex,
                  let cipher = exchange.fields.version.messageCipher else { continue }
            let responseBytes = exchange.kmsResponseHex.hexBytes
            let opened = try EncryptedEnvelope.open(responseBytes, cipher: cipher)
            #expect(Hex.string(opened.iv) == ivHex)
            #expect(details.plaintextHex.map { $0.hasPrefix(Hex.string(opened.plaintext)) } == true)
            if let dr = details.aesBlockDecryptOfResponseIvHex {
                #expect(Hex.string(KMSCiphers.v6.decrypt(block: opened.iv)) == dr)
            }
            if let key = details.hmacKeyHex {
                let request = KMSRequestEncoder.encode(exchange.fields, iv: exchange.requestIV)
                let slot = V6HMAC.slot(fileTime: request.context.timestamp)
                #expect(Hex.string(try V6HMAC.key(slot: slot)) == key)
            }
        }
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { let text = String(value ?? 0); return text.count < 2 ? "0" + text : text }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }
}
