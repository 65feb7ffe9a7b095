"""The cases, by the number the issue gives them.

Each module has ``SIDES`` (what a worker runs for "ours", "openai" and, where it applies,
"httpx2": a function from parameters to measurements, importing its SDK only when called) and
``run(bench)``, which starts the servers the case needs, alternates the sides and returns rows.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["CASES", "load"]

CASES: dict[int, str] = {
    1: "cold_start",
    2: "per_call",
    3: "parse",
    4: "paging",
    5: "upload",
    6: "batch",
    7: "fanout",
    8: "polling",
    9: "sync",
    10: "stream",
}


def load(number: int) -> ModuleType:
    """The module of case ``number``."""
    return importlib.import_module(f"{__name__}.{CASES[number]}")
