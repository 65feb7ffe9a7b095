"""Pages of results. Iterating a cursor page walks every item of every later page, fetching each
page only when the previous one is used up."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, Protocol, TypeVar

from vectorstores_raw.types import UNSET

__all__ = ["AsyncCursorPage", "AsyncPage", "AsyncPaginator", "SyncCursorPage", "SyncPage"]

T = TypeVar("T")


class _ListResponse(Protocol):
    data: Any
    has_more: Any


def _items(response: _ListResponse) -> list[Any]:
    data = response.data
    return list(data) if isinstance(data, list) else []


def _given(value: Any) -> bool:
    return value is not None and value is not UNSET


def _next_cursor(page: _BasePage[Any]) -> dict[str, Any] | None:
    """The cursor of the page that follows, in the direction the first request went.

    A list asked for ``before`` an item goes on towards the start (``has_more`` then says there
    are more before it), from this page's first item; any other goes on after its last item."""
    if not page.has_more or not page.data:
        return None
    backwards = _given(page.params.get("before")) and not _given(page.params.get("after"))
    item_id = getattr(page.data[0] if backwards else page.data[-1], "id", None)
    # A cursor that does not move (a server ignoring it) would fetch the same page forever.
    if not isinstance(item_id, str) or page.params.get("before" if backwards else "after") == item_id:
        return None
    if backwards:
        return {"before": item_id}
    # Only operations that take ``before`` get it cleared (``files.list`` has none).
    return {"after": item_id, **({"before": UNSET} if "before" in page.params else {})}


class _BasePage(Generic[T]):
    def __init__(self, response: _ListResponse, params: dict[str, Any] | None = None) -> None:
        self.response = response
        self.params = params or {}  # the list arguments that produced this page
        self.data: list[T] = _items(response)
        self.has_more: bool = response.has_more is True
        self.object = getattr(response, "object", "list")
        self.first_id: str | None = getattr(response, "first_id", None) or None
        self.last_id: str | None = getattr(response, "last_id", None) or None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self.data!r}, has_more={self.has_more})"

    def __len__(self) -> int:
        return len(self.data)

    def has_next_page(self) -> bool:
        """Whether the server has more items beyond this page."""
        return _next_cursor(self) is not None


class SyncCursorPage(_BasePage[T]):
    """One page of a list; ``for item in page`` goes on through the following pages."""

    def __init__(
        self,
        response: _ListResponse,
        fetch: Callable[[dict[str, Any]], SyncCursorPage[T]],
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(response, params)
        self._fetch = fetch

    def get_next_page(self) -> SyncCursorPage[T]:
        """Fetch the page that follows this one."""
        cursor = _next_cursor(self)
        if cursor is None:
            raise RuntimeError("No next page; check has_next_page() first")
        return self._fetch(cursor)

    def iter_pages(self) -> Iterator[SyncCursorPage[T]]:
        """This page and each following one, fetched as you go."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_BasePage[T]):
    """One page of a list from the async client; ``async for`` goes through later pages."""

    def __init__(
        self,
        response: _ListResponse,
        fetch: Callable[[dict[str, Any]], Awaitable[AsyncCursorPage[T]]],
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(response, params)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncCursorPage[T]:
        """Fetch the page that follows this one."""
        cursor = _next_cursor(self)
        if cursor is None:
            raise RuntimeError("No next page; check has_next_page() first")
        return await self._fetch(cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[T]]:
        """This page and each following one, fetched as you go."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What the async ``list`` methods return: await it for the first page, or ``async for``
    over it for every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncCursorPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item


class SyncPage(_BasePage[T]):
    """A single page of results (search results, parsed file content)."""

    def __init__(self, response: _ListResponse) -> None:
        super().__init__(response)
        self.next_page: str | None = getattr(response, "next_page", None) or None
        self.search_query: list[str] | None = getattr(response, "search_query", None) or None

    def has_next_page(self) -> bool:
        return False

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)


AsyncPage = SyncPage
