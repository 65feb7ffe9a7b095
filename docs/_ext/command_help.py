"""The ``command-help`` directive: a command line's ``--help`` text, taken from the code at build time.

``:::{command-help} vectorstores.cli.commands:cli`` renders a click group's help and then each of
its commands' (under a heading of its own); ``:::{command-help} vectorstores_emulator.__main__:_parser``
renders the help of the ``argparse`` parser that function builds. The page therefore shows the
options the code has, never a copy that can fall behind.
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

WIDTH = 100  # the help's line width, fixed so the page does not depend on the building terminal


@contextmanager
def _columns(width: int) -> Iterator[None]:
    """argparse wraps at $COLUMNS: fix it while formatting."""
    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous


def _load(target: str) -> Any:
    module_name, _, attribute = target.partition(":")
    if not attribute:
        raise ValueError(f"command-help: {target!r} must be 'module:attribute'")
    return getattr(importlib.import_module(module_name), attribute)


class CommandHelp(SphinxDirective):
    """Render the help of a click command (and its subcommands) or of an argparse parser factory."""

    required_arguments = 1
    option_spec = {"prog": str}  # noqa: RUF012 - docutils reads a plain dict

    def run(self) -> list[nodes.Node]:
        target = self.arguments[0]
        obj = _load(target)
        if callable(obj) and not hasattr(obj, "get_help"):  # a function returning an ArgumentParser
            obj = obj()
        if isinstance(obj, argparse.ArgumentParser):
            with _columns(WIDTH):
                return [self._block(obj.format_help())]
        if hasattr(obj, "get_help"):
            return self._click(obj, self.options.get("prog", getattr(obj, "name", None) or target))
        raise self.error(f"command-help: {target!r} is neither a click command nor an argparse parser")

    def _click(self, command: Any, prog: str) -> list[nodes.Node]:
        import click

        context = click.Context(command, info_name=prog, terminal_width=WIDTH, max_content_width=WIDTH)
        out: list[nodes.Node] = [self._block(command.get_help(context))]
        if isinstance(command, click.Group):
            for name in command.list_commands(context):
                sub = command.get_command(context, name)
                if sub is None or sub.hidden:
                    continue
                sub_context = click.Context(
                    sub, info_name=name, parent=context, terminal_width=WIDTH, max_content_width=WIDTH
                )
                out.append(nodes.rubric(text=f"{prog} {name}"))
                out.append(self._block(sub.get_help(sub_context)))
        return out

    @staticmethod
    def _block(text: str) -> nodes.literal_block:
        block = nodes.literal_block(text, text)
        block["language"] = "text"
        return block


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("command-help", CommandHelp)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
