"""Pages of results. Iterating a cursor page walks every item of every later page, fetching each
page only when the previous one is used up.

``SyncCursorPage[VectorStore]`` is a real class (made once per item type), so
``isinstance(page, SyncCursorPage[VectorStore])`` holds and ``model_fields`` can name the
item type, as with openai-python's pages.

A walk (``iter_pages``, iteration, or ``get_next_page`` one page after another) remembers the
cursors it has followed. A server whose cursors lead back to one already followed would have
the walk repeat the same pages forever, so that is an ``APIResponseValidationError`` naming the
cursor instead.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, ClassVar, Generic, Literal, NamedTuple, Protocol, TypeVar

import httpx2
from vectorstores_raw.errors import APIError, APIResponseValidationError
from vectorstores_raw.types import UNSET

__all__ = ["AsyncCursorPage", "AsyncPage", "AsyncPaginator", "CursorPageInfo", "PageInfo", "SyncCursorPage", "SyncPage"]

T = TypeVar("T")
PageT = TypeVar("PageT", bound="_BasePage[Any]")


class _ListResponse(Protocol):
    data: Any
    has_more: Any


class FieldInfo(NamedTuple):
    """A page field as ``model_fields`` lists it."""

    annotation: Any


class PageInfo(NamedTuple):
    """The query parameters that fetch the next page (``page.next_page_info()``)."""

    params: dict[str, Any]


CursorPageInfo = PageInfo


class _Fields:
    """``Page.model_fields``: the page's fields with the item type filled in, read off the class."""

    def __get__(self, obj: object, owner: type[_BasePage[Any]]) -> dict[str, FieldInfo]:
        return owner._fields()


_PARAMETRISED: dict[tuple[type, Any], type] = {}
_NO_NEXT_PAGE = "No next page expected; please check `.has_next_page()` before calling `.get_next_page()`."


def _given(value: Any) -> bool:
    return value is not None and value is not UNSET


def _cursor(info: PageInfo) -> tuple[str, str]:
    """The cursor parameter of a next page's request, and its value."""
    key = "before" if isinstance(info.params.get("before"), str) else "after"
    return key, str(info.params[key])


class _BasePage(Generic[T]):
    _item_type: ClassVar[Any] = Any

    def __class_getitem__(cls, item: Any) -> Any:
        # Inside class statements (``_BasePage[T]``) this is typing's own subscription.
        if isinstance(item, (TypeVar, tuple)) or getattr(item, "__parameters__", None):
            return super().__class_getitem__(item)  # type: ignore[misc]
        key = (cls, item)
        found = _PARAMETRISED.get(key)
        if found is None:
            name = f"{cls.__name__}[{getattr(item, '__name__', repr(item))}]"
            found = _PARAMETRISED[key] = type(name, (cls,), {"_item_type": item, "__module__": cls.__module__})
        return found

    def __init__(
        self,
        response: _ListResponse,
        params: dict[str, Any] | None = None,
        http_response: httpx2.Response | None = None,
    ) -> None:
        self.response = response
        self.params = params or {}  # the list arguments that produced this page
        self._http_response = http_response  # for the error a cycle of cursors raises
        # The cursors followed to reach this page, its own included.
        self._followed: frozenset[str] = frozenset(
            value for value in (self.params.get("after"), self.params.get("before")) if isinstance(value, str)
        )
        data = response.data
        self.data: list[T] = list(data) if isinstance(data, list) else []
        self.has_more: bool = response.has_more is True
        self.object: str = getattr(response, "object", None) or "list"
        self.first_id: str | None = getattr(response, "first_id", None) or None
        self.last_id: str | None = getattr(response, "last_id", None) or None
        self._request_id: str | None = None

    @classmethod
    def _fields(cls) -> dict[str, FieldInfo]:
        return {"data": FieldInfo(list[cls._item_type]), "has_more": FieldInfo(bool | None)}  # type: ignore[name-defined]

    model_fields: ClassVar[_Fields] = _Fields()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(data={self.data!r}, has_more={self.has_more})"

    def __len__(self) -> int:
        return len(self.data)

    def _get_page_items(self) -> list[T]:
        return self.data

    def next_page_info(self) -> PageInfo | None:
        """The parameters of the page that follows, in the direction the first request went;
        None on the last page.

        A list asked for ``before`` an item goes on towards the start (``has_more`` then says
        there are more before it), from this page's first item; any other goes on after its
        last item."""
        if not self.has_more or not self.data:
            return None
        backwards = _given(self.params.get("before")) and not _given(self.params.get("after"))
        item_id = getattr(self.data[0] if backwards else self.data[-1], "id", None)
        # A cursor that does not move (a server ignoring it) would fetch the same page forever.
        if not isinstance(item_id, str) or self.params.get("before" if backwards else "after") == item_id:
            return None
        return PageInfo({"before": item_id} if backwards else {"after": item_id})

    def _next_request(self, info: PageInfo) -> dict[str, Any]:
        """The arguments that change for the next request. The info carries only the cursor,
        as openai-python's does; a walk going forward from a list that also named ``before``
        must not send it again (only operations that take ``before`` get it cleared:
        ``files.list`` has none)."""
        if "after" in info.params and "before" in self.params:
            return {**info.params, "before": UNSET}
        return info.params

    def has_next_page(self) -> bool:
        """Whether the server has more items beyond this page."""
        return self.next_page_info() is not None

    def _continue_walk(self, following: PageT) -> PageT:
        """``following`` as the next step of this page's walk: it inherits the cursors followed
        so far, and may not send the walk back to one of them."""
        following._followed = following._followed | self._followed
        ahead = following.next_page_info()
        if ahead is None:
            return following
        key, cursor = _cursor(ahead)
        if cursor not in following._followed:
            return following
        reason = (
            f"the server's pages go round in a cycle: the next page would be fetched with {key}={cursor!r}, "
            "a cursor this walk already followed, so it would repeat the same pages forever"
        )
        if following._http_response is None:  # a page built by hand has no response to show
            raise APIError(reason, body=following.to_dict())
        raise APIResponseValidationError(following._http_response, reason, following.to_dict())

    def to_dict(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> dict[str, Any]:
        """The page as the server sent it (JSON names, unknown keys too), as openai-python's
        pages, which are models, give it; ``mode="json"`` gives only JSON types."""
        options = {
            "use_api_names": use_api_names,
            "exclude_unset": exclude_unset,
            "exclude_defaults": exclude_defaults,
            "exclude_none": exclude_none,
            "warnings": warnings,
        }
        to_dict = getattr(self.response, "to_dict", None)
        if callable(to_dict):
            return dict(to_dict(mode=mode, **options))
        # A page built by hand around an object that is not a generated model.
        items = [item.to_dict(mode=mode, **options) if hasattr(item, "to_dict") else item for item in self.data]
        return {"data": items, "has_more": self.has_more}

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """``to_dict(mode="json")`` as JSON text, indented by 2 unless told otherwise (as the
        models' ``to_json``)."""
        data = self.to_dict(
            mode="json",
            use_api_names=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )
        separators = (",", ":") if indent is None else None
        return json.dumps(data, indent=indent, separators=separators, ensure_ascii=False)

    def model_dump(self, **options: Any) -> dict[str, Any]:
        """The page's response dumped as the models dump (``mode``, ``exclude_none``, ...)."""
        dump = getattr(self.response, "model_dump", None)
        return dict(dump(**options)) if callable(dump) else self.to_dict()

    def model_dump_json(self, **options: Any) -> str:
        """``model_dump`` as JSON text, compact unless ``indent`` is given."""
        dump = getattr(self.response, "model_dump_json", None)
        return str(dump(**options)) if callable(dump) else json.dumps(self.to_dict(mode="json"))


class SyncCursorPage(_BasePage[T]):
    """One page of a list; ``for item in page`` goes on through the following pages."""

    def __init__(
        self,
        response: _ListResponse,
        fetch: Callable[[dict[str, Any]], SyncCursorPage[T]] | None = None,
        params: dict[str, Any] | None = None,
        http_response: httpx2.Response | None = None,
    ) -> None:
        super().__init__(response, params, http_response)
        self._fetch = fetch

    def get_next_page(self) -> SyncCursorPage[T]:
        """Fetch the page that follows this one."""
        info = self.next_page_info()
        if info is None or self._fetch is None:
            raise RuntimeError(_NO_NEXT_PAGE)
        return self._continue_walk(self._fetch(self._next_request(info)))

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
        fetch: Callable[[dict[str, Any]], Awaitable[AsyncCursorPage[T]]] | None = None,
        params: dict[str, Any] | None = None,
        http_response: httpx2.Response | None = None,
    ) -> None:
        super().__init__(response, params, http_response)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncCursorPage[T]:
        """Fetch the page that follows this one."""
        info = self.next_page_info()
        if info is None or self._fetch is None:
            raise RuntimeError(_NO_NEXT_PAGE)
        return self._continue_walk(await self._fetch(self._next_request(info)))

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


class _SinglePage(_BasePage[T]):
    """A page that is all there is (search results, parsed file content): no next page."""

    def __init__(
        self,
        response: _ListResponse,
        fetch: Any = None,
        params: dict[str, Any] | None = None,
        http_response: httpx2.Response | None = None,
    ) -> None:
        super().__init__(response, params, http_response)
        self.next_page: str | None = getattr(response, "next_page", None) or None
        self.search_query: list[str] | None = getattr(response, "search_query", None) or None

    @classmethod
    def _fields(cls) -> dict[str, FieldInfo]:
        return {"data": FieldInfo(list[cls._item_type]), "object": FieldInfo(str)}  # type: ignore[name-defined]

    def next_page_info(self) -> PageInfo | None:
        return None

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)


class SyncPage(_SinglePage[T]):
    """A single page of results; ``get_next_page``/``iter_pages`` behave as on a last page."""

    def get_next_page(self) -> SyncPage[T]:
        raise RuntimeError(_NO_NEXT_PAGE)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        yield self


class AsyncPage(_SinglePage[T]):
    """A single page of results from the async client; ``async for`` works on it too."""

    async def get_next_page(self) -> AsyncPage[T]:
        raise RuntimeError(_NO_NEXT_PAGE)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        yield self

    async def __aiter__(self) -> AsyncIterator[T]:
        for item in self.data:
            yield item


class AsyncPaginator(Generic[T, PageT]):
    """What the async list methods return: await it for the first page, or ``async for`` over
    it for every item of every page."""

    def __init__(self, first: Callable[[], Awaitable[PageT]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page: Any = await self._first()
        async for item in page:
            yield item
