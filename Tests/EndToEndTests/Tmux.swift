import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real wegwijs binary in a real terminal (tmux) and reads the screen back
/// with capture-pane, as a person would see it.
final class TmuxSession {
    let name: String
    private(set) var isRunning = true
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `swift build` made next to the test bundle (WEGWIJS_BIN overrides).
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["WEGWIJS_BIN"] { return path }
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments.first { $0.contains(".xctest") } ?? CommandLine.arguments[0])
            .deletingLastPathComponent()
        for candidate in [bundleDirectory.appendingPathComponent("wegwijs"),
                          repositoryRoot.appendingPathComponent(".build/debug/wegwijs")]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate.path
        }
        return repositoryRoot.appendingPathComponent(".build/debug/wegwijs").path
    }

    /// The tests' own cache folder for content snapshots, so they neither fill nor read
    /// the cache of the person running them.
    static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("wegwijs-e2e-cache").path

    /// Starts `command` (a shell command line) in a detached tmux session of the given size.
    init(_ command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        name = "wegwijs-e2e-\(UUID().uuidString.prefix(8))"
        // The tmux server hands its own environment to every pane, and test runners set
        // NO_COLOR: clear it, so a test decides about colour itself.
        var env = ["TERM=xterm-256color", "LANG=C.UTF-8", "XDG_CACHE_HOME=\(Self.cacheHome)"]
        env += environment.map { "\($0.key)=\($0.value)" }
        // The shell prints the exit status after the program, so tests can see how it ended
        // and that the terminal came back; `sleep` keeps the pane open to read it.
        // After the program, one line says how it ended and whether the terminal came
        // back (echo and icanon on), written at once so a test never reads half of it;
        // `sleep` keeps the pane open to read it.
        let script = "cd \(Self.repositoryRoot.path.shellQuoted) && \(command); status=$?; "
            + "modes=$(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(echo|icanon)$' | sort | tr '\\n' ' '); "
            + "echo \"[exit $status] $modes\"; sleep 30"
        try Self.tmux(detached: true, ["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)",
                       "env -u NO_COLOR " + env.map(\.shellQuoted).joined(separator: " ") + " bash -c " + script.shellQuoted])
        try Self.tmux(["set-option", "-t", name, "status", "off"])
    }

    deinit { _ = try? Self.tmux(["kill-session", "-t", name]) }

    func send(_ keys: String...) throws { try send(keys) }
    func send(_ keys: [String]) throws { try Self.tmux(["send-keys", "-t", name] + keys) }

    /// Types text literally (for Arabic, Ethiopic or pasted text).
    func sendLiteral(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }

    func resize(columns: Int, rows: Int) throws {
        try Self.tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    func screen() throws -> String { try Self.tmux(["capture-pane", "-p", "-t", name]) }

    /// The screen with its attributes and colours as escape sequences (capture-pane -e).
    func screenWithAttributes() throws -> String { try Self.tmux(["capture-pane", "-p", "-e", "-t", name]) }

    /// Waits until the screen contains `text`; fails with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("'\(text)' did not appear within \(timeout) s. Screen:\n\(last)", file: file, line: line)
        throw TmuxError.timeout
    }

    /// The process id of the program in the pane (the shell's child).
    func programPID() throws -> Int32? {
        let shell = try Self.tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Runs a tmux command on the tests' own tmux server and returns what it printed.
    /// Not Foundation's Process: its waitUntilExit once missed a tmux client's exit and
    /// hung a test run. Here a plain fork/exec, a pipe read to its end, and waitpid
    /// with a deadline, after which the command is killed and the test fails.
    /// `detached`: for commands that may start the server, which must not inherit the
    /// pipe (it would keep it open forever).
    @discardableResult
    static func tmux(detached: Bool = false, _ arguments: [String], timeout: Double = 15) throws -> String {
        let argv = ["tmux", "-L", socketName] + arguments
        var pipe: [Int32] = [-1, -1]
        guard Glibc.pipe(&pipe) == 0 else { throw TmuxError.failed("pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if detached {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, cArguments, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else { throw TmuxError.failed("cannot start tmux") }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var exited = false
        while !exited {
            var poller = pollfd(fd: pipe[0], events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 20) > 0 {
                let count = read(pipe[0], &buffer, buffer.count)
                if count > 0 { output += buffer[0..<count] }
            }
            if waitpid(pid, &status, WNOHANG) == pid { exited = true; break }
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw TmuxError.failed("tmux \(arguments.joined(separator: " ")) did not finish in \(timeout) s")
            }
        }
        // Whatever is still in the pipe after the exit.
        while true {
            let count = read(pipe[0], &buffer, buffer.count)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        let exitedNormally = (status & 0x7F) == 0
        guard exitedNormally && ((status >> 8) & 0xFF) == 0 else { throw TmuxError.failed(arguments.joined(separator: " ")) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The tests' own tmux server, apart from any tmux the developer is using.
    static let socketName = "wegwijs-e2e-\(getpid())"

    static var isAvailable: Bool { (try? tmux(["-V"])) != nil }
}

enum TmuxError: Error {
    case failed(String)
    case timeout
}

extension String {
    var shellQuoted: String { "'" + replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

/// Runs the binary without a terminal, for the plain-text commands.
func runWegwijs(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
    process.arguments = arguments
    process.currentDirectoryURL = TmuxSession.repositoryRoot
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
