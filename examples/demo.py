"""``make demo``: the quickstart against a local emulator started on a free loopback port, or
against a real server with ``LIVE=1`` (``OPENAI_API_KEY`` and optionally ``OPENAI_BASE_URL``)."""

from __future__ import annotations

import os
import secrets
import sys

from rich.console import Console
from vectorstores import OpenAI
from vectorstores_emulator.launch import running

from .quickstart import run


def main() -> int:
    console = Console()
    if os.environ.get("LIVE") == "1":
        if not os.environ.get("OPENAI_API_KEY"):
            console.print("[red]LIVE=1 needs OPENAI_API_KEY (and optionally OPENAI_BASE_URL).[/]")
            return 2
        with OpenAI() as client:
            console.print(f"Running against {client.base_url}")
            run(client, console)
        return 0
    key = "sk-demo-" + secrets.token_hex(8)  # the emulator checks it, as the real API would
    with running("--api-key", key, "--processing-delay-ms", "300") as base_url:
        console.print(f"Started the emulator at [bold]{base_url}[/]")
        with OpenAI(api_key=key, base_url=base_url) as client:
            run(client, console)
    console.print("[green]Demo finished; the emulator has stopped.[/]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
