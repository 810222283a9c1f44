// Measures loading a document spread over files against loading the same document bundled into one
// file (Benchmarks/bundle-spec.py), interleaved in one process so machine noise hits both alike. Prints
// the best and median of each and the ratio of the files to the bundle: the cost of reading, parsing and
// resolving many files instead of one.
import Foundation
import OpenAPI
import SchemaIR

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: MultiFileBenchmark ROOT BUNDLE [ITERATIONS]\n".utf8))
    exit(2)
}
let (root, bundle) = (arguments[0], arguments[1])
let iterations = arguments.count > 2 ? Int(arguments[2]) ?? 10 : 10

struct Stage {
    let name: String
    let run: () throws -> Int
    var samples: [Duration] = []
}

var stages = [
    Stage(name: "bundled: OpenAPI document", run: { try OpenAPIDocument.load(path: bundle).operations.count }),
    Stage(name: "files: OpenAPI document", run: { try OpenAPIDocument.load(path: root).referencedSources.count }),
    Stage(name: "bundled: schema IR", run: { IRDocument(try OpenAPIDocument.load(path: bundle)).types.count }),
    Stage(name: "files: schema IR", run: { IRDocument(try OpenAPIDocument.load(path: root)).types.count }),
]

let clock = ContinuousClock()
var sink = 0
for _ in 0..<iterations {
    for index in stages.indices {
        let start = clock.now
        sink &+= try stages[index].run()
        stages[index].samples.append(clock.now - start)
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let files = try OpenAPIDocument.load(path: root).referencedSources.count + 1
print("\(root): \(files) files; bundle \(bundle); \(iterations) interleaved iterations")
for (index, stage) in stages.enumerated() {
    let best = stage.samples.min()!, median = stage.samples.sorted()[stage.samples.count / 2]
    var line = "\(stage.name.padding(toLength: 28, withPad: " ", startingAt: 0)) best \(String(format: "%7.1f", seconds(best) * 1_000)) ms  median \(String(format: "%7.1f", seconds(median) * 1_000)) ms"
    if index % 2 == 1 {
        let baseline = stages[index - 1].samples.min()!
        line += "  files/bundle \(String(format: "%.2f", seconds(best) / seconds(baseline)))x"
    }
    print(line)
}
if sink == 42 { print("") }
