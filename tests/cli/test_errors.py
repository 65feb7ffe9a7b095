"""Each way a command can go wrong ends with one line on stderr, no traceback, and the exit status
its kind calls for: 2 for bad usage (nothing is sent), 1 for what the API or the network said."""

from __future__ import annotations

from pathlib import Path

import pytest
from vectorstores import OpenAI

from .conftest import Control, Run, closed_port, one_line_error, write_files


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["upload", "{folder}", "-s", "x", "--attribute", "novalue"],
            "error: invalid value for '--attribute' / '-a': 'novalue' is not key=value "
            "(see 'vectorstores upload --help')",
        ),
        (
            ["upload", "{folder}", "-s", "x", "-a", "=1"],
            "error: invalid value for '--attribute' / '-a': '=1' has no key",
        ),
        (
            ["upload", "{folder}", "-s", "x", "--chunk-size", "200", "--chunk-overlap", "150"],
            "error: --chunk-overlap must be between 0 and half the chunk size (100), got 150",
        ),
        (["upload", "{folder}", "-s", "x", "--chunk-size", "50"], "error: invalid value for '--chunk-size'"),
        (["upload", "{folder}/missing.txt", "-s", "x"], "error: invalid value for 'PATH...': Path"),
        (["upload", "{folder}"], "error: missing option '--store' / '-s'"),
        (
            ["search", "store", "query", "--max-results", "0"],
            "error: invalid value for '--max-results' / '-n': 0 is not in the range 1<=x<=50 "
            "(see 'vectorstores search --help')",
        ),
        (["search", "store", "query", "-n", "51"], "error: invalid value for '--max-results' / '-n': 51"),
        (["search", "store", "query", "-n", "many"], "error: invalid value for '--max-results' / '-n': 'many'"),
        (["search", "store", "q", "--threshold", "1.5"], "error: invalid value for '--threshold' / '-t'"),
        (["search", "store", "q", "-f", "year>=soon"], "error: invalid value for '--filter' / '-f': 'year>=soon'"),
        (["search", "store"], "error: missing argument 'QUERY...'"),
        (["stores", "--base-url", "ftp://example.com"], "error: invalid value for '--base-url'"),
        (["files", "s", "--status", "gone"], "error: invalid value for '--status'"),
        (["frobnicate"], "error: no such command 'frobnicate'"),
        # ids the SDK refuses to put in a URL path: one usage line, not the SDK's traceback
        (["rm", "vs_1/../x", "--yes"], "error: expected `vector_store_id` to be one path segment"),
        (["rm", "file-1/../x", "--yes"], "error: expected `file_id` to be one path segment"),
        (["search", "vs_a/b", "query"], "error: expected `vector_store_id` to be one path segment"),
        (["files", "vs_a\\b"], "error: expected `vector_store_id` to be one path segment"),
    ],
)
def test_bad_usage_exits_2_before_sending_anything(
    offline: Run, tmp_path: Path, args: list[str], expected: str
) -> None:
    folder = write_files(tmp_path / "docs", {"a.txt": "alpha"})

    result = offline(*[arg.format(folder=folder) for arg in args], "--max-retries", "0")

    assert result.exit_code == 2, result.output  # not 1: no request was tried
    assert one_line_error(result).startswith(expected)


def test_unknown_store(run: Run) -> None:
    by_name = run("search", "nowhere", "refunds")
    by_id = run("files", "vs_doesnotexist")
    removed = run("rm", "vs_doesnotexist", "--yes")

    assert (by_name.exit_code, by_id.exit_code, removed.exit_code) == (1, 1, 1)
    assert one_line_error(by_name) == (
        "error: no vector store named 'nowhere' (add --create to create it, or see 'vectorstores stores')"
    )
    assert one_line_error(by_id) == "error: no vector store with id vs_doesnotexist"
    assert one_line_error(removed) == "error: no vector store with id vs_doesnotexist"


def test_unknown_file(run: Run) -> None:
    result = run("rm", "file-doesnotexist", "--yes")

    assert result.exit_code == 1
    assert one_line_error(result) == "error: no file with id file-doesnotexist"


def test_ambiguous_store_name_lists_the_ids(run: Run, client: OpenAI) -> None:
    first, second = (client.vector_stores.create(name="twin").id for _ in range(2))

    result = run("search", "twin", "anything")

    assert result.exit_code == 1
    line = one_line_error(result)
    assert line.startswith("error: 2 vector stores are named 'twin' (")
    assert first in line and second in line and line.endswith("give one of their ids instead")


def test_wrong_key(run: Run, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "docs", {"a.txt": "alpha"})

    listed = run("stores", env={"OPENAI_API_KEY": "sk-wrong"})
    uploaded = run("upload", str(folder), "-s", "x", "--create", env={"OPENAI_API_KEY": "sk-wrong"})

    for result in (listed, uploaded):
        assert result.exit_code == 1
        assert one_line_error(result) == "error: authentication failed (check OPENAI_API_KEY)"


def test_missing_key(run: Run) -> None:
    result = run("stores", env={"OPENAI_API_KEY": None})

    assert result.exit_code == 1
    assert one_line_error(result) == "error: no API key: set OPENAI_API_KEY"


def test_unreachable_server(run: Run) -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"

    by_option = run("--max-retries", "0", "stores", "--base-url", url)
    by_environment = run("search", "docs", "refunds", "--max-retries", "0", env={"OPENAI_BASE_URL": url})

    for result in (by_option, by_environment):
        assert result.exit_code == 1
        assert one_line_error(result) == f"error: cannot reach {url}"


def test_server_error_after_retries(run: Run, control: Control) -> None:
    control.fault(method="GET", path="/v1/vector_stores", times=1, status=500)

    result = run("stores", "--max-retries", "0")

    assert result.exit_code == 1
    assert one_line_error(result).startswith("error: the API answered 500")


def test_an_upload_that_fails_fatally_mid_run_cleans_up(
    run: Run, client: OpenAI, control: Control, tmp_path: Path
) -> None:
    """The server starts refusing the key half-way: the run stops with the error line, and the
    files it had uploaded are deleted again (the refusal lasts for two uploads only)."""
    folder = write_files(tmp_path / "docs", {f"doc{n}.txt": f"document {n}" for n in range(6)})
    control.fault(method="POST", path="/v1/files", times=2, status=401)

    result = run("upload", str(folder), "-s", "x", "--create", "-j", "1")

    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "error: authentication failed (check OPENAI_API_KEY)"
    assert list(client.files.list()) == []
    assert list(client.vector_stores.list()) == []  # the store this run created went too
