"""What people type, parsed: attribute values, filters, chunking; snippets and highlighting; and
the help of every command (examples in it, nothing wider than the terminal)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from vectorstores.cli import params
from vectorstores.cli.commands import cli
from vectorstores.cli.output import highlight, human_bytes, query_stems, snippet


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("billing", "billing"),
        ("true", True),
        ("FALSE", False),
        ("2024", 2024),
        ("-3", -3),
        ("1.5", 1.5),
        ("2e3", 2000.0),
        ('"2024"', "2024"),  # quoted: kept a string
        ('"true"', "true"),
        ("nan", "nan"),  # not a JSON number: a string
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_values_follow_one_rule(text: str, value: params.Value) -> None:
    parsed = params.parse_value(text)
    assert parsed == value and type(parsed) is type(value)


def test_attributes() -> None:
    assert params.parse_attributes(("team=billing", "year=2024", "team=support")) == {
        "team": "support",  # the last one wins
        "year": 2024,
    }
    assert params.parse_attribute(" url = https://x.test/?a=b") == ("url", " https://x.test/?a=b")
    for bad, message in [("novalue", "is not key=value"), ("=1", "has no key"), ("k" * 65 + "=1", "longer than 64")]:
        with pytest.raises(ValueError, match=message):
            params.parse_attribute(bad)
    with pytest.raises(ValueError, match="at most 16 attributes"):
        params.parse_attributes(tuple(f"k{n}=v" for n in range(17)))
    with pytest.raises(ValueError, match="longer than 512"):
        params.parse_attribute("k=" + "x" * 513)


def test_filters() -> None:
    assert params.combine_filters(()) is None
    assert params.combine_filters(("team=billing",)) == {"type": "eq", "key": "team", "value": "billing"}
    assert params.combine_filters(("year>=2024", "draft!=true", "size<10", "a>1", "b<=2")) == {
        "type": "and",
        "filters": [
            {"type": "gte", "key": "year", "value": 2024},
            {"type": "ne", "key": "draft", "value": True},
            {"type": "lt", "key": "size", "value": 10},
            {"type": "gt", "key": "a", "value": 1},
            {"type": "lte", "key": "b", "value": 2},
        ],
    }
    with pytest.raises(ValueError, match="compares numbers"):
        params.parse_filter("year>soon")
    with pytest.raises(ValueError, match="is not key=value"):
        params.parse_filter("team")


def test_list_and_json_filters() -> None:
    assert params.parse_filter("team in support, sales") == {"type": "in", "key": "team", "value": ["support", "sales"]}
    assert params.parse_filter("year nin 2020,2021") == {"type": "nin", "key": "year", "value": [2020, 2021]}
    assert params.parse_filter("team=in x") == {"type": "eq", "key": "team", "value": "in x"}  # = wins
    with pytest.raises(ValueError, match="strings or numbers separated by commas"):
        params.parse_filter("team in a,,b")
    either = '{"type": "or", "filters": [{"type": "eq", "key": "a", "value": 1}]}'
    assert params.parse_filter_json(either)["type"] == "or"
    with pytest.raises(ValueError, match="not JSON"):
        params.parse_filter_json("{type: or}")
    with pytest.raises(ValueError, match='"type"'):
        params.parse_filter_json('["or"]')


def test_chunking() -> None:
    assert params.chunking_strategy(None, None) is None  # the API's auto
    assert params.chunking_strategy(400, None) == {
        "type": "static",
        "static": {"max_chunk_size_tokens": 400, "chunk_overlap_tokens": 200},
    }
    assert params.chunking_strategy(None, 100)["static"] == {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 100}  # type: ignore[index]
    with pytest.raises(ValueError, match="half the chunk size"):
        params.chunking_strategy(200, 101)


def test_snippet_centres_on_the_first_match_and_marks_cuts() -> None:
    text = " ".join(f"word{n}" for n in range(100)) + " the refunds policy " + " ".join(f"tail{n}" for n in range(100))
    stems = query_stems(["What is the refund policy?"])

    cut = snippet(text, stems, width=80)

    assert stems == {"refund", "policy"}
    assert cut.startswith("…") and cut.endswith("…")
    assert "refunds policy" in cut and len(cut) <= 82
    assert snippet("short  text\nhere", stems) == "short text here"


def test_highlight_styles_the_matched_words_only() -> None:
    text = highlight("Refunds: refunded, refund, and refuse.", query_stems(["refund"]))

    styled = [text.plain[span.start : span.end] for span in text.spans]
    assert styled == ["Refunds", "refunded", "refund"]


def test_human_bytes() -> None:
    assert [human_bytes(n) for n in (0, 999, 1536, 10_300_000, 5e12)] == [
        "0 bytes",
        "999 bytes",
        "1.5 kB",
        "10.3 MB",
        "5.0 TB",
    ]


@pytest.mark.parametrize("command", [[], ["upload"], ["search"], ["stores"], ["files"], ["rm"]])
def test_help_reads_well(command: list[str]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"], env={"COLUMNS": "100"})

    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: vectorstores {' '.join(command)}".rstrip() + " [OPTIONS]")
    assert "Examples:" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 100
    assert "-h, --help" in result.output
