"""Path parameters: a request goes to the resource its operation names, or nowhere.

``quote`` leaves ``.`` and ``..`` alone and httpx2 removes dot segments, so an id of ``..`` once
turned ``files.delete("..", vector_store_id="vs_1")`` into ``DELETE /vector_stores/vs_1``. Every
operation with a path parameter, found in the generated package, is checked here: for any id
the request either has exactly the segments of its path template, each id read back whole from
its own segment, or is refused with a ValueError/TypeError naming the argument before sending.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx2
import pytest
import vectorstores_raw.api as api
from hypothesis import given, settings
from hypothesis import strategies as st
from vectorstores import OpenAI
from vectorstores_raw.client import Client

from .conftest import Report

BASE_URL = "https://api.test/v1"
VALID = "id_1"

# Ids that once sent a request astray, and their neighbours.
HOSTILE = ["", " ", ".", "..", "/", "a/b", "../x", "\\", "..\\", "%2e", "%2e%2e", ".%2e", "a\x00", "a\r\nb", "?", "#"]
IDS = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12), st.text(alphabet="./\\%2e", max_size=6))


def _operations() -> Iterator[ModuleType]:
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for operation in pkgutil.iter_modules(package.__path__):
            yield importlib.import_module(f"{package.__name__}.{operation.name}")


def _path_names(module: ModuleType) -> list[str]:
    template = _template(module)
    return [segment[1:-1] for segment in template.split("/") if segment.startswith("{")]


def _template(module: ModuleType) -> str:
    # The module docstring opens with ``METHOD /path``, the operation as the document gives it.
    return (module.__doc__ or "").split("``")[1].split(" ", 1)[1]


# Built once: an httpx2 client makes an SSL context, which costs more than the checks themselves.
CLIENT = Client(base_url=BASE_URL)
HTTP = httpx2.Client(base_url=BASE_URL)
OPERATIONS = [module for module in _operations() if _path_names(module)]


def _filler(hint: Any) -> Any:
    """A value the document accepts for a required argument that is not in the path."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    if type(None) in options:
        return None
    if str in options:
        return "x"
    raise AssertionError(f"no filler for a required argument typed {hint}: extend _filler")


def _call(module: ModuleType, ids: dict[str, str]) -> Callable[[], httpx2.Request]:
    """Build (never send) the request ``module`` makes for these path ids."""
    build: Callable[..., Any] = module.request_options
    hints = typing.get_type_hints(build)
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(build).parameters.items():
        if name in ids:
            arguments[name] = ids[name]
        elif parameter.default is inspect.Parameter.empty:
            arguments[name] = _filler(hints[name])
    return lambda: CLIENT.build_request(HTTP, build(**arguments))


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


@pytest.mark.parametrize("module", OPERATIONS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_request_path_has_the_segments_of_its_template(module: ModuleType, report: Report) -> None:
    template = "/v1" + _template(module)
    names = _path_names(module)
    checked = {"requests": 0, "refusals": 0}

    @settings(max_examples=150, deadline=None, database=None)
    @given(st.fixed_dictionaries({name: IDS for name in names}))
    def check(ids: dict[str, str]) -> None:
        try:
            request = _call(module, ids)()
        except (ValueError, TypeError) as error:
            assert any(f"`{name}`" in str(error) for name in names), f"{error!r} names no argument"
            checked["refusals"] += 1
            return
        sent = _segments(request.url.raw_path.decode("ascii").split("?", 1)[0])
        expected = _segments(template)
        assert len(sent) == len(expected), f"{ids!r} sent {request.url.raw_path!r} for {template}"
        for want, got in zip(expected, sent, strict=True):
            if want.startswith("{"):
                assert unquote(got) == ids[want[1:-1]]
            else:
                assert got == want
        checked["requests"] += 1

    check()
    report.check(
        f"{module.__name__.rsplit('.', 1)[-1]}: generated ids in {', '.join(names)}",
        f"every request path has the {len(_segments(template))} segments of {template}, or a ValueError",
        f"{checked['requests']} requests with the right segments, {checked['refusals']} refused",
        checked["requests"] > 0 and checked["refusals"] > 0,
    )


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        return httpx2.Response(599)


CASES: list[tuple[str, Callable[[OpenAI], object], str]] = [
    ("vector_stores.files.delete('..', vector_store_id='vs_1')",
     lambda c: c.vector_stores.files.delete("..", vector_store_id="vs_1"), "file_id"),
    ("files.delete('..')", lambda c: c.files.delete(".."), "file_id"),
    ("vector_stores.files.list('..')", lambda c: c.vector_stores.files.list(".."), "vector_store_id"),
    ("vector_stores.retrieve('.')", lambda c: c.vector_stores.retrieve("."), "vector_store_id"),
    ("vector_stores.delete('vs_1/files')", lambda c: c.vector_stores.delete("vs_1/files"), "vector_store_id"),
    ("files.content('')", lambda c: c.files.content(""), "file_id"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "call", "argument"), CASES, ids=[case[0] for case in CASES])
def test_a_hostile_id_is_refused_before_sending(
    label: str, call: Callable[[OpenAI], object], argument: str, report: Report
) -> None:
    recorder = Recorder()
    http = httpx2.Client(transport=httpx2.MockTransport(recorder))
    with (
        OpenAI(api_key="sk-test", base_url=BASE_URL, max_retries=0, http_client=http) as client,
        pytest.raises(ValueError) as raised,
    ):
        call(client)
    observed = f"{type(raised.value).__name__}: {raised.value}; {len(recorder.requests)} request(s) sent"
    report.check(label, f"ValueError naming `{argument}`; no request", observed,
                 f"`{argument}`" in str(raised.value) and not recorder.requests)  # fmt: skip


def test_an_empty_id_has_openais_message() -> None:
    empty = r"Expected a non-empty value for `vector_store_id` but received ''"
    with OpenAI(api_key="sk-test", base_url=BASE_URL) as client, pytest.raises(ValueError, match=empty):
        client.vector_stores.retrieve("")
