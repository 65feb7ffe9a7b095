"""Cursor pagination on each of the four list endpoints, through plain httpx2."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2
import pytest

from .conftest import Served
from .support import Json, error, ids, ok, store, upload


@dataclass
class Listing:
    """A list endpoint holding ``created`` (oldest first), and what it accepts."""

    http: httpx2.Client
    path: str
    created: list[str]
    has_before: bool = True
    max_limit: int = 100
    params: dict[str, str] = field(default_factory=dict)

    def get(self, **params: Any) -> httpx2.Response:
        return self.http.get(self.path, params={**self.params, **params})

    def page(self, **params: Any) -> Json:
        return ok(self.get(**params))


def _files(http: httpx2.Client, count: int) -> Listing:
    created = [upload(http, f"{index}.txt")["id"] for index in range(count)]
    # The files list has no ``before`` and allows up to 10,000 at once, as the real API does.
    return Listing(http, "/files", created, has_before=False, max_limit=10_000)


def _stores(http: httpx2.Client, count: int) -> Listing:
    return Listing(http, "/vector_stores", [store(http, name=str(index))["id"] for index in range(count)])


def _store_files(http: httpx2.Client, count: int) -> Listing:
    store_id = store(http)["id"]
    created = [upload(http, f"{index}.txt")["id"] for index in range(count)]
    for file_id in created:
        ok(http.post(f"/vector_stores/{store_id}/files", json={"file_id": file_id}))
    return Listing(http, f"/vector_stores/{store_id}/files", created)


def _batch_files(http: httpx2.Client, count: int) -> Listing:
    store_id = store(http)["id"]
    if count == 0:
        # A batch holds at least one file; nothing in it is ever cancelled here, so that list is empty.
        first = upload(http)["id"]
        batch = ok(http.post(f"/vector_stores/{store_id}/file_batches", json={"file_ids": [first]}))
        return Listing(
            http, f"/vector_stores/{store_id}/file_batches/{batch['id']}/files", [], params={"filter": "cancelled"}
        )
    created = [upload(http, f"{index}.txt")["id"] for index in range(count)]
    batch = ok(http.post(f"/vector_stores/{store_id}/file_batches", json={"file_ids": created}))
    return Listing(http, f"/vector_stores/{store_id}/file_batches/{batch['id']}/files", created)


MAKERS: dict[str, Callable[[httpx2.Client, int], Listing]] = {
    "files": _files,
    "vector_stores": _stores,
    "vector_store_files": _store_files,
    "batch_files": _batch_files,
}


@pytest.fixture(params=sorted(MAKERS))
def make(request: pytest.FixtureRequest, http: httpx2.Client, emulator: Served) -> Callable[[int], Listing]:
    """Builds the parametrised list endpoint with a given number of items."""
    maker = MAKERS[request.param]
    return lambda count: maker(http, count)


@pytest.fixture(params=sorted(set(MAKERS) - {"files"}))
def make_with_before(request: pytest.FixtureRequest, http: httpx2.Client, emulator: Served) -> Callable[[int], Listing]:
    """The same, for the three lists that take a ``before`` cursor (the files list has none)."""
    maker = MAKERS[request.param]
    return lambda count: maker(http, count)


def test_empty_list(make: Callable[[int], Listing]) -> None:
    listing = make(0)
    assert listing.page() == {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}
    assert listing.page(order="asc", limit=1)["data"] == []


def in_order(listing: Listing, order: str) -> list[str]:
    """The items as a list in ``order`` shows them."""
    return listing.created if order == "asc" else listing.created[::-1]


def test_after_pages_forward_in_both_orders(make: Callable[[int], Listing]) -> None:
    """Newest first by default; four items by two make exactly two pages, the second saying it is
    the last; one at a time sees everything once; after the last item the page is empty."""
    listing = make(4)
    default = listing.page()
    assert (ids(default), default["has_more"]) == (in_order(listing, "desc"), False)
    assert (default["first_id"], default["last_id"]) == (listing.created[-1], listing.created[0])
    for order in ("asc", "desc"):
        expected = in_order(listing, order)
        first = listing.page(limit=2, order=order)
        assert (ids(first), first["has_more"]) == (expected[:2], True), order
        assert (first["first_id"], first["last_id"]) == (expected[0], expected[1])
        second = listing.page(limit=2, order=order, after=first["last_id"])
        assert (ids(second), second["has_more"]) == (expected[2:], False), order
        assert (second["first_id"], second["last_id"]) == (expected[2], expected[3])

        seen: list[str] = []
        cursor: dict[str, str] = {}
        while True:
            page = listing.page(limit=1, order=order, **cursor)
            seen += ids(page)
            if not page["has_more"]:
                break
            cursor = {"after": page["last_id"]}
        assert seen == expected, order

        tail = listing.page(order=order, after=expected[-1])
        assert tail == {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}


def test_before_gives_the_items_nearest_the_cursor(make_with_before: Callable[[int], Listing]) -> None:
    """``before`` pages backwards: the ``limit`` items just ahead of the cursor, in list order."""
    listing = make_with_before(4)
    for order in ("asc", "desc"):
        expected = in_order(listing, order)
        near = listing.page(limit=2, order=order, before=expected[3])
        assert ids(near) == expected[1:3], order
        assert near["has_more"] is True  # expected[0] lies further back
        start = listing.page(limit=2, order=order, before=expected[2])
        assert ids(start) == expected[:2], order
        assert start["has_more"] is False
        assert listing.page(order=order, before=expected[0])["data"] == []
        between = listing.page(order=order, after=expected[0], before=expected[3])
        assert ids(between) == expected[1:3], order


def test_smallest_and_largest_limits(make: Callable[[int], Listing]) -> None:
    listing = make(3)
    one = listing.page(limit=1)
    assert (ids(one), one["has_more"]) == ([listing.created[-1]], True)
    most = listing.page(limit=listing.max_limit)
    assert (ids(most), most["has_more"]) == (listing.created[::-1], False)
    if listing.max_limit != 100:
        assert len(ids(listing.page(limit=100))) == 3


def test_bad_list_parameters(make: Callable[[int], Listing]) -> None:
    """Out-of-range or non-integer limits, unknown orders and unknown cursors: 400 naming them."""
    listing = make(1)
    for limit in (0, -1, listing.max_limit + 1, "ten", "1.5", ""):
        error(listing.get(limit=limit), 400, "limit")
    error(listing.get(order="sideways"), 400, "order")
    error(listing.get(order="ASC"), 400, "order")
    assert "no object with id" in error(listing.get(after="obj_unknown"), 400, "after")["message"]
    if listing.has_before:
        error(listing.get(before="obj_unknown"), 400, "before")
