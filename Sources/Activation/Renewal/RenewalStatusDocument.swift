#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `kmswizard status --json`: one object, stable camelCase keys.
public struct RenewalStatusDocument: Encodable, Sendable {
    public struct Success: Encodable, Sendable {
        public let at: Date
        public let host: String
        public let port: UInt16
        public let epid: String
        public let `protocol`: Int
        public let clientCount: Int
    }

    public struct Failure: Encodable, Sendable {
        public let at: Date
        public let code: String
        public let windowsCode: String?
    }

    public struct Entry: Encodable, Sendable {
        public let product: String
        public let displayName: String
        /// ok, due-soon, overdue, never-activated
        public let urgency: String
        public let daysSinceActivation: Int?
        public let daysLeft: Int?
        public let deadline: Date?
        /// The deadline as Taipei wall-clock time, `2026-05-23T18:00:00+08:00`.
        public let deadlineTaipei: String?
        public let clockBehind: Bool
        public let lastSuccess: Success?
        public let lastFailure: Failure?
        /// Words from `ProductRenewalStatus.Advice`, in order.
        public let advice: [String]

        enum CodingKeys: String, CodingKey {
            case product, displayName, urgency, daysSinceActivation, daysLeft, deadline, deadlineTaipei, clockBehind
            case lastSuccess, lastFailure, advice
        }

        /// Every key always present (null when unknown), so scripts can rely on the shape.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(product, forKey: .product)
            try container.encode(displayName, forKey: .displayName)
            try container.encode(urgency, forKey: .urgency)
            try container.encode(daysSinceActivation, forKey: .daysSinceActivation)
            try container.encode(daysLeft, forKey: .daysLeft)
            try container.encode(deadline, forKey: .deadline)
            try container.encode(deadlineTaipei, forKey: .deadlineTaipei)
            try container.encode(clockBehind, forKey: .clockBehind)
            try container.encode(lastSuccess, forKey: .lastSuccess)
            try container.encode(lastFailure, forKey: .lastFailure)
            try container.encode(advice, forKey: .advice)
        }
    }

    public let schemaVersion: Int
    public let ok = true
    public let now: Date
    public let stateFile: String
    public let renewalDays: Int
    public let warningDays: Int
    public let nothingActivated: Bool
    public let products: [Entry]

    public init(report: RenewalReport, stateFile: String, schemaVersion: Int, displayName: (String) -> String) {
        self.schemaVersion = schemaVersion
        now = report.now
        self.stateFile = stateFile
        renewalDays = report.policy.renewalDays
        warningDays = report.policy.warningDays
        nothingActivated = report.nothingActivated
        products = report.products.map { product in
            let timeline = product.timeline
            return Entry(
                product: product.shortName, displayName: displayName(product.shortName), urgency: product.urgency.rawValue,
                daysSinceActivation: timeline?.daysSinceActivation, daysLeft: timeline?.daysLeft, deadline: timeline?.deadline,
                deadlineTaipei: timeline?.deadlineInTaipei.iso8601, clockBehind: timeline?.clockBehind ?? false,
                lastSuccess: product.record.lastSuccess.map {
                    Success(at: $0.at, host: $0.host, port: $0.port, epid: $0.epid, protocol: $0.protocolVersion, clientCount: $0.clientCount)
                },
                lastFailure: product.record.lastFailure.map { Failure(at: $0.at, code: $0.code, windowsCode: $0.windowsCode) },
                advice: product.advice.map(\.rawValue))
        }
    }
}
