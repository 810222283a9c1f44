#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls, so the parser needs no Foundation.
enum FileBytes {
    static func read(_ path: String) throws(YAMLError) -> [UInt8] {
        let start = Mark(line: 1, column: 1)
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw YAMLError(file: path, mark: start, message: "cannot open file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw YAMLError(file: path, mark: start, message: "cannot read file: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}
