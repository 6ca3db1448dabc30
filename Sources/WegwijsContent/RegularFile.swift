#if canImport(Glibc)
import Glibc
#endif

/// Opens a content file the only safe way for a kiosk (reliability audit D3): never
/// through a symbolic link (a link to /dev/tty or a FIFO froze every kiosk in one
/// poll, since git carries links), never blocking on open, and only when it is a
/// regular file. Both the loader and the snapshot's hash read through here, so what is
/// hashed is what may be parsed.
enum RegularFile {
    enum Refusal: Error, Equatable, CustomStringConvertible {
        case link, notRegular(String), cannotOpen(Int32), tooLarge(Int)

        var description: String {
            switch self {
            case .link: return "a symbolic link: content files must be regular files, not links"
            case .notRegular(let kind): return "not a regular file (\(kind)): content files must be regular files"
            case .cannotOpen(let code): return "cannot open the file (\(String(cString: strerror(code))))"
            case .tooLarge(let size):
                return "file is \(size / 1024) KiB, more than the \(ContentLoader.maximumFileSize / 1024 / 1024) MiB a content file may be"
            }
        }
    }

    /// An open descriptor of a regular file; the caller closes it.
    static func open(_ path: String) -> Result<Int32, Refusal> {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(errno == ELOOP ? .link : .cannotOpen(errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(.cannotOpen(code))
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            switch type {
            case S_IFIFO: return .failure(.notRegular("a FIFO"))
            case S_IFCHR, S_IFBLK: return .failure(.notRegular("a device"))
            case S_IFSOCK: return .failure(.notRegular("a socket"))
            case S_IFDIR: return .failure(.notRegular("a folder"))
            default: return .failure(.notRegular("unknown kind"))
            }
        }
        return .success(descriptor)
    }

    /// The whole file, refused when it is not a regular file or larger than `limit`.
    static func read(_ path: String, limit: Int = ContentLoader.maximumFileSize) -> Result<[UInt8], Refusal> {
        let descriptor: Int32
        switch open(path) {
        case .success(let d): descriptor = d
        case .failure(let refusal): return .failure(refusal)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotOpen(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .failure(.tooLarge(bytes.count)) }
        }
        return .success(bytes)
    }
}
