import Foundation
import OpenAPI
import SchemaIR
import SwiftEmitter

/// libFuzzer's entry point: any bytes must either generate Swift or fail with located diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let document = try? OpenAPIDocument.load(bytes: bytes, file: "fuzz.yaml") else { return 0 }
    let ir = IRDocument(document)
    // One layout per input (chosen by its length) keeps executions fast while covering both.
    let layout: SwiftEmitter.Layout = count.isMultiple(of: 2) ? .split : .bundle
    let options = SwiftEmitter.Options(moduleName: "Fuzz", layout: layout, queryObjectStyle: .deepObject, typeRegistry: true)
    let output = SwiftEmitter(options: options).emit(ir, specName: "fuzz", specDigest: "0")
    precondition(!output.files.isEmpty, "the emitter wrote no files")
    return 0
}
