#if canImport(Glibc)
import Glibc
#endif

/// Runs a command-line tool found on PATH and waits for it: the gettext tools for the
/// translators' workflow. posix_spawn, not Foundation's Process, so this target needs
/// nothing beyond FoundationEssentials.
public enum ProcessRunner {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Not installed, or not runnable.
        case cannotStart(String)
        /// Ran and exited with a status other than 0 (or was killed: 128 + signal).
        case failed(String, status: Int32)

        public var description: String {
            switch self {
            case .cannotStart(let tool): return "cannot run \(tool)"
            case .failed(let tool, let status): return "\(tool) failed (exit \(status))"
            }
        }
    }

    /// Runs `tool arguments...`; throws unless it exits with 0.
    public static func run(_ tool: String, _ arguments: [String]) throws {
        let argv = ([tool] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, tool, nil, nil, argv, environ)
        guard spawned == 0 else { throw Failure.cannotStart(tool) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure.cannotStart(tool) }
        }
        // WIFEXITED / WEXITSTATUS, which Swift cannot import (macros).
        let signal = status & 0x7f
        let exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        // posix_spawnp reports a missing program as the child's exit 127.
        if exitStatus == 127 { throw Failure.cannotStart(tool) }
        if exitStatus != 0 { throw Failure.failed(tool, status: exitStatus) }
    }
}
