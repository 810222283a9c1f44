// Times the whole generator pipeline (load, IR, emit) on a spec, in process, best of N runs, and
// reports it beside libyaml's raw parse of the same file measured in the same run.
import CYAML
import Foundation
import GeneratorCore

let path = CommandLine.arguments.dropFirst().first ?? "../Tests/Specs/incident-io/openapi3.yaml"
let iterations = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 10
let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())

func libyamlEvents() {
    var parser = yaml_parser_t()
    yaml_parser_initialize(&parser)
    defer { yaml_parser_delete(&parser) }
    bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { break }
        }
    }
}

let clock = ContinuousClock()
var bestGenerate = Duration.seconds(1_000), bestParse = Duration.seconds(1_000)
var files = 0, lines = 0
for _ in 0..<iterations {
    var start = clock.now
    libyamlEvents()
    bestParse = min(bestParse, clock.now - start)
    start = clock.now
    let result = try Generator.generate(specPath: path, options: .init(moduleName: "Benchmark"))
    bestGenerate = min(bestGenerate, clock.now - start)
    files = result.files.count
    lines = result.files.reduce(0) { $0 + $1.contents.split(separator: "\n", omittingEmptySubsequences: false).count }
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
}
print("generate \(path): \(files) files, \(lines) lines, best of \(iterations)")
print(String(format: "libyaml event parse (baseline)   %8.2f ms  1.00x", milliseconds(bestParse)))
print(String(format: "openapi-gen pipeline (in memory) %8.2f ms  %.2fx", milliseconds(bestGenerate),
             milliseconds(bestGenerate) / milliseconds(bestParse)))
