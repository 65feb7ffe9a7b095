"""``/_emulator``: the controls tests use (faults, reset, request log, clock). When the emulator
has an API key, every control but ``health`` needs it too (see ``ServingMiddleware``)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..context import emulator
from ..errors import invalid
from ..faults import Fault
from .common import parse_json

__all__ = [
    "advance_clock",
    "arm_faults",
    "clear_faults",
    "clear_requests",
    "health",
    "list_faults",
    "requests",
    "reset",
]


async def _json(request: Request) -> Any:
    return parse_json(await request.body() or b"{}")


async def health(request: Request) -> Response:
    return JSONResponse({"ok": True})


async def arm_faults(request: Request) -> Response:
    """Arm one fault (a JSON object) or several (``{"faults": [...]}``)."""
    emu = emulator(request)
    body = await _json(request)
    specs = body["faults"] if isinstance(body, dict) and "faults" in body else [body]
    if not isinstance(specs, list):
        raise invalid("faults", "Invalid 'faults': expected an array of fault objects.")
    faults = [Fault.parse(spec) for spec in specs]  # all checked before any is armed
    for fault in faults:
        emu.faults.arm(fault)
    return JSONResponse({"faults": emu.faults.armed()})


async def list_faults(request: Request) -> Response:
    return JSONResponse({"faults": emulator(request).faults.armed()})


async def clear_faults(request: Request) -> Response:
    emulator(request).faults.clear()
    return JSONResponse({"faults": []})


async def requests(request: Request) -> Response:
    return JSONResponse({"requests": emulator(request).log.entries()})


async def clear_requests(request: Request) -> Response:
    emulator(request).log.clear()
    return JSONResponse({"requests": []})


async def reset(request: Request) -> Response:
    """Forget every object, fault and logged request, and put the clock (and the ids) back."""
    emu = emulator(request)
    emu.state.reset()
    emu.blobs.clear()
    emu.faults.clear()
    emu.log.clear()
    emu.state.clock.offset = 0.0
    emu.ids.reseed(emu.options.seed)  # a seeded emulator starts its run again
    return JSONResponse({"ok": True})


async def advance_clock(request: Request) -> Response:
    """Move the emulator's clock forward by ``seconds`` (to reach an expiry without waiting)."""
    emu = emulator(request)
    body = await _json(request)
    seconds = body.get("seconds") if isinstance(body, dict) else None
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0:
        raise invalid("seconds", "Invalid 'seconds': expected a number >= 0.")
    emu.state.clock.offset += float(seconds)
    emu.indexer.wake()
    return JSONResponse({"now": emu.state.clock.now()})
