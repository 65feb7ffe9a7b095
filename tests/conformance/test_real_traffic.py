"""The SDK against real recorded traffic: each recorded response must parse and read back as
recorded, each recorded error must raise its typed error, and the SDK must send the recorded
request for the same call. Every interaction runs through ``OpenAI`` and ``AsyncOpenAI``."""

from __future__ import annotations

import collections
import contextlib

import pytest
from vectorstores import APIStatusError, AsyncCursorPage, SyncCursorPage

from .checks import assert_error_matches, assert_request_matches, assert_result_matches
from .operations import Shape, UnmappedError, operation_for
from .replay import MODES, Mode, Replay, run
from .traffic import DOTNET, ENV_VAR, LLM_RB, Interaction, load_traffic, traffic_root

ROOT = traffic_root()
if not ROOT.is_dir():
    pytest.skip(
        f"no recorded traffic at {ROOT}: set {ENV_VAR} to the real-traffic folder to run these tests",
        allow_module_level=True,
    )

TRAFFIC = load_traffic(ROOT)
CHECKED = [interaction for interaction in TRAFFIC if interaction.in_scope]
IGNORED = [interaction for interaction in TRAFFIC if not interaction.in_scope]
# Floors well under today's counts (389 checked: 295 openai-dotnet, 94 llm.rb), so a loader that
# silently drops a format or most of the files fails here instead of passing vacuously.
MIN_CHECKED = {DOTNET: 250, LLM_RB: 80}


def _is_success(interaction: Interaction) -> bool:
    return 200 <= interaction.status < 300


def _follow_ups() -> list[tuple[Interaction, Interaction]]:
    """(list request, the recorded request for its next page): pairs where the recording went on
    with ``after`` set to the last item of a page that said ``has_more``."""
    pairs = []
    for first in CHECKED:
        if not _is_success(first) or operation_for(first).shape is not Shape.CURSOR_PAGE:
            continue
        page = first.response_json()
        if page.get("has_more") is not True or not page["data"]:
            continue
        cursor = [(name, value) for name, value in first.query if name not in ("after", "before")]
        expected = sorted([*cursor, ("after", page["data"][-1]["id"])])
        for then in CHECKED:
            if (
                then.recording == first.recording
                and then.index > first.index
                and (then.method, then.path) == (first.method, first.path)
                and sorted(then.query) == expected
            ):
                pairs.append((first, then))
                break
    return pairs


FOLLOW_UPS = _follow_ups()


def test_enough_interactions_are_checked() -> None:
    """Both formats load, most interactions are checked, and every one of them maps to an SDK
    call; what is left out is only traffic of other APIs."""
    by_source = collections.Counter(interaction.source for interaction in CHECKED)
    summary = f"{len(CHECKED)} checked {dict(by_source)}, {len(IGNORED)} of other APIs ignored"
    for source, floor in MIN_CHECKED.items():
        assert by_source[source] >= floor, summary
    assert len(CHECKED) + len(IGNORED) == len(TRAFFIC)
    assert len(IGNORED) < len(CHECKED) // 10, summary
    unmapped = []
    for interaction in CHECKED:
        try:
            operation_for(interaction)
        except UnmappedError as error:
            unmapped.append(str(error))
    assert not unmapped, "\n".join(unmapped)
    assert len(FOLLOW_UPS) >= 10, f"only {len(FOLLOW_UPS)} recorded next-page requests found"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("interaction", CHECKED, ids=lambda interaction: interaction.id)
def test_response_reads_back(interaction: Interaction, mode: Mode) -> None:
    """A 2xx response parses and reads back as recorded; a 4xx raises its typed error."""
    operation = operation_for(interaction)
    replay = Replay([interaction])
    if _is_success(interaction):
        assert_result_matches(run(mode, replay, operation.call), operation, interaction)
    else:
        with pytest.raises(APIStatusError) as raised:
            run(mode, replay, operation.call)
        assert_error_matches(raised.value, interaction)
    assert len(replay.requests) == 1  # no retries: max_retries=0, and nothing else was fetched


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("interaction", CHECKED, ids=lambda interaction: interaction.id)
def test_request_matches_recording(interaction: Interaction, mode: Mode) -> None:
    """Called with the arguments the recorded request implies, the SDK sends that request."""
    operation = operation_for(interaction)
    if operation.unverifiable is not None:
        pytest.skip(f"request not comparable: {operation.unverifiable}")
    replay = Replay([interaction])
    # The response is checked elsewhere; here an error response only ends the call.
    with contextlib.suppress(APIStatusError):
        run(mode, replay, operation.call)
    [sent] = replay.requests
    assert_request_matches(sent, interaction, operation)


def _next_page(page: object) -> object:
    assert isinstance(page, (SyncCursorPage, AsyncCursorPage))
    assert page.has_next_page()
    return page.get_next_page()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("first", "then"), FOLLOW_UPS, ids=[f"{first.id}->{then.index}" for first, then in FOLLOW_UPS])
def test_next_page_request_matches_recording(first: Interaction, then: Interaction, mode: Mode) -> None:
    """The SDK asks for the next page the way the recording did (``after`` = the last id, the
    other parameters kept) and reads that page back as recorded."""
    replay = Replay([first, then])
    page = run(mode, replay, operation_for(first).call, then=_next_page)
    assert len(replay.requests) == 2
    follow_up = operation_for(then)
    assert_request_matches(replay.requests[1], then, follow_up)
    assert_result_matches(page, follow_up, then)
