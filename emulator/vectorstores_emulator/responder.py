"""What ``/v1/responses`` does beyond HTTP: runs a turn with the conversation so far, keeps it
(unless ``store: false``), and takes background responses from ``queued`` through
``in_progress`` to ``completed`` on its own worker, one processing delay per step."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

import anyio

from .compaction import expand
from .errors import ApiError, invalid
from .ids import Ids
from .response_body import snapshot
from .response_events import events_for
from .response_records import ResponseRecord, ResponseRecords
from .response_request import Ask
from .response_run import run
from .state import State

__all__ = ["MAX_TURNS", "Responder", "not_found"]

logger = logging.getLogger("vectorstores_emulator")

# Turns followed back through previous_response_id: far more than a test makes, and a bound on
# the work one request can cause.
MAX_TURNS = 1000
TERMINAL = ("completed", "failed", "incomplete", "cancelled")


def not_found(response_id: str) -> ApiError:
    """The real API's 404 for a response it does not have (deleted, never stored, or unknown)."""
    return ApiError(404, f"Response with id '{response_id}' not found.", detail=False)


def _ask_of(record: ResponseRecord) -> Ask:
    """The request a stored background response was created from, as the worker runs it."""
    request = record.request
    return Ask(
        body=request,
        model=request["model"],
        tools=record.body["tools"],
        include=list(request.get("include") or []),
        store=True,
        stream=False,
        background=True,
    )


@dataclass
class Responder:
    state: State
    ids: Ids
    processing_delay_ms: int
    # Whether ``run`` moves background responses on its own; under a seed only requests do.
    live: bool = True

    def __post_init__(self) -> None:
        self.records = ResponseRecords(self.state)
        self._wake = asyncio.Event()

    # Conversations ------------------------------------------------------------------------------

    def history(self, response_id: str) -> list[dict[str, Any]]:
        """Every item of the conversation through ``response_id``: its earlier turns' inputs and
        outputs, then its own; a 400 naming ``previous_response_id`` if it is not stored."""
        chain: list[ResponseRecord] = []
        current: str | None = response_id
        while current is not None and len(chain) < MAX_TURNS:
            record = self.records.get(current)
            if record is None:
                raise invalid(
                    "previous_response_id",
                    f"Previous response with id '{current}' not found.",
                    "previous_response_not_found",
                )
            chain.append(record)
            current = record.request.get("previous_response_id")
        items: list[dict[str, Any]] = []
        for record in reversed(chain):
            items += record.input_items + record.body["output"]
        return items

    def conversation(self, ask: Ask, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        previous = ask.body.get("previous_response_id")
        earlier = self.history(previous) if previous else []
        return expand(earlier + items)

    # Turns --------------------------------------------------------------------------------------

    def _finish(
        self, ask: Ask, response_id: str, created_at: int, items: list[dict[str, Any]]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        turn = run(self.state, ask, self.conversation(ask, items), self.ids.item_id)
        final = snapshot(
            ask,
            response_id,
            created_at,
            status="completed",
            output=turn.output,
            counted=turn.usage,
            completed_at=self.state.now(),
        )
        # Deltas are padded unless turned off; a background response's were not (recorded).
        asked = (ask.body.get("stream_options") or {}).get("include_obfuscation", True) is not False
        obfuscate = asked and not ask.background
        events = events_for(
            final,
            lambda status: snapshot(ask, response_id, created_at, status=status),
            queued=ask.background,
            obfuscate=obfuscate,
        )
        return final, events

    def create(self, ask: Ask, items: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Answer now (also a background response asked to stream: the stream is its worker),
        or queue a background one; the answer and its events."""
        self.conversation(ask, items)  # an unknown previous_response_id fails before anything is kept
        response_id = self.ids.item_id("resp")
        created_at = self.state.now()
        if ask.background and not ask.stream:
            queued = snapshot(ask, response_id, created_at, status="queued")
            events = events_for(
                queued, lambda status: snapshot(ask, response_id, created_at, status=status), queued=True
            )
            opening = events[:2]  # created and queued; the rest exists once it has run
            ready_at = self.state.clock.now() + self.processing_delay_ms / 1000
            self.records.add(ResponseRecord(queued, ask.body, items, opening, ready_at))
            self.wake()
            return queued, opening
        final, events = self._finish(ask, response_id, created_at, items)
        if ask.store:
            self.records.add(ResponseRecord(final, ask.body, items, events, None))
        return final, events

    def cancel(self, response_id: str) -> dict[str, Any]:
        """Stop a background response that has not finished; cancelling twice is no error."""
        record = self.records.get(response_id)
        if record is None:
            raise not_found(response_id)
        status = record.body["status"]
        if not record.body["background"]:
            raise invalid(None, "Cannot cancel a synchronous response.", None)
        if status == "cancelled":
            return record.body
        if status in TERMINAL:
            raise invalid(None, f"Cannot cancel a response with status '{status}'.", None)
        cancelled = dataclasses.replace(record, body={**record.body, "status": "cancelled"}, ready_at=None)
        if not self.records.move(cancelled, was=status):
            return self.cancel(response_id)  # the worker moved it meanwhile: answer what it is now
        return cancelled.body

    # The background worker ------------------------------------------------------------------------

    def wake(self) -> None:
        self._wake.set()

    async def catch_up(self) -> None:
        """Move every background response whose step is due: queued -> in_progress -> completed."""
        for record in self.records.due(self.state.clock.now()):
            status = record.body["status"]
            try:
                if status == "queued":
                    ready_at = self.state.clock.now() + self.processing_delay_ms / 1000
                    moved = dataclasses.replace(
                        record, body={**record.body, "status": "in_progress"}, ready_at=ready_at
                    )
                else:
                    final, events = self._finish(
                        _ask_of(record), record.id, record.body["created_at"], record.input_items
                    )
                    moved = dataclasses.replace(record, body=final, events=events, ready_at=None)
            except Exception:
                # One response the stand-in trips over fails alone, as upstream reports a failure.
                logger.exception("background response %s failed", record.id)
                error = {"code": "server_error", "message": "The emulator failed to run this response."}
                moved = dataclasses.replace(
                    record, body={**record.body, "status": "failed", "error": error}, ready_at=None
                )
            self.records.move(moved, was=status)

    async def run(self) -> None:
        while True:
            await self.catch_up()
            upcoming = self.records.next_due()
            wait = 1.0 if upcoming is None else min(1.0, max(0.0, upcoming - self.state.clock.now()))
            self._wake.clear()
            with anyio.move_on_after(wait):
                await self._wake.wait()

    async def finished(self, response_id: str, timeout: float = 60.0) -> ResponseRecord:
        """The stored response once it has finished (a background one may still be running).
        Under a seed nothing moves while a request waits: it is answered as it stands."""
        with anyio.move_on_after(timeout):
            while True:
                record = self.records.get(response_id)
                if record is None:
                    raise not_found(response_id)
                if record.body["status"] in TERMINAL or not self.live:
                    return record
                await anyio.sleep(0.02)
        raise ApiError(504, f"Response {response_id} did not finish within {timeout:.0f} seconds.", type="server_error")
