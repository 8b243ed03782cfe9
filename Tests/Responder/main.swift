@preconcurrency import Platform
import KMSCore
import KMSTesting

// kms-test-responder: a KMS host for tests, on loopback only. Prints its bound port on stdout,
// serves `--connections` clients one after another, and exits after `--deadline` seconds at the latest.

signal(SIGPIPE, SIG_IGN)
let options: ResponderOptions
do {
    options = try ResponderOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    fputs("kms-test-responder: \(error)\nbehaviours: \(ResponderBehaviour.allCases.map(\.rawValue).joined(separator: ", "))\n", stderr)
    exit(64)
}
let deadline = Deadline.after(seconds: options.deadlineSeconds)
let listener: LoopbackListener
do {
    listener = try LoopbackListener(address: options.address, port: options.port)
} catch {
    fputs("kms-test-responder: \(error)\n", stderr)
    exit(71)
}
print(listener.port)
fflush(stdout)
var served = options
served.port = listener.port
let log = ResponderLog(path: options.logPath)
for _ in 0..<options.connections {
    guard let client = listener.accept(before: deadline) else { break }
    ResponderSession(stream: client, options: served, log: log).run()
}
exit(0)
