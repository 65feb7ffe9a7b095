"""pytest plugin (registered as ``vectorstores``): a cassette per test, recorded and replayed
with ``vectorstores.testing.make_vcr``.

``recorded_client`` (``OpenAI``) and ``recorded_async_client`` (``AsyncOpenAI``) talk through
the test's cassette, ``<test dir>/cassettes/<module>/<test>.yaml``; ``vectorstores_cassette`` is
the cassette alone, for tests that build their clients. ``--record-mode`` says what happens:
``none`` (the default) replays, with the network blocked, a dummy ``OPENAI_API_KEY`` when none is
set and polls that do not wait; ``once`` records cassettes that do not exist yet; ``rewrite``
records them all again. With pytest-recording installed, its ``--record-mode``,
``vcr_config`` and ``vcr_cassette_dir`` are the ones used, and its ``@pytest.mark.vcr`` VCRs learn
this package's matcher and serializer.

``--vectorstores-check`` (or ``vectorstores_check = true`` in the ini file) checks each replayed
cassette against the API description the installed SDK was generated from: a test whose
cassette no longer fits it fails, naming each violation (``vectorstores.testing check``).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import vcr
    from vcr.cassette import Cassette

    from . import AsyncOpenAI, OpenAI

REPLAY_KEY = "sk-replay-" + "0" * 16
_STALE = pytest.StashKey[list[str]]()  # a replayed cassette's violations, failed at the test's call
RECORD_MODES = ("none", "once", "new_episodes", "all", "rewrite")  # pytest-recording's, so both read alike
_RECORDING_ONLY = ("allowed_hosts", "allow_private_ips")  # pytest-recording's keys, not vcrpy's


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    group = parser.getgroup("vectorstores")
    group.addoption(
        "--vectorstores-check",
        action="store_true",
        default=None,
        help="fail a replayed test whose cassette does not fit the API description of the installed SDK",
    )
    parser.addini("vectorstores_check", "check replayed cassettes against the API description", type="bool")
    # pytest-recording adds the same option; two plugins adding one name is an error.
    if find_spec("pytest_recording") is None or pluginmanager.is_blocked("recording"):
        group.addoption(
            "--record-mode",
            choices=RECORD_MODES,
            help='cassettes: "none" (default) replays only, "once" records new ones',
        )


@pytest.hookimpl(optionalhook=True)
def pytest_recording_configure(config: pytest.Config, vcr: vcr.VCR) -> None:
    """pytest-recording's VCRs learn the ``body_fields`` matcher and ``readable_yaml`` serializer."""
    from .testing import register

    register(vcr)


def _fixture(request: pytest.FixtureRequest, name: str, default: Any) -> Any:
    """A fixture's value when some plugin or conftest defines it (pytest-recording's), else ``default``."""
    try:
        return request.getfixturevalue(name)
    except pytest.FixtureLookupError:
        return default


def _blocked(connect: Callable[..., Any]) -> Callable[..., Any]:
    """``socket.connect`` (or ``connect_ex``) refusing the network; local sockets still connect."""

    def guarded(sock: socket.socket, address: Any) -> Any:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            raise RuntimeError(f"the network is blocked while a cassette replays ({address!r}); --record-mode=once")
        return connect(sock, address)

    return guarded


def _replay_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # A client needs a key to be made at all; any key replays.
    if not os.environ.get("OPENAI_API_KEY"):
        monkeypatch.setenv("OPENAI_API_KEY", REPLAY_KEY)


@pytest.fixture(autouse=True)
def _vectorstores_replay_key_for_vcr_marks(request: pytest.FixtureRequest) -> None:
    """Tests pytest-recording replays (``@pytest.mark.vcr``) get the dummy key too."""
    if request.node.get_closest_marker("vcr") and request.getfixturevalue("vectorstores_replaying"):
        _replay_key(request.getfixturevalue("monkeypatch"))


@pytest.fixture
def vectorstores_vcr_config(request: pytest.FixtureRequest) -> dict[str, Any]:
    """``make_vcr``'s arguments: ``vcr_config`` (when a plugin or conftest has one) for vcrpy,
    and a ``record_mode`` from ``--record-mode``, else from ``vcr_config``, else ``"none"``."""
    config = {key: value for key, value in _fixture(request, "vcr_config", {}).items() if key not in _RECORDING_ONLY}
    return {**config, "record_mode": request.config.getoption("record_mode", None) or config.get("record_mode", "none")}


@pytest.fixture
def vectorstores_replaying(vectorstores_vcr_config: dict[str, Any]) -> bool:
    """Whether this test replays its cassette rather than recording it."""
    return bool(vectorstores_vcr_config["record_mode"] == "none")


@pytest.fixture
def vectorstores_cassette(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    vectorstores_vcr_config: dict[str, Any],
    vectorstores_replaying: bool,
) -> Iterator[Cassette]:
    """The test's cassette, in use for the whole test."""
    from .testing import make_vcr

    config = dict(vectorstores_vcr_config)
    mode = config.pop("record_mode")
    module = request.node.path
    directory = Path(_fixture(request, "vcr_cassette_dir", module.parent / "cassettes" / module.stem))
    name = "".join("-" if char in '<>?%*:|"/\\' else char for char in request.node.name) + ".yaml"
    if mode == "rewrite":
        (directory / name).unlink(missing_ok=True)
        mode = "once"
    if vectorstores_replaying:
        _replay_key(monkeypatch)
        for method in ("connect", "connect_ex"):
            monkeypatch.setattr(socket.socket, method, _blocked(getattr(socket.socket, method)))
    if vectorstores_replaying and _checking(request.config) and (directory / name).is_file():
        request.node.stash[_STALE] = _violations(directory / name)
    with make_vcr(directory, mode, **config).use_cassette(name) as cassette:
        yield cassette


def _checking(config: pytest.Config) -> bool:
    option = config.getoption("vectorstores_check", None)
    return bool(config.getini("vectorstores_check") if option is None else option)


def _violations(cassette: Path) -> list[str]:
    """One line per way ``cassette`` breaks the document the installed SDK was generated from."""
    from ._cassette_check import check_paths, shipped_document

    report = check_paths([cassette], shipped_document())
    return [f"{cassette.name}: not read: {why}" for why in report.unreadable.values()] + [
        violation.line() for violation in report.violations
    ]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    """A stale cassette fails its test before the test replays answers the API would not give."""
    stale = item.stash.get(_STALE, None)
    if stale:
        pytest.fail("the cassette no longer fits the API description (--vectorstores-check):\n" + "\n".join(stale))


@pytest.fixture
def recorded_client(vectorstores_cassette: Cassette, vectorstores_replaying: bool) -> Iterator[OpenAI]:
    """An ``OpenAI`` client (configured from the environment) whose traffic the cassette holds."""
    from . import OpenAI
    from .testing import instant

    with OpenAI() as client:
        yield instant(client) if vectorstores_replaying else client


@pytest.fixture
def recorded_async_client(vectorstores_cassette: Cassette, vectorstores_replaying: bool) -> AsyncOpenAI:
    """``recorded_client``'s ``AsyncOpenAI`` twin (a plain fixture: any async plugin can use it)."""
    from . import AsyncOpenAI
    from .testing import instant

    client = AsyncOpenAI()
    return instant(client) if vectorstores_replaying else client
