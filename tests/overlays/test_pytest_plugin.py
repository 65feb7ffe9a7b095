"""The pytest plugin, run by pytest inside pytest: record against a seeded emulator, then replay
offline with no key set; --record-mode; the network blocked on replay; pytest-recording's
option and configuration taken when it is there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from vectorstores_emulator.launch import running

pytest_plugins = ["pytester"]
# The plugin records with vcrpy, which has no release for Python 3.10 that records httpx2.
pytest.importorskip("vcr", reason="vcrpy 9.4, the first to record httpx2, needs Python 3.11")

KEY = "sk-plugin-test-000000"

APPLICATION = """
import asyncio
import socket

import pytest


def test_store(recorded_client):
    store = recorded_client.vector_stores.create(name="kept")
    assert recorded_client.vector_stores.retrieve(store.id).name == "kept"


def test_async_store(recorded_async_client):
    async def run():
        async with recorded_async_client as client:
            store = await client.vector_stores.create(name="async")
            return (await client.vector_stores.retrieve(store.id)).name

    assert asyncio.run(run()) == "async"


def test_network(vectorstores_cassette, vectorstores_replaying):
    if vectorstores_replaying:
        with pytest.raises(RuntimeError, match="network is blocked"):
            socket.create_connection(("127.0.0.1", 9))
        with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
            server.bind("\\0vectorstores-plugin-test")  # abstract (Linux): no path to clean up
            server.listen()
            client.connect("\\0vectorstores-plugin-test")  # not the network: still allowed
"""


@pytest.fixture(scope="module")
def emulator() -> Iterator[str]:
    with running("--api-key", KEY, "--seed", "3") as base_url:
        yield base_url


def test_record_once_then_replay_offline_without_a_key_then_rewrite(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, emulator: str
) -> None:
    pytester.makepyfile(test_app=APPLICATION)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", emulator)
    pytester.runpytest_subprocess("--record-mode=once", "-p", "no:cacheprovider").assert_outcomes(passed=3)
    cassettes = pytester.path / "cassettes" / "test_app"
    assert sorted(path.name for path in cassettes.iterdir()) == ["test_async_store.yaml", "test_store.yaml"]
    text = (cassettes / "test_store.yaml").read_text()
    assert "uri: http://localhost/v1/vector_stores/vs_1" in text and KEY not in text

    # Replay: no key, no server, the network blocked (test_network), and every test passes.
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.delenv("OPENAI_BASE_URL")
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=3)

    # A request the cassette lacks fails the test rather than reaching anything.
    pytester.makepyfile(test_app=APPLICATION.replace('"kept"', '"changed"'))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-k", "test_store")
    result.assert_outcomes(failed=1, deselected=2)
    result.stdout.fnmatch_lines(["*CannotOverwriteExistingCassetteException*"])

    # --record-mode=rewrite records it again, from nothing.
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", emulator)
    result = pytester.runpytest_subprocess("--record-mode=rewrite", "-p", "no:cacheprovider", "-k", "test_store")
    result.assert_outcomes(passed=1, deselected=2)
    assert "name: changed" in (cassettes / "test_store.yaml").read_text()


FAKE_RECORDING = """
import pytest


def pytest_addoption(parser):
    parser.getgroup("recording").addoption("--record-mode", default=None)


@pytest.fixture
def vcr_config():
    return {"record_mode": "once", "allowed_hosts": ["x"]}


@pytest.fixture
def vcr_cassette_dir(request):
    return str(request.config.rootpath / "elsewhere")
"""


def test_pytest_recording_owns_the_option_and_its_configuration_is_used(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, emulator: str
) -> None:
    pytester.makepyfile(pytest_recording=FAKE_RECORDING, test_app=APPLICATION)
    pytester.syspathinsert()
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", emulator)
    # No clash over --record-mode; vcr_config's record_mode records, its own keys are left out.
    result = pytester.runpytest_subprocess("-p", "pytest_recording", "-p", "no:cacheprovider", "-k", "test_store")
    result.assert_outcomes(passed=1, deselected=2)
    assert list(pytester.path.glob("**/elsewhere/test_store.yaml"))


def test_tests_pytest_recording_replays_get_the_dummy_key(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(
        test_marked="""
        import os

        import pytest


        @pytest.mark.vcr
        def test_marked():
            assert os.environ["OPENAI_API_KEY"].startswith("sk-replay-")


        def test_unmarked():
            assert "OPENAI_API_KEY" not in os.environ
        """
    )
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=2)
