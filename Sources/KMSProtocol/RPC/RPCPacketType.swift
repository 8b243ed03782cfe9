/// The connection-oriented DCE/MS-RPC PDU types (`ptype`, byte 2 of every header).
public enum RPCPacketType: UInt8, Sendable, CustomStringConvertible {
    case request = 0
    case ping = 1
    case response = 2
    case fault = 3
    case working = 4
    case nocall = 5
    case reject = 6
    case ack = 7
    case clCancel = 8
    case fack = 9
    case cancelAck = 10
    case bind = 11
    case bindAck = 12
    case bindNak = 13
    case alterContext = 14
    case alterContextResponse = 15
    case shutdown = 17
    case coCancel = 18
    case orphaned = 19

    public var description: String {
        switch self {
        case .request: "request"
        case .ping: "ping"
        case .response: "response"
        case .fault: "fault"
        case .working: "working"
        case .nocall: "nocall"
        case .reject: "reject"
        case .ack: "ack"
        case .clCancel: "cl_cancel"
        case .fack: "fack"
        case .cancelAck: "cancel_ack"
        case .bind: "bind"
        case .bindAck: "bind_ack"
        case .bindNak: "bind_nak"
        case .alterContext: "alter_context"
        case .alterContextResponse: "alter_context_resp"
        case .shutdown: "shutdown"
        case .coCancel: "co_cancel"
        case .orphaned: "orphaned"
        }
    }
}
