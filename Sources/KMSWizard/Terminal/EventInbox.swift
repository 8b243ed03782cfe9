import KMSCore
import Wizard

/// Where effect tasks drop their result events for the UI loop to pick up between key reads.
final class EventInbox: Sendable {
    private let events = Locked<[WizardEvent]>([])

    func post(_ event: WizardEvent) {
        events.withLock { $0.append(event) }
    }

    /// Everything posted so far, oldest first, leaving the inbox empty.
    func drain() -> [WizardEvent] {
        events.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}
