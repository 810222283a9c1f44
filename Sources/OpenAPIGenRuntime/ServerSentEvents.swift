import Foundation

/// One server-sent event (`text/event-stream`), its `data` decoded.
public struct ServerSentEvent<Payload: Sendable>: Sendable {
    /// The `event:` field; nil for the default event type, `message`.
    public var event: String?
    /// The last `id:` seen so far in the stream (what a reconnection sends as `Last-Event-ID`).
    public var id: String?
    /// The reconnection time the server asked for, in milliseconds.
    public var retry: Int?
    /// The `data:` lines, joined with line feeds and decoded.
    public var data: Payload

    public init(event: String? = nil, id: String? = nil, retry: Int? = nil, data: Payload) {
        self.event = event
        self.id = id
        self.retry = retry
        self.data = data
    }
}

/// Splits `text/event-stream` bytes into events as the WHATWG HTML standard's parsing rules say: lines end
/// with CRLF, LF or CR (a CR at the end of one chunk and an LF at the start of the next are one line end);
/// `data:` lines join with LF; `event:`, `id:` (ignored if it contains NUL) and `retry:` (digits only) set
/// fields; lines starting with `:` are comments; a blank line dispatches an event, or nothing if no data
/// arrived. One deliberate difference: an event the stream ends in without its blank line is dispatched,
/// since servers that omit it mean it.
struct EventStreamParser: Sendable {
    struct Event: Sendable, Equatable {
        var event: String?
        var id: String?
        var retry: Int?
        var data: String
    }

    private var line: [UInt8] = []
    private var afterCR = false
    private var atStart = true
    private var data: [String] = []
    private var hasData = false
    private var eventType: String?
    private var lastID: String?
    private var retry: Int?

    /// The events these bytes complete.
    mutating func feed(_ bytes: Data) -> [Event] {
        var events: [Event] = []
        for byte in bytes {
            if afterCR {
                afterCR = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0D:
                afterCR = true
                if let event = endLine() { events.append(event) }
            case 0x0A:
                if let event = endLine() { events.append(event) }
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// The event left when the stream ends.
    mutating func finish() -> [Event] {
        var events: [Event] = []
        if !line.isEmpty, let event = endLine() { events.append(event) }
        if let event = dispatch() { events.append(event) }
        return events
    }

    private mutating func endLine() -> Event? {
        var bytes = line
        line.removeAll(keepingCapacity: true)
        if atStart {
            atStart = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        }
        guard !bytes.isEmpty else { return dispatch() }
        if bytes[0] == UInt8(ascii: ":") { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let field: Substring, value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            var rest = text[text.index(after: colon)...]
            if rest.first == " " { rest = rest.dropFirst() }
            value = rest
        } else {
            (field, value) = (Substring(text), "")
        }
        switch field {
        case "data":
            data.append(String(value))
            hasData = true
        case "event": eventType = String(value)
        case "id": if !value.contains("\0") { lastID = String(value) }
        case "retry": if !value.isEmpty, value.allSatisfy(\.isASCII), value.allSatisfy(\.isNumber) { retry = Int(value) }
        default: break
        }
        return nil
    }

    private mutating func dispatch() -> Event? {
        defer {
            data.removeAll()
            hasData = false
            eventType = nil
        }
        guard hasData else { return nil }
        return Event(event: eventType.flatMap { $0.isEmpty ? nil : $0 }, id: lastID, retry: retry, data: data.joined(separator: "\n"))
    }
}

/// Splits JSON Lines (`application/jsonl`, `application/x-ndjson`: one value per line) or JSON text sequences
/// (`application/json-seq`, RFC 7464: each value after an RS byte) into the bytes of each value.
struct JSONRecordSplitter: Sendable {
    enum Format: Sendable { case lines, sequence }

    let format: Format
    private var record: [UInt8] = []

    init(format: Format) {
        self.format = format
    }

    mutating func feed(_ bytes: Data) -> [Data] {
        var records: [Data] = []
        let separator: UInt8 = format == .lines ? 0x0A : 0x1E
        for byte in bytes {
            if byte == separator {
                if let value = take() { records.append(value) }
            } else {
                record.append(byte)
            }
        }
        return records
    }

    mutating func finish() -> [Data] {
        take().map { [$0] } ?? []
    }

    /// The record so far, without surrounding white space (a CR before LF, RFC 7464's trailing LF); nil if blank.
    private mutating func take() -> Data? {
        defer { record.removeAll(keepingCapacity: true) }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = record.firstIndex(where: { !isSpace($0) }), let last = record.lastIndex(where: { !isSpace($0) }) else { return nil }
        return Data(record[first...last])
    }
}
