"""``--vectorstores-check``: a replayed cassette that no longer fits the API description fails
its test, naming the violation; a fresh one passes; without the option nothing is checked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from vectorstores_emulator.launch import running

pytest_plugins = ["pytester"]
# The tests it runs record with vcrpy through the plugin (the SDK's testing extra), as users' do.
pytest.importorskip("vcr", reason="vcrpy 9.4, the first to record httpx2, needs Python 3.11")

KEY = "sk-plugin-check-000000"

APPLICATION = """
def test_store(recorded_client):
    store = recorded_client.vector_stores.create(name="kept")
    assert recorded_client.vector_stores.retrieve(store.id).name == "kept"
"""


@pytest.fixture(scope="module")
def emulator() -> Iterator[str]:
    with running("--api-key", KEY, "--seed", "5") as base_url:
        yield base_url


@pytest.fixture
def recorded(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, emulator: str) -> Path:
    """The application's cassette, recorded against the emulator; replays then run with no key."""
    pytester.makepyfile(test_app=APPLICATION)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", emulator)
    pytester.runpytest_subprocess("--record-mode=once", "-p", "no:cacheprovider").assert_outcomes(passed=1)
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://recorded.invalid/v1")
    (cassette,) = (pytester.path / "cassettes" / "test_app").glob("*.yaml")
    return cassette


def _stale(cassette: Path) -> None:
    # What a later document would make of it: the retrieve's status is a value it does not list.
    text = cassette.read_text(encoding="utf-8")
    assert text.count("status: completed") == 2
    cassette.write_text(text.replace("status: completed", "status: finished"), encoding="utf-8")


def test_a_fresh_cassette_passes_the_check(pytester: pytest.Pytester, recorded: Path) -> None:
    pytester.runpytest_subprocess("--vectorstores-check", "-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_a_stale_cassette_fails_naming_the_violation(pytester: pytest.Pytester, recorded: Path) -> None:
    _stale(recorded)
    result = pytester.runpytest_subprocess("--vectorstores-check", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*no longer fits the API description*",
            "*test_store.yaml #1 POST /vector_stores response.body.status: 'finished' is not one of*",
            "*test_store.yaml #2 GET /vector_stores/{vector_store_id} response.body.status: 'finished'*",
        ]
    )


def test_the_ini_option_turns_the_check_on_and_it_is_off_by_default(pytester: pytest.Pytester, recorded: Path) -> None:
    _stale(recorded)
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)  # lenient models
    pytester.makeini("[pytest]\nvectorstores_check = true\n")
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(failed=1)
