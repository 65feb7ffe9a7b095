"""Cursor pages: lazy iteration, the cursor of the next request, and the async forms."""

from __future__ import annotations

import asyncio

import httpx2
import pytest
from vectorstores import APIError, APIResponseValidationError, AsyncCursorPage, OpenAI, SyncCursorPage, omit
from vectorstores.types.responses import ResponseItem

from .conftest import MakeAsyncClient, Recorder, Reply, collect, store_list, vs_file

PAGES: dict[str | None, tuple[list[str], bool]] = {
    None: (["vs_1", "vs_2"], True),
    "vs_2": (["vs_3", "vs_4"], True),
    "vs_4": (["vs_5"], False),
}
ALL_IDS = ["vs_1", "vs_2", "vs_3", "vs_4", "vs_5"]


def paged(request: httpx2.Request) -> Reply:
    ids, has_more = PAGES[request.url.params.get("after")]
    return Reply(json=store_list(ids, has_more))


@pytest.fixture
def three_pages(recorder: Recorder) -> Recorder:
    return recorder.add("GET", "/vector_stores", paged)


def test_iteration_walks_all_pages_lazily(client: OpenAI, three_pages: Recorder) -> None:
    page = client.vector_stores.list(limit=2)
    assert isinstance(page, SyncCursorPage)
    items = iter(page)

    first = next(items)
    assert first.id == "vs_1"
    assert len(three_pages) == 1
    assert next(items).id == "vs_2"
    assert len(three_pages) == 1
    assert next(items).id == "vs_3"
    assert len(three_pages) == 2

    rest = [store.id for store in items]
    assert rest == ["vs_4", "vs_5"]
    assert len(three_pages) == 3


def test_all_items_and_cursors(client: OpenAI, three_pages: Recorder) -> None:
    ids = [store.id for store in client.vector_stores.list(limit=2)]

    assert ids == ALL_IDS
    params = [dict(r.url.params) for r in three_pages.requests]
    assert params == [{"limit": "2"}, {"limit": "2", "after": "vs_2"}, {"limit": "2", "after": "vs_4"}]


BEFORE_PAGES: dict[str | None, tuple[list[str], bool]] = {
    "vs_x": (["vs_4", "vs_5"], True),
    "vs_4": (["vs_2", "vs_3"], True),
    "vs_2": (["vs_1"], False),
}


def test_a_list_before_a_cursor_goes_on_towards_the_start(client: OpenAI, recorder: Recorder) -> None:
    def before(request: httpx2.Request) -> Reply:
        assert "after" not in request.url.params
        ids, has_more = BEFORE_PAGES[request.url.params.get("before")]
        return Reply(json=store_list(ids, has_more))

    recorder.add("GET", "/vector_stores", before)
    ids = [store.id for store in client.vector_stores.list(limit=2, before="vs_x", order="asc")]

    assert ids == ["vs_4", "vs_5", "vs_2", "vs_3", "vs_1"]  # page by page, away from the cursor
    cursors = [r.url.params["before"] for r in recorder.requests]
    assert cursors == ["vs_x", "vs_4", "vs_2"]  # each time the first item of the page before
    assert all(r.url.params["order"] == "asc" for r in recorder.requests)


def test_later_pages_go_after_the_last_item_without_before(client: OpenAI, three_pages: Recorder) -> None:
    ids = [store.id for store in client.vector_stores.list(limit=2, before=omit)]

    assert ids == ALL_IDS
    for later, cursor in zip(list(three_pages.requests)[1:], ("vs_2", "vs_4"), strict=True):
        assert later.url.params["after"] == cursor
        assert "before" not in later.url.params


def test_page_navigation(client: OpenAI, three_pages: Recorder) -> None:
    page = client.vector_stores.list(limit=2)
    assert [s.id for s in page.data] == ["vs_1", "vs_2"]
    assert page.has_more
    assert page.has_next_page()
    assert (page.first_id, page.last_id) == ("vs_1", "vs_2")
    assert len(three_pages) == 1

    second = page.get_next_page()
    assert [s.id for s in second.data] == ["vs_3", "vs_4"]
    assert three_pages.requests[-1].url.params["after"] == "vs_2"

    third = second.get_next_page()
    assert [s.id for s in third.data] == ["vs_5"]
    assert not third.has_next_page()
    with pytest.raises(RuntimeError, match="No next page"):
        third.get_next_page()
    assert len(three_pages) == 3


def test_a_server_that_repeats_a_page_does_not_loop_forever(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores", Reply(json=store_list(["vs_1", "vs_2"], True)))  # ignores cursors
    ids = [store.id for store in client.vector_stores.list(limit=2, before="vs_3")]
    assert ids == ["vs_1", "vs_2", "vs_1", "vs_2"]  # the second page asks before vs_1 and gets it again
    assert len(recorder) == 2


def test_iter_pages(client: OpenAI, three_pages: Recorder) -> None:
    pages = list(client.vector_stores.list(limit=2).iter_pages())
    assert [[s.id for s in p.data] for p in pages] == [["vs_1", "vs_2"], ["vs_3", "vs_4"], ["vs_5"]]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert len(three_pages) == 3


def test_empty_page(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores", Reply(json=store_list([], has_more=False)))
    page = client.vector_stores.list()
    assert list(page) == []
    assert page.data == []
    assert not page.has_next_page()
    assert list(page.iter_pages()) == [page]
    assert len(recorder) == 1


def test_empty_page_claiming_more_stops(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores", Reply(json=store_list([], has_more=True)))
    assert list(client.vector_stores.list()) == []
    assert len(recorder) == 1


def test_async_for_walks_all_pages(make_async_client: MakeAsyncClient, three_pages: Recorder) -> None:
    async def main() -> list[str]:
        async with make_async_client() as client:
            return [store.id async for store in client.vector_stores.list(limit=2)]

    assert asyncio.run(main()) == ALL_IDS
    assert [r.url.params.get("after") for r in three_pages.requests] == [None, "vs_2", "vs_4"]


def test_async_await_gives_first_page(make_async_client: MakeAsyncClient, three_pages: Recorder) -> None:
    async def main() -> tuple[list[str], list[str], list[str]]:
        async with make_async_client() as client:
            page = await client.vector_stores.list(limit=2, before=omit)
            assert isinstance(page, AsyncCursorPage)
            first = [s.id for s in page.data]
            assert len(three_pages) == 1
            second = await page.get_next_page()
            everything = await collect(aiter(page))
            return first, [s.id for s in second.data], [s.id for s in everything]

    first, second, everything = asyncio.run(main())
    assert first == ["vs_1", "vs_2"]
    assert second == ["vs_3", "vs_4"]
    assert everything == ALL_IDS
    assert "before" not in three_pages.requests[1].url.params


def test_async_iter_pages(make_async_client: MakeAsyncClient, three_pages: Recorder) -> None:
    async def main() -> list[int]:
        async with make_async_client() as client:
            page = await client.vector_stores.list(limit=2)
            return [len(p) async for p in page.iter_pages()]

    assert asyncio.run(main()) == [2, 2, 1]


def _file_list(status: str) -> Reply:
    return Reply(json={"object": "list", "data": [vs_file("file-1", status)], "has_more": False})


def test_vector_store_files_list_sends_filter(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/vector_stores/vs_1/files", _file_list("completed"))
    files = list(client.vector_stores.files.list("vs_1", filter="completed", limit=10))
    assert [f.id for f in files] == ["file-1"]
    [request] = recorder.requests
    assert request.url.path == "/v1/vector_stores/vs_1/files"
    assert request.url.params["filter"] == "completed"
    assert request.url.params["limit"] == "10"


def test_file_batch_list_files_sends_filter_and_pages(client: OpenAI, recorder: Recorder) -> None:
    pages = [
        Reply(json={"object": "list", "data": [vs_file("file-1"), vs_file("file-2")], "has_more": True}),
        Reply(json={"object": "list", "data": [vs_file("file-3")], "has_more": False}),
    ]
    recorder.add("GET", "/vector_stores/vs_1/file_batches/vsfb_1/files", *pages)
    listed = client.vector_stores.file_batches.list_files("vsfb_1", vector_store_id="vs_1", filter="failed")
    assert [f.id for f in listed] == ["file-1", "file-2", "file-3"]
    first, second = (r.url.params for r in recorder.requests)
    assert first["filter"] == second["filter"] == "failed"
    assert second["after"] == "file-2"


def test_cycle_on_pages_built_by_hand_is_an_api_error() -> None:
    """A page made without a response (no client) still ends a cycling walk, as an APIError
    naming the cursor; a page whose cursors only move on is not stopped."""

    class Listed:
        def __init__(self, ids: list[str]) -> None:
            self.data = [type("Item", (), {"id": item})() for item in ids]
            self.has_more = True

    table = {"a": ["b"], "b": ["a"]}

    def fetch(params: dict[str, object]) -> SyncCursorPage[object]:
        after = str(params["after"])
        return SyncCursorPage(Listed(table[after]), fetch, params)

    page: SyncCursorPage[object] = SyncCursorPage(Listed(["a"]), fetch)
    second = page.get_next_page()
    assert [item.id for item in second.data] == ["b"]  # type: ignore[attr-defined]
    with pytest.raises(APIError, match="after='a'") as caught:
        second.get_next_page()
    assert not isinstance(caught.value, APIResponseValidationError)


def test_a_single_page_is_its_own_last_page_sync_and_async() -> None:
    """Search results come as one page: walking pages gives it alone, asking for more raises."""
    from types import SimpleNamespace

    from vectorstores import AsyncPage, SyncPage

    response = SimpleNamespace(data=["a", "b"], has_more=False, object="vector_store.search_results.page")
    page: SyncPage[str] = SyncPage(response)
    assert (list(page.iter_pages()), list(page), page.has_next_page()) == ([page], ["a", "b"], False)
    with pytest.raises(RuntimeError, match="No next page expected"):
        page.get_next_page()

    async def walk() -> list[object]:
        single: AsyncPage[str] = AsyncPage(response)
        with pytest.raises(RuntimeError, match="No next page expected"):
            await single.get_next_page()
        return [p async for p in single.iter_pages()] + [item async for item in single]

    pages = asyncio.run(walk())
    assert isinstance(pages[0], AsyncPage) and pages[1:] == ["a", "b"]


def _input_items(request: httpx2.Request) -> Reply:
    message = {"type": "message", "id": "msg_1", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}
    call = {"type": "file_search_call", "id": "fs_1", "status": "completed", "queries": ["q"]}
    later = {"type": "a_kind_added_later", "id": "new_1"}
    if request.url.params.get("after") is None:
        return Reply(json={"object": "list", "data": [message, call], "has_more": True})
    return Reply(json={"object": "list", "data": [later], "has_more": False})


def test_a_list_of_several_kinds_of_item_pages_over_their_union(client: OpenAI, recorder: Recorder) -> None:
    recorder.add("GET", "/responses/resp_1/input_items", _input_items)
    page = client.responses.input_items.list("resp_1")
    assert type(page) is SyncCursorPage[ResponseItem]  # a real class, made once per item type
    items = list(page)
    assert [type(item).__name__ for item in items[:2]] == ["ResponseInputMessageItem", "ResponseFileSearchToolCall"]
    assert items[2].to_dict() == {"type": "a_kind_added_later", "id": "new_1"}  # a kind added later: kept
    assert [r.url.params.get("after") for r in recorder.requests] == [None, "fs_1"]


def test_a_union_page_walks_async_too(make_async_client: MakeAsyncClient, recorder: Recorder) -> None:
    recorder.add("GET", "/responses/resp_1/input_items", _input_items)

    async def main() -> list[str | None]:
        async with make_async_client() as client:
            return [item.id async for item in client.responses.input_items.list("resp_1")]

    assert asyncio.run(main()) == ["msg_1", "fs_1", "new_1"]
