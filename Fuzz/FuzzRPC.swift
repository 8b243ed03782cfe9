import KMSProtocol
import KMSTesting

enum FuzzRPC {
    static func frames(_ bytes: [UInt8]) {
        let stream = ScriptedByteStream(hostBytes: [bytes])
        while true {
            let frame: RPCFrame
            do {
                frame = try PDUReader.read(from: stream)
            } catch {
                _ = error.description
                return
            }
            do {
                try parse(frame)
            } catch {
                _ = error.description
            }
        }
    }

    static func client(_ bytes: [UInt8]) {
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: [bytes]))
        do {
            let output = try association.requestActivation([UInt8](repeating: 0x41, count: 260))
            _ = output.response.count
        } catch {
            _ = error.description
        }
    }

    private static func parse(_ frame: RPCFrame) throws(RPCError) {
        switch frame.header.type {
        case .bindAck, .alterContextResponse:
            let ack = try BindAckPDU(frame: frame)
            _ = ack.results.map(\.description)
        case .bindNak:
            _ = try BindNakPDU(frame: frame).reason.description
        case .fault:
            _ = RPCFaultStatus.name(of: try FaultPDU(frame: frame).status)
        case .response:
            let response = try ResponsePDU(frame: frame)
            try response.validate(callID: frame.header.callID, contextID: response.contextID)
            for syntax in TransferSyntax.allCases {
                _ = try? RequestActivationStub.decodeResponse(response.stub, syntax: syntax)
            }
        case .bind, .alterContext:
            _ = try BindPDU(frame: frame).items.count
        case .request:
            let request = try RequestPDU(frame: frame)
            for syntax in TransferSyntax.allCases {
                _ = try? RequestActivationStub.decodeRequest(request.stub, syntax: syntax)
            }
        default:
            break
        }
    }
}
