"""The proposal's words, from an update's outcome: what the workflow puts in the pull request."""

from __future__ import annotations

from generator.proposal import BODY_LIMIT, body, stale_recordings, summary, title
from generator.update import Stage, Status, Update

CHECKER_OUTPUT = """\
recorded/search-sync.yaml: 9 interactions checked, 2 violations
recorded/files-sync.yaml: 4 interactions checked, 0 violations
recorded/search-sync.yaml #3 POST /vector_stores/{vector_store_id}/search response.body.data[0].score: a number
recorded/search-sync.yaml #5 POST /vector_stores/{vector_store_id}/search response.body.has_more: is required
recorded/broken.yaml: not read: not a cassette
3 recordings, 13 interactions; 2 violations of openapi.json; 1 files not read
"""


def _update(status: Status, *stages: Stage, report: str = "") -> Update:
    return Update(
        "https://example.test/openapi.yaml", status=status, changes=3, breaking=1, stages=list(stages), report=report
    )


def test_stale_recordings_are_the_violation_and_unread_lines_not_the_counts() -> None:
    stage = Stage(
        "check-cassettes", code=2, out=CHECKER_OUTPUT, err="make: *** [Makefile:93: check-cassettes] Error 1\n"
    )
    found = stale_recordings(stage)
    assert found == [line for line in CHECKER_OUTPUT.splitlines() if " #" in line or ": not read: " in line]
    update = _update(Status.BREAKING, stage)
    assert (
        title(update)
        == "API update from upstream ?: 3 changes, 1 breaking (acknowledgement needed), 2 stale recordings"
    )
    assert "| stale recordings | stale: 3 violations in 2 recordings |" in body(update)
    assert CHECKER_OUTPUT.splitlines()[-1] in body(update)  # the checker's total closes the list


def test_a_checker_that_is_missing_or_broken_names_no_recording() -> None:
    missing = Stage("check-cassettes", code=2, err="make: *** No rule to make target 'check-cassettes'.  Stop.\n")
    broken = Stage("check-cassettes", code=2, err="error: no such file or folder: tests/cassettes\nmake: *** Error 2\n")
    assert stale_recordings(missing) is None
    assert stale_recordings(broken) is None
    assert "not run: this Makefile has no check-cassettes target" in body(_update(Status.SAFE, missing))
    assert "error (exit 2): error: no such file or folder: tests/cassettes" in summary(_update(Status.SAFE, broken))


def test_a_long_report_is_cut_to_fit_a_pull_request() -> None:
    report = "# API changes\n\n" + "".join(f"- `property-added:S.p{i}`: added\n" for i in range(20_000))
    text = body(_update(Status.SAFE, report=report))
    assert len(text) <= BODY_LIMIT < 65_536
    assert text.rstrip().endswith("(cut here: the whole report is API-CHANGES.md in this change)")
    assert "# API changes" not in text  # its title is the section's


def test_a_failure_is_its_error_everywhere() -> None:
    update = Update("http://127.0.0.1:9/x.yaml", status=Status.FAILED, error="cannot fetch it: refused")
    assert title(update) == "API update failed: cannot fetch it: refused"
    assert summary(update) == "update-spec: failed: cannot fetch it: refused"
    assert "## Error\n\ncannot fetch it: refused" in body(update)


def test_a_prose_only_change_is_safe_and_says_documentation_only() -> None:
    update = Update("https://example.test/openapi.yaml", status=Status.SAFE, changes=0, documentation=4)
    assert title(update) == "API update from upstream ?: documentation only (4 descriptions)"
    assert summary(update).startswith("update-spec: changed and safe: documentation only (4 descriptions changed)")
    assert "| documentation | documentation only: 4 descriptions changed, no code change |" in body(update)
    mixed = Update("https://example.test/openapi.yaml", status=Status.SAFE, changes=1, documentation=4)
    assert "documentation only" not in title(mixed) + summary(mixed) + body(mixed)
    assert "1 API change (0 breaking), 4 documentation changes" in summary(mixed)
