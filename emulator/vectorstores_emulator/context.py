"""What every handler reaches through ``request.app.state.emulator``."""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import Request

from .blobs import Blobs
from .faults import FaultBook, RequestLog
from .ids import Ids
from .indexing import Indexer
from .responder import Responder
from .state import State

__all__ = ["Emulator", "Options", "emulator"]

MIB = 1 << 20


@dataclass(frozen=True)
class Options:
    """How the emulator was started."""

    api_key: str | None = None
    processing_delay_ms: int = 500
    # The ``openai-poll-after-ms`` hint on objects still processing: sent only when set, since
    # the real API sent it in none of ~460 recorded answers (helpers then poll at their default).
    poll_after_ms: int | None = None
    # Serve the real API's messier shapes and transitions (see ``real_shapes``).
    real_shapes: bool = False
    max_upload_bytes: int = 512 * MIB  # the real API's per-file limit
    # Reproducible runs: ids drawn from this seed and a logical clock (see ``state.Clock``).
    seed: int | None = None


@dataclass
class Emulator:
    options: Options
    state: State
    blobs: Blobs
    indexer: Indexer
    responder: Responder
    faults: FaultBook = field(default_factory=FaultBook)
    log: RequestLog = field(default_factory=RequestLog)
    ids: Ids = field(default_factory=Ids)

    def ready_at(self) -> float:
        """When a file attached now is due to be indexed."""
        return self.state.clock.now() + self.options.processing_delay_ms / 1000


def emulator(request: Request) -> Emulator:
    found: Emulator = request.app.state.emulator
    return found
