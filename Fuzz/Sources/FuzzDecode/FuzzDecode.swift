import Foundation
import IncidentIO
import OpenAPIGenRuntime

/// Decodes the input as every response and payload model; whatever decodes must re-encode to JSON that decodes
/// to a value encoding the same way again (the first decode may lose sub-microsecond date precision).
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    roundTrip(FollowUpsListResultV2.self, data)
    roundTrip(FollowUpsShowResultV2.self, data)
    roundTrip(FollowUpsCreatePayloadV2.self, data)
    roundTrip(FollowUpsUpdatePayloadV2.self, data)
    roundTrip(ActionsListResultV2.self, data)
    roundTrip(ActionsUpdatePayloadV2.self, data)
    roundTrip(ActorV2.self, data)
    roundTrip(JSONValue.self, data)
    return 0
}

private func roundTrip<Model: Codable & Equatable>(_ type: Model.Type, _ data: Data) {
    guard let first = try? JSONDecoder().decode(type, from: data) else { return }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    do {
        let once = try encoder.encode(first)
        let second = try JSONDecoder().decode(type, from: once)
        let twice = try encoder.encode(second)
        precondition(once == twice, "\(type) does not re-encode stably")
    } catch {
        preconditionFailure("\(type) decoded but its own encoding failed: \(error)")
    }
}
