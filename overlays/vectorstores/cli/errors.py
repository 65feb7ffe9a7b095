"""Turning what went wrong into one line for a person, and the exit codes.

Exit codes: 0 done; 1 an error (the API refused, the server could not be reached, a file
failed); 2 bad usage (an option, an argument, a value); 130 interrupted with Ctrl-C.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import click

from vectorstores import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
)

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_USAGE", "CLIError", "describe", "shown_url", "user_arguments"]

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C


class CLIError(click.ClickException):
    """An error worth one line on stderr and exit code 1."""

    exit_code = EXIT_ERROR


def _api_message(error: APIError) -> str:
    """The server's own words (the error's message adds the status, which the CLI says itself)."""
    said = error.body.get("message") if isinstance(error.body, dict) else None
    message = said if isinstance(said, str) and said else str(getattr(error, "message", "") or error)
    return message.strip().rstrip(".")


# The user name and password of a URL: what follows the scheme up to the last "@" of the host part.
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")


def shown_url(url: str) -> str:
    """``url`` as it may be printed: without a ``user:password@`` part (whatever the URL's
    scheme, and even when it is not a valid URL)."""
    return _USERINFO.sub(r"\1", url)


def describe(error: OpenAIError, base_url: str) -> str:
    """One line, for a person, about an error of the SDK."""
    base_url = shown_url(base_url)
    if isinstance(error, AuthenticationError):
        return "authentication failed (check OPENAI_API_KEY)"
    if isinstance(error, APITimeoutError):
        return f"{base_url} did not answer in time"
    if isinstance(error, APIConnectionError):
        return f"cannot reach {base_url}"
    if isinstance(error, PermissionDeniedError):
        return f"permission denied: {_api_message(error)}"
    if isinstance(error, NotFoundError):
        return f"not found: {_api_message(error)}"
    if isinstance(error, RateLimitError):
        return f"rate limited, try again later: {_api_message(error)}"
    if isinstance(error, APIStatusError):
        return f"the API answered {error.status_code}: {_api_message(error)}"
    if isinstance(error, APIError):
        return _api_message(error)
    if "api_key" in str(error):
        return "no API key: set OPENAI_API_KEY"
    return str(error)


@contextmanager
def user_arguments() -> Iterator[None]:
    """Around an SDK call made with what the user typed: the SDK's own argument checks
    (ValueError, TypeError, before anything is sent) become usage errors."""
    try:
        yield
    except (ValueError, TypeError) as error:
        raise click.UsageError(str(error)) from error
