import Platform
import KMSCore
import KMSTesting

extension LoopbackListener {
    /// The next client, or nil when the responder's deadline passes first.
    func accept(before deadline: Deadline) -> ResponderStream? {
        accept(within: deadline.remainingMilliseconds).map { descriptor in
            // Every PDU goes out in one send; without this, Nagle would hold a send back while the
            // client's delayed ACK for the previous one is pending (40 ms on Linux).
            var noDelay: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
            return ResponderStream(descriptor: descriptor, deadline: deadline)
        }
    }
}


/// One accepted client as a `ByteStream`, so the responder reads PDUs with the client's own bounded reader.
final class ResponderStream: ByteStream {
    let descriptor: Int32
    let deadline: Deadline

    init(descriptor: Int32, deadline: Deadline) {
        self.descriptor = descriptor
        self.deadline = deadline
    }

    deinit { close(descriptor) }

    /// Sends everything or fails; a client that stops reading cannot block the responder past its deadline.
    func send(_ bytes: [UInt8]) throws(TransportError) {
        var offset = 0
        while offset < bytes.count {
            var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            guard poll(&ready, 1, deadline.remainingMilliseconds) == 1 else {
                throw .timeout(.sending, seconds: 0, overall: true, receivedBytes: 0)
            }
            let sent = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            }
            if sent > 0 {
                offset += sent
            } else if errno != EAGAIN && errno != EINTR {
                throw .reset
            }
        }
    }

    func receive(exactly count: Int) throws(TransportError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var received = 0
        while received < count {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, deadline.remainingMilliseconds) == 1 else {
                throw .timeout(.receiving, seconds: 0, overall: true, receivedBytes: received)
            }
            let got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress! + received, count - received, 0) }
            guard got > 0 else { throw .closed(expected: count, received: received) }
            received += got
        }
        return buffer
    }

    /// An abortive close: SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
    }

    /// Waits until the client closes its side (or the deadline), for hosts that go silent.
    func waitForClose() {
        var scratch = [UInt8](repeating: 0, count: 512)
        while !deadline.hasPassed {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, deadline.remainingMilliseconds) == 1 else { return }
            guard recv(descriptor, &scratch, scratch.count, 0) > 0 else { return }
        }
    }
}
