"""``python -m vectorstores_emulator``: serve the emulator with uvicorn on a loopback port."""

from __future__ import annotations

import argparse
import logging
import socket
from pathlib import Path

import uvicorn

from .app import create_app
from .ratelimit import parse_limit


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m vectorstores_emulator",
        description="Serve a local emulator of the OpenAI Vector Stores and Files API under /v1.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to bind; 0 picks a free one (default: 8000)")
    parser.add_argument("--data-dir", type=Path, help="keep state here across restarts (default: in memory)")
    parser.add_argument(
        "--api-key", help="answer 401 unless requests (controls included) carry this key (default: any key)"
    )
    parser.add_argument(
        "--processing-delay-ms", type=int, default=500, help="how long indexing an attached file takes (default: 500)"
    )
    parser.add_argument(
        "--poll-after-ms",
        type=int,
        help="send this openai-poll-after-ms hint while processing (default: none, as the API)",
    )
    parser.add_argument(
        "--real-shapes",
        action="store_true",
        help="answer with the real API's messier shapes: uploads 'uploaded', attach answered 'completed',"
        " 0/0 chunking while in progress, batch file items without usage_bytes/chunking_strategy/attributes",
    )
    parser.add_argument(
        "--seed",
        type=int,
        help="repeat runs exactly: ids from this seed, and a logical clock that moves one second per API request,"
        " so processing ends after delay/1000 requests whatever the machine's load",
    )
    parser.add_argument("--max-upload-bytes", type=int, help="largest accepted upload (default: 512 MiB)")
    parser.add_argument(
        "--rate-limit",
        action="append",
        type=_rate_limit,
        metavar="KIND=PER_MINUTE",
        help="answer 429 past this many requests a minute: files (all of /files; the API allows 1000)"
        " or attach (per store; the API allows 300); repeatable (default: no limit)",
    )
    parser.add_argument("--ready-file", type=Path, help="once serving, write the base URL (http://host:port) here")
    parser.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    return parser


def _rate_limit(text: str) -> tuple[str, float]:
    try:
        return parse_limit(text)
    except ValueError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def main(argv: list[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.seed is not None and args.data_dir is not None:
        parser.error("--seed starts from nothing each run; it cannot keep state in --data-dir")
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    app = create_app(
        args.data_dir,
        api_key=args.api_key,
        processing_delay_ms=args.processing_delay_ms,
        poll_after_ms=args.poll_after_ms,
        real_shapes=args.real_shapes,
        max_upload_bytes=args.max_upload_bytes,
        seed=args.seed,
        rate_limits=dict(args.rate_limit or []),
    )
    # h11 is named explicitly: fault injection drops connections through its transport.
    config = uvicorn.Config(app, host=args.host, port=args.port, http="h11", log_level=args.log_level, lifespan="on")
    server = _Server(config, args.ready_file)
    server.run()


class _Server(uvicorn.Server):
    """uvicorn's server, telling a launcher where it listens once it does (``--port 0``)."""

    def __init__(self, config: uvicorn.Config, ready_file: Path | None) -> None:
        super().__init__(config)
        self.ready_file = ready_file

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.ready_file is not None and self.started:
            host, port = self.servers[0].sockets[0].getsockname()[:2]
            partial = self.ready_file.with_suffix(".partial")
            partial.write_text(f"http://{host}:{port}\n", encoding="utf-8")
            partial.replace(self.ready_file)  # the launcher never reads half a URL


if __name__ == "__main__":
    main()
