// Measures the front end against libyaml alone on the same bytes, in one process, interleaving the
// stages so that machine noise hits them alike. Prints the best (minimum) time of each stage and its
// ratio to libyaml's raw event parse, the baseline the front end is judged by.
import CYAML
import Foundation
import OpenAPI
import SchemaIR
import YAML

let arguments = CommandLine.arguments.dropFirst()
let path = arguments.first ?? "../Tests/Specs/incident-io/openapi3.yaml"
let iterations = arguments.dropFirst().first.flatMap(Int.init) ?? 20
guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(2)
}
let bytes = [UInt8](data)

/// libyaml producing (and freeing) every event of the document: the floor for any libyaml-based loader.
func libyamlEvents() -> Int {
    var parser = yaml_parser_t()
    yaml_parser_initialize(&parser)
    defer { yaml_parser_delete(&parser) }
    var count = 0
    bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            let type = event.type
            yaml_event_delete(&event)
            count += 1
            if type == YAML_STREAM_END_EVENT { break }
        }
    }
    return count
}

struct Stage {
    let name: String
    let run: () throws -> Int
    var best = Duration.seconds(1_000)
    var samples: [Duration] = []
}

var stages = [
    Stage(name: "libyaml event stream (baseline)", run: libyamlEvents),
    Stage(name: "YAML node tree", run: { try YAMLParser().parse(bytes, file: path).nodeCount }),
    Stage(name: "OpenAPI document", run: { try OpenAPIDocument.load(bytes: bytes, file: path).operations.count }),
    Stage(name: "schema IR (whole front end)", run: { IRDocument(try OpenAPIDocument.load(bytes: bytes, file: path)).types.count }),
]

let clock = ContinuousClock()
var sink = 0
for _ in 0..<iterations {
    for index in stages.indices {
        let start = clock.now
        sink &+= try stages[index].run()
        let elapsed = clock.now - start
        stages[index].samples.append(elapsed)
        stages[index].best = min(stages[index].best, elapsed)
    }
}

func milliseconds(_ duration: Duration) -> String {
    let value = Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    return String(format: "%8.2f ms", value)
}

let baseline = stages[0].best
print("input: \(path) (\(bytes.count) bytes), \(iterations) interleaved iterations, best and median of each")
for stage in stages {
    let median = stage.samples.sorted()[stage.samples.count / 2]
    let ratio = Double(stage.best.components.attoseconds + stage.best.components.seconds * 1_000_000_000_000_000_000)
        / Double(baseline.components.attoseconds + baseline.components.seconds * 1_000_000_000_000_000_000)
    print("\(stage.name.padding(toLength: 34, withPad: " ", startingAt: 0)) best \(milliseconds(stage.best))  median \(milliseconds(median))  ratio \(String(format: "%.2f", ratio))x")
}
if sink == 42 { print("") }  // keeps the work observable to the optimiser
