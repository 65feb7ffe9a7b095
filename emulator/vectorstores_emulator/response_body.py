"""The response object as the real API writes it: every field in the recorded order, the request's
settings echoed with the real defaults, the model's dated name, and the usage counts."""

from __future__ import annotations

from typing import Any

from .model_standin import dated_model
from .response_request import Ask

__all__ = ["deleted", "snapshot", "usage"]


def usage(input_tokens: int, output_tokens: int) -> dict[str, Any]:
    return {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": input_tokens + output_tokens,
    }


def snapshot(
    ask: Ask,
    response_id: str,
    created_at: int,
    *,
    status: str,
    output: list[dict[str, Any]] | None = None,
    counted: dict[str, Any] | None = None,
    completed_at: int | None = None,
) -> dict[str, Any]:
    """The response in one state. As upstream, ``service_tier`` reads as asked (``auto`` unless
    set) until the response completes, when it names the tier that served it (``default``);
    ``billing`` appears once it is finished."""
    body = ask.body
    finished = status in ("completed", "incomplete", "failed")
    asked_tier = body.get("service_tier") or "auto"
    found: dict[str, Any] = {
        "id": response_id,
        "object": "response",
        "created_at": created_at,
        "status": status,
        "background": ask.background,
    }
    if finished:
        found["billing"] = {"payer": "developer"}
    found |= {
        "completed_at": completed_at,
        "error": None,
        "frequency_penalty": 0.0,
        "incomplete_details": None,
        "instructions": body.get("instructions"),
        "max_output_tokens": body.get("max_output_tokens"),
        "max_tool_calls": body.get("max_tool_calls"),
        "model": dated_model(ask.model),
        "output": output or [],
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "presence_penalty": 0.0,
        "previous_response_id": body.get("previous_response_id"),
        "prompt_cache_key": body.get("prompt_cache_key"),
        "prompt_cache_retention": body.get("prompt_cache_retention"),
        "reasoning": {"effort": None, "summary": None, **(body.get("reasoning") or {})},
        "safety_identifier": body.get("safety_identifier"),
        "service_tier": "default" if finished and asked_tier == "auto" else asked_tier,
        "store": ask.store,
        "temperature": float(body.get("temperature", 1.0)),
        "text": {"format": {"type": "text"}, "verbosity": "medium", **(body.get("text") or {})},
        "tool_choice": body.get("tool_choice", "auto"),
        "tools": ask.tools,
        "top_logprobs": body.get("top_logprobs", 0),
        "top_p": float(body.get("top_p", 1.0)),
        "truncation": body.get("truncation", "disabled"),
        "usage": counted,
        "user": body.get("user"),
        "metadata": body.get("metadata") or {},
    }
    return found


def deleted(response_id: str) -> dict[str, Any]:
    return {"id": response_id, "object": "response.deleted", "deleted": True}
