import Platform
import KMSProtocol

/// One client connection: answers the bind in the chosen RPC style, then RequestActivation calls
/// until the client closes, misbehaving as `--behaviour` says.
struct ResponderSession {
    let stream: ResponderStream
    let options: ResponderOptions
    let log: ResponderLog

    func run() {
        do {
            try serve()
        } catch {
            log.note("connection ended: \(error)")
        }
    }

    private func serve() throws {
        if options.behaviour == .closeAtOnce { return }
        var syntaxes: [UInt16: TransferSyntax] = [:]
        while true {
            let frame = try PDUReader.read(from: stream)
            switch frame.header.type {
            case .bind, .alterContext:
                let bind = try BindPDU(frame: frame)
                if try answerBind(bind, syntaxes: &syntaxes) == false { return }
            case .request:
                let request = try RequestPDU(frame: frame)
                if try answerRequest(request, syntaxes: syntaxes) == false { return }
            default:
                return
            }
        }
    }

    /// Returns false when the behaviour ends the connection here.
    private func answerBind(_ bind: BindPDU, syntaxes: inout [UInt16: TransferSyntax]) throws -> Bool {
        switch options.behaviour {
        case .garbage:
            try stream.send(Array("HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n".utf8))
            return false
        case .bindNak:
            try stream.send(BindNakPDU(callID: bind.callID, reason: BindNakReason(code: options.nakReason)).encode())
            return false
        case .reset:
            stream.reset()
            return false
        case .fragmentLength0, .fragmentLength15:
            var bytes = ack(for: bind, syntaxes: &syntaxes).encode()
            bytes[8] = options.behaviour == .fragmentLength0 ? 0 : 15
            bytes[9] = 0
            try stream.send(bytes)
            return false
        default:
            try stream.send(ack(for: bind, syntaxes: &syntaxes).encode())
        }
        switch options.behaviour {
        case .closeAfterBind:
            return false
        case .silentAfterBind:
            log.note("silent after bind")
            stream.waitForClose()
            return false
        case .endless:
            sendEndlessly(announcing: RPCLimits.fragmentSize)
            return false
        case .fragmentLengthMax:
            sendEndlessly(announcing: .max)
            return false
        default:
            return true
        }
    }

    private func ack(for bind: BindPDU, syntaxes: inout [UInt16: TransferSyntax]) -> BindAckPDU {
        let offersNDR64 = bind.items.contains { $0.transferSyntax == .ndr64 }
        let results = bind.items.map { item -> ContextResult in
            if item.transferSyntax.isBindTimeFeatureNegotiation { return .featuresAcknowledged(3) }
            let accept: Bool = switch (TransferSyntax(identifier: item.transferSyntax), options.style) {
            case (.ndr32?, .vlmcsd): !offersNDR64
            case (.ndr32?, .pykms): true
            case (.ndr64?, .vlmcsd): true
            default: false
            }
            guard accept, let syntax = TransferSyntax(identifier: item.transferSyntax) else { return .syntaxRejected }
            syntaxes[item.id] = syntax
            return .accepted(item.transferSyntax)
        }
        return BindAckPDU(isAlterContextResponse: bind.isAlterContext, callID: bind.callID, associationGroup: 0x1063_bf3f,
                          secondaryAddress: bind.isAlterContext ? "" : String(options.port), results: results)
    }

    private func answerRequest(_ request: RequestPDU, syntaxes: [UInt16: TransferSyntax]) throws -> Bool {
        guard let syntax = syntaxes[request.contextID] else {
            try stream.send(FaultPDU(callID: request.callID, contextID: request.contextID, status: 0x1C00_001C).encode())
            return false
        }
        if options.behaviour == .rpcFault {
            try stream.send(FaultPDU(callID: request.callID, contextID: request.contextID, status: options.faultStatus).encode())
            return false
        }
        let kms = try RequestActivationStub.decodeRequest(request.stub, syntax: syntax)
        log.request(kms, syntax: syntax, contextID: request.contextID)
        let output = kmsAnswer(kms)
        var stub = RequestActivationStub.encodeResponse(output, syntax: syntax)
        if options.behaviour == .kmsSize4G {
            let huge: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF]
            stub.replaceSubrange(0..<4, with: huge)
            stub.replaceSubrange((syntax == .ndr32 ? 8 : 16)..<(syntax == .ndr32 ? 12 : 20), with: huge)
        }
        let callID = options.behaviour == .wrongCallID ? request.callID &+ 5 : request.callID
        let response = ResponsePDU(callID: callID, contextID: request.contextID, stub: stub,
                                   allocationHint: options.behaviour == .allocHint4G ? 0xFFFF_FFFF : nil).encode()
        if options.behaviour == .slowloris {
            for byte in response where !stream.deadline.hasPassed {
                guard (try? stream.send([byte])) != nil else { return false }
                sleep(1)
            }
            return false
        }
        switch options.behaviour {
        case .duplicateFragment:
            let (first, last) = Self.fragments(of: response)
            try stream.send(first + first + last)
            return false
        case .outOfOrderFragments:
            let (first, last) = Self.fragments(of: response)
            try stream.send(last + first)
            return false
        default:
            try stream.send(response)
            return true
        }
    }

    /// A whole response PDU cut into a first and a last fragment, each with its own header and
    /// the original alloc_hint, context id and call id.
    private static func fragments(of pdu: [UInt8]) -> (first: [UInt8], last: [UInt8]) {
        let head = 24  // common header plus alloc_hint, context id, cancel count, reserved
        let stub = pdu[head...]
        let middle = stub.startIndex + stub.count / 2
        func fragment(_ part: ArraySlice<UInt8>, flags: PDUFlags) -> [UInt8] {
            var bytes = Array(pdu[..<head]) + part
            bytes[3] = flags.rawValue
            bytes[8] = UInt8(bytes.count & 0xFF)
            bytes[9] = UInt8(bytes.count >> 8)
            return bytes
        }
        return (fragment(stub[..<middle], flags: .firstFragment), fragment(stub[middle...], flags: .lastFragment))
    }

    /// KMSHost's answer, or the error HRESULT with no payload.
    private func kmsAnswer(_ request: [UInt8]) -> RequestActivationStub.Output {
        if options.behaviour == .kmsError {
            return RequestActivationStub.Output(response: [], returnValue: options.hresult)
        }
        do {
            return RequestActivationStub.Output(response: try KMSHost.respond(to: request, behaviour: options.host), returnValue: 0)
        } catch {
            log.note("request refused: \(error)")
            return RequestActivationStub.Output(response: [], returnValue: error.hresult)
        }
    }

    /// A header announcing a response of `length` bytes, then zeros for as long as the client
    /// reads; the log says how much went out, so a test can compare it with the client's cap.
    private func sendEndlessly(announcing length: UInt16) {
        var header = ResponsePDU(callID: 2, contextID: 0, stub: []).encode()
        header[8] = UInt8(length & 0xFF)
        header[9] = UInt8(length >> 8)
        guard (try? stream.send(header)) != nil else { return }
        let chunk = [UInt8](repeating: 0, count: 4096)
        var sent = header.count
        while !stream.deadline.hasPassed, (try? stream.send(chunk)) != nil { sent += chunk.count }
        log.note("streamed \(sent) bytes")
    }
}
