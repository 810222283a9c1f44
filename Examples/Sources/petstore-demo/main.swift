// Lists pets with a client generated at build time from openapi.yaml beside this file.
// Usage: petstore-demo [BASE_URL]
import Foundation
import OpenAPIGenRuntime

let baseURL = CommandLine.arguments.dropFirst().first.flatMap(URL.init(string:)) ?? PetstoreAPI.defaultServerURL
let client = PetstoreAPI(serverURL: baseURL, retryPolicy: .none)
do {
    let pets = try await client.pets.listPets(limit: 10)
    for pet in pets {
        print("\(pet.id)\t\(pet.name)\t\(pet.tag ?? "-")")
    }
} catch {
    FileHandle.standardError.write(Data("petstore-demo: \(error)\n".utf8))
    exit(1)
}
