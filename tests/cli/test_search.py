"""``vectorstores search``: the table with highlighted words, JSON lines, filters on attributes,
the score threshold and the number of results."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from vectorstores import OpenAI
from vectorstores.cli.commands import cli

from tests.emulator.conftest import violations

from .conftest import API_KEY, Control, Run, Served, invoker, write_files


@pytest.fixture(scope="module")
def handbook(cli_server: Served, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One store for the whole module (searching changes nothing): billing documents
    (team=billing, year=2024) and support ones (team=support, year=2025), uploaded through the
    CLI itself."""
    control = Control(cli_server.root, API_KEY)
    control.reset()
    control.http.close()
    root = tmp_path_factory.mktemp("handbook")
    billing = write_files(
        root / "billing",
        {
            "refunds.md": "# Refunds\nRefunds are paid back within five days of the request.",
            "invoices.txt": "Invoices list every charge; a refund appears as a credit line.",
        },
    )
    support = write_files(
        root / "support",
        {
            "reset.md": "# Password reset\nTo reset a password, open settings and choose reset.",
            "refund-calls.txt": "Support staff forward refund calls to the billing team.",
        },
    )
    env = {"OPENAI_API_KEY": API_KEY, "OPENAI_BASE_URL": cli_server.base_url}
    for folder, team, year in [(billing, "billing", "2024"), (support, "support", "2025")]:
        args = ["upload", str(folder), "-s", "handbook", "--create", "-a", f"team={team}", "-a", f"year={year}"]
        result = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    yield "handbook"
    problems = violations(cli_server.recorder.take())
    assert not problems, "answers that break openapi.yaml:\n" + "\n".join(problems[:20])


@pytest.fixture
def run(handbook: str, cli_server: Served, monkeypatch: pytest.MonkeyPatch) -> Run:
    """The CLI against the module's store, left as it is between tests."""
    return invoker(monkeypatch, cli_server.base_url)


@pytest.fixture
def client(handbook: str, cli_server: Served) -> Iterator[OpenAI]:
    with OpenAI(api_key=API_KEY, base_url=cli_server.base_url, max_retries=0) as sdk:
        yield sdk


def test_search_prints_a_table_of_score_file_and_snippet(run: Run, handbook: str) -> None:
    result = run("search", handbook, "refund")

    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]  # in a pipe: tab-separated rows
    assert {row[1] for row in rows} == {"refunds.md", "invoices.txt", "refund-calls.txt"}
    scores = [float(row[0]) for row in rows]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < score <= 1 for score in scores)
    assert any("Refunds are paid back within five days" in row[2] for row in rows)


def test_search_in_a_terminal_highlights_the_matched_words(run: Run, handbook: str) -> None:
    result = run("search", handbook, "password", "reset", env={"FORCE_COLOR": "1", "COLUMNS": "160"})

    assert result.exit_code == 0, result.output
    assert "score" in result.stdout and "snippet" in result.stdout  # the table's header
    assert "\x1b[1;33mpassword\x1b[0m" in result.stdout
    assert "\x1b[1;33mreset\x1b[0m" in result.stdout


def test_search_json_lines_with_filters(run: Run, handbook: str) -> None:
    result = run("search", handbook, "refund", "--filter", "team=billing", "--json")

    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert {hit["filename"] for hit in hits} == {"refunds.md", "invoices.txt"}
    assert all(hit["attributes"]["team"] == "billing" for hit in hits)
    assert all(set(hit) >= {"file_id", "filename", "score", "attributes", "content"} for hit in hits)

    newer = run("search", handbook, "refund", "-f", "year>=2025", "-f", "team!=billing", "--json")
    assert [json.loads(line)["filename"] for line in newer.stdout.splitlines()] == ["refund-calls.txt"]


def test_search_filters_reach_in_nin_and_or(run: Run, handbook: str) -> None:
    def names(*args: str) -> set[str]:
        result = run("search", handbook, "refund", "--json", *args)
        assert result.exit_code == 0, result.output
        return {json.loads(line)["filename"] for line in result.stdout.splitlines()}

    support = {"refund-calls.txt"}
    assert names("-f", "team in support,sales") == support
    assert names("-f", "team nin billing") == support
    clauses: list[dict[str, Any]] = [{"type": "eq", "key": "team", "value": "support"}]
    either = {"type": "or", "filters": [*clauses, {"type": "eq", "key": "year", "value": 2024}]}
    assert names("--filter-json", json.dumps(either)) == support | {"refunds.md", "invoices.txt"}
    assert names("--filter-json", json.dumps(either), "-f", "year<2025") == {"refunds.md", "invoices.txt"}
    bad = run("search", handbook, "refund", "--filter-json", "{nope")
    assert bad.exit_code == 2 and "--filter-json is not JSON" in bad.stderr


def test_search_limits_and_threshold(run: Run, handbook: str) -> None:
    one = run("search", handbook, "refund", "--max-results", "1", "--json")
    assert len(one.stdout.splitlines()) == 1

    scores = [json.loads(line)["score"] for line in run("search", handbook, "refund", "--json").stdout.splitlines()]
    cut = sorted(scores)[len(scores) // 2]
    above = run("search", handbook, "refund", "--threshold", str(cut), "--json")
    assert [json.loads(line)["score"] for line in above.stdout.splitlines()] == [s for s in scores if s >= cut]
    assert len(above.stdout.splitlines()) < len(scores)


def test_no_results_is_not_an_error(run: Run, handbook: str) -> None:
    result = run("search", handbook, "zebra")

    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No results for 'zebra' in handbook" in result.stderr


def test_search_by_store_id(run: Run, client: OpenAI, handbook: str) -> None:
    (store,) = list(client.vector_stores.list())

    result = run("search", store.id, "invoices", "--json")

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["filename"] == "invoices.txt"
