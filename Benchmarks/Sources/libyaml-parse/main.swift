// The baseline process for generation benchmarks: libyaml producing (and discarding) the event stream
// of a file, nothing else. Usage: libyaml-parse FILE
import CYAML
import Foundation

guard let path = CommandLine.arguments.dropFirst().first, let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("usage: libyaml-parse FILE\n".utf8))
    exit(2)
}
var parser = yaml_parser_t()
yaml_parser_initialize(&parser)
var events = 0
[UInt8](data).withUnsafeBufferPointer { buffer in
    yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
    var event = yaml_event_t()
    while yaml_parser_parse(&parser, &event) == 1 {
        let done = event.type == YAML_STREAM_END_EVENT
        yaml_event_delete(&event)
        events += 1
        if done { break }
    }
}
yaml_parser_delete(&parser)
print(events)
