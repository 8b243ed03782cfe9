import Platform

// What the wizard's memory walk (WizardMemory.swift) starts and drives: child processes, a
// private tmux server, a scratch folder. Plain posix_spawn, as this bench links no Foundation.

/// A scratch folder under /tmp, removed with everything in it.
struct Folder {
    let path: String

    init() throws {
        var template = Array("/tmp/kmswizard-bench-wizard-XXXXXX".utf8CString)
        guard mkdtemp(&template) != nil else { throw WizardMemory.Failure(description: "mkdtemp: errno \(errno)") }
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    func remove() {
        _ = try? Child(["/bin/rm", "-rf", path], output: "/dev/null").wait()
    }
}

/// A process started with stdin from /dev/null and stdout and stderr into `output`.
struct Child {
    let pid: pid_t

    init(_ argv: [String], output: String, environment: [String] = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8"]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var started = pid_t()
        let status = posix_spawnp(&started, argv[0], &actions, nil, cArguments, cEnvironment)
        guard status == 0 else { throw WizardMemory.Failure(description: "cannot start \(argv[0]): error \(status)") }
        pid = started
    }

    /// Waits for the end; returns the exit status (-1 when killed by a signal).
    @discardableResult
    func wait() throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw WizardMemory.Failure(description: "waitpid: errno \(errno)") }
        }
        return status & 0x7f == 0 ? (status >> 8) & 0xff : -1
    }

    func stop() {
        kill(pid, SIGTERM)
        _ = try? wait()
    }
}

/// A tmux server of our own (private socket, no config file) with one session, `bench`.
struct Tmux {
    let socket: String

    func start(_ command: [String]) throws {
        _ = try run(["-u", "-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "100", "-y", "30", "--"] + command)
    }

    func keys(_ keys: String...) throws { try self.keys(keys) }

    func keys(_ keys: [String]) throws {
        _ = try run(["send-keys", "-t", "bench"] + keys)
    }

    /// Waits (bounded) until the pane shows `text`.
    func waitFor(_ text: String) throws {
        do {
            _ = try WizardMemory.poll("\"\(text)\"") { try run(["capture-pane", "-p", "-t", "bench"]).contains(text) ? true : nil }
        } catch {
            throw WizardMemory.Failure(description: "\(error); the screen shows:\n" + ((try? run(["capture-pane", "-p", "-t", "bench"])) ?? ""))
        }
    }

    func kill() {
        _ = try? run(["kill-server"])
    }

    /// Runs one tmux command and returns what it printed, trimmed.
    func run(_ arguments: [String]) throws -> String {
        let output = socket + ".out"
        let status = try Child(["tmux", "-S", socket] + arguments, output: output).wait()
        let text = WizardMemory.read(output)
        guard status == 0 else { throw WizardMemory.Failure(description: "tmux \(arguments[0]) failed: \(text)") }
        return String(text.drop { $0 == "\n" || $0 == " " }.reversed().drop { $0 == "\n" || $0 == " " }.reversed())
    }
}

extension String {
    func write(to path: String) throws {
        guard let file = fopen(path, "w") else { throw WizardMemory.Failure(description: "cannot write \(path): errno \(errno)") }
        defer { fclose(file) }
        fputs(self, file)
    }
}

/// A UDP port on 127.0.0.1 that the kernel handed out a moment ago, for the time server.
func freeLoopbackUDPPort() throws -> UInt16 {
    let probe = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
    defer { close(probe) }
    var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")),
                              sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
    var size = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, size) == 0 && getsockname(probe, $0, &size) == 0 }
    }
    guard bound else { throw WizardMemory.Failure(description: "no free UDP port: errno \(errno)") }
    return UInt16(bigEndian: address.sin_port)
}
