import Foundation

/// A file sent as a part of a `multipart/form-data` (or `multipart/mixed`) body: its bytes, or a file on
/// disk read when the request is built, with the file name and content type its part declares.
public struct MultipartFile: Hashable, Sendable {
    public enum Contents: Hashable, Sendable {
        case data(Data)
        /// A file read when the request is encoded.
        case file(URL)
    }

    public var contents: Contents
    /// The part's `filename`; by default the file URL's last component, else the property's name.
    public var filename: String?
    /// The part's `Content-Type`; by default the document's `encoding`, else `application/octet-stream`.
    public var contentType: String?
    /// More header fields of the part (the document's `encoding` may describe some).
    public var headers: [String: String]

    public init(data: Data, filename: String? = nil, contentType: String? = nil, headers: [String: String] = [:]) {
        self.contents = .data(data)
        self.filename = filename
        self.contentType = contentType
        self.headers = headers
    }

    public init(fileURL: URL, filename: String? = nil, contentType: String? = nil, headers: [String: String] = [:]) {
        self.contents = .file(fileURL)
        self.filename = filename ?? fileURL.lastPathComponent
        self.contentType = contentType
        self.headers = headers
    }

    /// The bytes: the data, or the file's contents.
    public func data() throws(ClientError) -> Data {
        switch contents {
        case .data(let data): return data
        case .file(let url):
            do {
                return try Data(contentsOf: url, options: .mappedIfSafe)
            } catch {
                throw .invalidRequest("cannot read the file for a multipart part (\(url.lastPathComponent)): \(error.localizedDescription)")
            }
        }
    }
}

/// In a JSON model a file is its bytes in base64, as `Data` is.
extension MultipartFile: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(data: try Data(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        switch contents {
        case .data(let data): try data.encode(to: encoder)
        case .file(let url): try Data(contentsOf: url, options: .mappedIfSafe).encode(to: encoder)
        }
    }
}

/// How one property of a form or multipart body is sent, from the document's `encoding` object.
public struct PropertyEncoding: Sendable, Hashable {
    /// The part's content type (multipart), or how a form value is written (`application/json`: as JSON text).
    public var contentType: String?
    /// For forms: `form` (default), `spaceDelimited`, `pipeDelimited` or `deepObject`.
    public var style: ParameterStyle?
    /// For forms: whether lists repeat the name and objects spread their keys (default true for `form`).
    public var explode: Bool?

    public init(contentType: String? = nil, style: ParameterStyle? = nil, explode: Bool? = nil) {
        self.contentType = contentType
        self.style = style
        self.explode = explode
    }
}
