import Features
import Foundation
import OpenAPIGenRuntime
import Testing

/// A fake of a tag's protocol gets the `…All` sequence over its paged list for free.
@Suite struct TagProtocolPagingTests {
    actor Calls {
        var cursors: [String?] = []
        func record(_ cursor: String?) { cursors.append(cursor) }
    }

    struct PagedWidgets: WidgetsAPI {
        let pages: [String?: ([String], String?)]
        let calls = Calls()

        func list(pageSize: Int?, after: String?, sort: WidgetsListSort?, includeArchived: Bool?,
                  options: RequestOptions?) async throws(ClientError) -> WidgetsListResult {
            await calls.record(after)
            guard let (ids, next) = pages[after] else { throw .invalidRequest("no page after \(after ?? "-")") }
            return WidgetsListResult(widgets: ids.map { Widget(id: $0, name: $0, color: .blue) },
                                     paginationMeta: PaginationMeta(after: next, pageSize: pageSize ?? 0))
        }
        func create(_ body: WidgetsCreatePayload, options: RequestOptions?) async throws(ClientError) -> WidgetResult { throw .invalidRequest("-") }
        func show(id: String, options: RequestOptions?) async throws(ClientError) -> WidgetResult { throw .invalidRequest("-") }
        func update(id: String, _ body: WidgetsUpdatePayload, options: RequestOptions?) async throws(ClientError) -> WidgetResult { throw .invalidRequest("-") }
        func listParts(id: String, pageSize: Int?, after: String?, options: RequestOptions?) async throws(ClientError) -> WidgetsListPartsResponse200 {
            throw .invalidRequest("-")
        }
        func export(options: RequestOptions?) async throws(ClientError) -> Data { throw .invalidRequest("-") }
        func status(options: RequestOptions?) async throws(ClientError) -> WidgetsStatusResponse200 { throw .invalidRequest("-") }
    }

    @Test func theSequenceWalksTheFakesPages() async throws {
        let fake = PagedWidgets(pages: [nil: (["a", "b"], "b"), "b": (["c"], "c"), "c": ([], nil)])
        let api: any WidgetsAPI = fake
        var ids: [String] = []
        for try await widget in api.listAll(pageSize: 2) { ids.append(widget.id) }
        #expect(ids == ["a", "b", "c"])
        #expect(await fake.calls.cursors == [nil, "b", "c"])
    }
}
