#if canImport(Glibc)
import Diagnostics
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls, so the parser needs no Foundation.
enum FileBytes {
    static func read(_ path: String) throws(YAMLError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(path, "cannot open file") }
        defer { close(descriptor) }
        // One buffer of the file's size: growing an array by doubling touches about twice the file's
        // size in fresh pages, which a large spec pays for in page faults.
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 0
        var readError: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            while initialized < expected {
                let count = Glibc.read(descriptor, buffer.baseAddress! + initialized, expected - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { readError = errno }
                if count <= 0 { break }
                initialized += count
            }
        }
        // Whatever follows the size fstat gave (a file that grew, a pipe) is read in chunks.
        var chunk = [UInt8](repeating: 0, count: readError == nil ? 1 << 16 : 0)
        while readError == nil {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { readError = errno }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        if let readError { throw failure(path, "cannot read file", code: readError) }
        return bytes
    }

    private static func failure(_ path: String, _ message: String, code: Int32 = errno) -> YAMLError {
        YAMLError(file: path, mark: .wholeFile, message: "\(message): \(String(cString: strerror(code)))")
    }
}
