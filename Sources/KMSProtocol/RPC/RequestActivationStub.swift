/// Marshals the one KMS operation,
/// `int RequestActivation([in] int requestSize, [in, size_is(requestSize)] byte *request,
///                        [out] int *responseSize, [out, size_is(, *responseSize)] byte **response)`,
/// in NDR32 or NDR64.
public enum RequestActivationStub {
    /// What the host returned: the KMS response bytes (empty on a KMS error) and the HRESULT.
    public struct Output: Sendable, Equatable {
        public let response: [UInt8]
        public let returnValue: UInt32

        public init(response: [UInt8], returnValue: UInt32) {
            self.response = response
            self.returnValue = returnValue
        }
    }

    /// NDR32: size, conformant array count, bytes. NDR64: size, 4 pad bytes, u64 count, bytes.
    public static func encodeRequest(_ request: [UInt8], syntax: TransferSyntax) -> [UInt8] {
        var writer = LittleEndianWriter()
        writer.u32(UInt32(truncatingIfNeeded: request.count))
        switch syntax {
        case .ndr32: writer.u32(UInt32(truncatingIfNeeded: request.count))
        case .ndr64: writer.u32(0); writer.u64(UInt64(request.count))
        }
        writer.raw(request)
        return writer.bytes
    }

    /// Reads a request stub, as the test responder does.
    public static func decodeRequest(_ stub: [UInt8], syntax: TransferSyntax) throws(RPCError) -> [UInt8] {
        var reader = ByteReader(stub)
        let size = UInt64(try reader.u32("request size"))
        let count: UInt64
        switch syntax {
        case .ndr32: count = UInt64(try reader.u32("array count"))
        case .ndr64: _ = try reader.u32("padding"); count = try reader.u64("array count")
        }
        guard size == count else { throw .sizeMismatch(size: size, arrayCount: count) }
        return Array(try reader.take(Int(clamping: count), "request bytes"))
    }

    /// Response stub: size, [pad], referent id (0 = null), array count, bytes, padding to 4, HRESULT.
    public static func encodeResponse(_ output: Output, syntax: TransferSyntax) -> [UInt8] {
        var writer = LittleEndianWriter()
        let size = output.response.count
        writer.u32(UInt32(truncatingIfNeeded: size))
        if syntax == .ndr64 { writer.u32(0) }
        let referent: UInt64 = size == 0 ? 0 : 0x0002_0000
        syntax == .ndr32 ? writer.u32(UInt32(referent)) : writer.u64(referent)
        if size > 0 {
            syntax == .ndr32 ? writer.u32(UInt32(truncatingIfNeeded: size)) : writer.u64(UInt64(size))
            writer.raw(output.response)
            writer.pad(to: 4)
        }
        writer.u32(output.returnValue)
        return writer.bytes
    }

    /// Decodes and checks the response stub: size = array count, a null pointer only with size 0,
    /// the size within the stub and within any real KMS response length, zero padding.
    ///
    /// vlmcsd writes the return value before the NDR padding when the response length is not a
    /// multiple of 4; with status 0 both layouts are the same bytes, so the status is read at the
    /// 4-aligned offset and up to 7 trailing zero bytes are accepted.
    public static func decodeResponse(_ stub: [UInt8], syntax: TransferSyntax) throws(RPCError) -> Output {
        var reader = ByteReader(stub)
        let size = UInt64(try reader.u32("response size"))
        if syntax == .ndr64 { _ = try reader.u32("padding") }
        let referent = syntax == .ndr32 ? UInt64(try reader.u32("response pointer")) : try reader.u64("response pointer")
        var response: [UInt8] = []
        if referent == 0 {
            guard size == 0 else { throw .nullPointerWithSize(size) }
        } else {
            let count = syntax == .ndr32 ? UInt64(try reader.u32("array count")) : try reader.u64("array count")
            guard size == count else { throw .sizeMismatch(size: size, arrayCount: count) }
            guard count <= UInt64(RPCLimits.maximumKMSResponseLength) else {
                throw .responseTooLarge(count, limit: RPCLimits.maximumKMSResponseLength)
            }
            response = Array(try reader.take(Int(count), "KMS response"))
            guard try reader.align(to: 4, "NDR padding").allSatisfy({ $0 == 0 }) else { throw .nonZeroPadding }
        }
        let returnValue = try reader.u32("return value")
        let trailing = try reader.take(reader.remaining, "trailing bytes")
        guard trailing.count < 8, trailing.allSatisfy({ $0 == 0 }) else { throw .trailingStubBytes(trailing.count) }
        return Output(response: response, returnValue: returnValue)
    }
}
