"""The deterministic stand-in for a model behind ``/v1/responses``.

It generates nothing: with the ``file_search`` tool it searches the named stores with the
emulator's own ranking (``search.rank``) and answers with the best-matching sentences of the
passages found, each cited where the real API cites (a ``file_citation`` whose ``index`` is the
character offset just before the sentence's closing punctuation, as in the recorded
``Travis's favorite food is pizza.`` -> index 31). Without a tool it says it is the emulator.
The same request always gets the same text and the same token counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .indexing import tokens
from .search import STOP_WORDS, matches, rank, terms
from .state import State, loads

__all__ = [
    "Passage",
    "cited_answer",
    "count_tokens",
    "dated_model",
    "plain_answer",
    "queries_for",
    "search_stores",
]

# The snapshot the real API names in ``model`` for an alias (seen in the recordings, or published
# by OpenAI as the alias's snapshot). A name not listed here, dated or not, is echoed unchanged.
DATED_MODELS = {
    "gpt-4o-mini": "gpt-4o-mini-2024-07-18",
    "gpt-4o": "gpt-4o-2024-08-06",
    "gpt-4.1": "gpt-4.1-2025-04-14",
    "gpt-4.1-mini": "gpt-4.1-mini-2025-04-14",
    "gpt-4.1-nano": "gpt-4.1-nano-2025-04-14",
    "o3-mini": "o3-mini-2025-01-31",
    "o3": "o3-2025-04-16",
    "o4-mini": "o4-mini-2025-04-16",
    "gpt-5": "gpt-5-2025-08-07",
    "gpt-5-mini": "gpt-5-mini-2025-08-07",
    "gpt-5-nano": "gpt-5-nano-2025-08-07",
    "gpt-5.1": "gpt-5.1-2025-11-13",
    "gpt-5.2": "gpt-5.2-2025-12-11",
    "gpt-5.5": "gpt-5.5-2026-04-23",
}

# What wrapping a message in the chat format costs beyond its words: with ``count_tokens`` this
# gives the real counts recorded for one short message ("Hello, model!" 11, "Tell me a joke." 12).
MESSAGE_OVERHEAD_TOKENS = 7
# Sentences cited per answer, and the longest quoted before it is cut at a word.
MAX_CITED = 3
MAX_SENTENCE_CHARS = 300

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def dated_model(name: str) -> str:
    """The model name as the real API echoes it."""
    return DATED_MODELS.get(name, name)


def count_tokens(text: str) -> int:
    """Tokens of a text as the emulator counts them everywhere (words, CJK characters and
    punctuation marks, close to a BPE count for English)."""
    return len(tokens(text))


def queries_for(question: str) -> list[str]:
    """What the stand-in searches for: the question as asked and its content words, the way the
    real model rewrites a question into a few search queries."""
    asked = " ".join(question.split())
    words = [word for word in _WORD.findall(asked) if word.lower() not in STOP_WORDS]
    keywords = " ".join(dict.fromkeys(word.lower() for word in words))
    return [text for text in dict.fromkeys([asked, keywords]) if text]


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk, as ``file_search_call.results`` lists it."""

    file_id: str
    filename: str
    score: float
    text: str
    attributes: dict[str, Any]

    def result(self) -> dict[str, Any]:
        return {
            "attributes": self.attributes,
            "file_id": self.file_id,
            "filename": self.filename,
            "score": round(self.score, 6),
            "text": self.text,
        }


def search_stores(state: State, tool: dict[str, Any], queries: Sequence[str]) -> list[Passage]:
    """Rank the chunks of every store the tool names together (so scores compare across stores),
    keep those passing ``filters`` and ``score_threshold``, at most ``max_num_results``."""
    chunks = [row for store_id in tool["vector_store_ids"] for row in state.chunks(store_id)]
    filters = tool.get("filters")
    if filters is not None:
        chunks = [row for row in chunks if matches(filters, loads(row["attributes"]) or {})]
    threshold = float(tool["ranking_options"]["score_threshold"])
    hits = [hit for hit in rank(queries, [row["text"] for row in chunks]) if hit.score >= threshold]
    passages = []
    for hit in hits[: int(tool["max_num_results"])]:
        row = chunks[hit.index]
        passages.append(
            Passage(row["file_id"], row["filename"], hit.score, row["text"], loads(row["attributes"]) or {})
        )
    return passages


def _best_sentence(passage: str, wanted: set[str]) -> str:
    """The sentence of a passage sharing the most terms with the question (the first on a tie),
    cut at a word past ``MAX_SENTENCE_CHARS`` and ended with a full stop if it has no ending."""
    sentences = [match.group().strip() for match in _SENTENCE.finditer(passage) if match.group().strip()]
    best = max(sentences, key=lambda s: len(wanted & set(terms(s))), default=passage.strip())
    if len(best) > MAX_SENTENCE_CHARS:
        best = best[:MAX_SENTENCE_CHARS].rsplit(" ", 1)[0].rstrip(",;:")
    return best if best[-1:] in ".!?" else best + "."


def cited_answer(question: str, passages: Sequence[Passage]) -> tuple[str, list[dict[str, Any]]]:
    """The answer's text and its ``file_citation`` annotations: the best sentence of each of the
    best passages (at most ``MAX_CITED``, no sentence twice), each cited before its final mark."""
    if not passages:
        return (
            "The emulator's file search found no passage matching the question in the given vector stores.",
            [],
        )
    wanted = set(terms(question))
    text = ""
    annotations: list[dict[str, Any]] = []
    seen: set[str] = set()
    for passage in passages:
        sentence = _best_sentence(passage.text, wanted)
        if sentence in seen:
            continue
        seen.add(sentence)
        text += (" " if text else "") + sentence
        cited_at = len(text) - len(sentence) + len(sentence.rstrip(".!?"))
        annotations.append(
            {"type": "file_citation", "file_id": passage.file_id, "filename": passage.filename, "index": cited_at}
        )
        if len(annotations) == MAX_CITED:
            break
    return text, annotations


def plain_answer(question: str) -> str:
    """The answer with no tool to run: it says where it comes from and what it was asked."""
    asked = " ".join(question.split())
    shown = asked if len(asked) <= 200 else asked[:200].rsplit(" ", 1)[0] + " ..."
    return (
        "This answer comes from the vectorstores emulator, which runs no model; "
        f'with the file_search tool it answers from your vector stores. You asked: "{shown}"'
    )
