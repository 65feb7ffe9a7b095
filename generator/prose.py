"""The document's prose as docstrings: where each description lives, and how it becomes inert text.

Descriptions are data from upstream, never code. :func:`lines` turns one into docstring lines
(control characters dropped, Markdown paragraphs and lists re-wrapped, code blocks kept) and
:func:`docstring` into a complete string literal that no text can end early: backslashes are
doubled and runs of quotes escaped. Jinja never sees the text as a template (filters return it
into the rendered output), so ``{{ }}`` in a description is printed as it is.

Where the prose is found: the patched document (registered once per generation with its
normalised form and the class name -> schema pointer map of generator/origins.py), since
openapi-python-client keeps neither parameter descriptions nor those of properties that are
references, and normalising drops a description written beside a ``$ref``.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import Endpoint

__all__ = ["PROSE_FILTERS", "Prose", "docstring", "lines", "register_prose"]

LINE_LENGTH = 120  # the post hooks' ruff line length: wrapped text fits it (one long word may not)
# Bidirectional overrides reorder what a reader sees against what Python reads ("Trojan Source").
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
_FENCE = ("```", "~~~")


@dataclass(frozen=True)
class Prose:
    """What the document says about one thing: its description (or summary) and deprecation."""

    text: str = ""
    deprecated: bool = False
    summary: str = ""

    def described(self) -> str:
        """The description; ``Deprecated.`` in front when the document marks it and does not say so."""
        text = self.text or self.summary
        if self.deprecated and not text.lower().startswith("deprecated"):
            return f"Deprecated. {text}".strip()
        return text


def clean(text: object) -> str:
    """Plain text: no control or bidirectional-override characters, ``\\n`` line ends, no tabs."""
    value = str(text or "").encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be written
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    kept = []
    for char in value:
        category = unicodedata.category(char)
        if char == "\n" or category in ("Zl", "Zp"):
            kept.append("\n")
        elif category == "Cc" or char in _BIDI:
            continue
        else:
            kept.append(char)
    return "".join(kept).strip()


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    wrapper = textwrap.TextWrapper(
        width=max(width, 20),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,  # a URL or a long word overflows rather than being cut
        break_on_hyphens=False,
    )
    return wrapper.wrap(text) or [first.rstrip()]


def lines(text: object, width: int) -> list[str]:
    """A description as docstring lines of at most ``width`` columns (save single long words):
    paragraphs re-flowed, list items with a hanging indent, fenced code and table rows kept."""
    found: list[str] = []
    paragraph: list[str] = []
    marker = ("", "")
    fenced = False
    depth_before: int | None = None  # the list depth of the block just written (None: not a list item)

    def flush() -> None:
        nonlocal paragraph, marker
        if paragraph:
            found.extend(_wrap(" ".join(paragraph), width, *marker))
        paragraph, marker = [], ("", "")

    for raw in clean(text).split("\n"):
        stripped = raw.strip()
        if stripped.startswith(_FENCE):
            flush()
            fenced = not fenced
            found.append(stripped)
        elif fenced:
            found.append(raw.rstrip())
        elif not stripped:
            flush()
            if found and found[-1]:
                found.append("")
        elif stripped.startswith(("|", "#", ">")):
            flush()
            found.append(stripped)
            depth_before = None
        elif _ITEM.match(raw):
            flush()
            item = _ITEM.match(raw)
            assert item is not None
            depth = min(len(item.group(1)), 8)
            # A list that starts after a paragraph, or a nested one, is set apart by a blank line:
            # Markdown reads it the same, and reStructuredText (the reference site) needs it.
            if found and found[-1] and depth_before != depth:
                found.append("")
            depth_before = depth
            bullet = f"{' ' * depth}{item.group(2)} "
            marker = (bullet, " " * len(bullet))
            paragraph = [raw[item.end() :].strip()]
        else:
            if marker == ("", ""):
                depth_before = None  # a paragraph of its own, not a list item's next line
            paragraph.append(stripped)
    flush()
    while found and not found[-1]:
        found.pop()
    return found


def _escaped_quotes(run: re.Match[str]) -> str:
    return '\\"' * len(run.group(0))


def _escape(line: str, last: bool) -> str:
    line = line.replace("\\", "\\\\")
    if last:  # a quote right before the closing ones would join them
        line = re.sub(r'"+$', _escaped_quotes, line)
    # Three quotes in a row would end the literal: escape every quote of such a run.
    return re.sub(r'"{3,}', _escaped_quotes, line)


def docstring(body: list[str], indent: int) -> str:
    """A triple-quoted literal holding ``body`` (lines, indented by ``indent`` after the first)."""
    escaped = [_escape(line, index == len(body) - 1) for index, line in enumerate(body)] or [""]
    pad = " " * indent
    if len(escaped) == 1 and indent + len(escaped[0]) + 6 <= LINE_LENGTH:
        return f'"""{escaped[0]}"""'
    text = "\n".join(f"{pad}{line}" if line else "" for line in escaped[1:])
    return f'"""{escaped[0]}\n{text}\n{pad}"""' if text else f'"""{escaped[0]}\n{pad}"""'


# --- Where prose lives in the document -----------------------------------------------------------

_DOCUMENT: dict[str, Any] = {}  # as patched: every description, each where the document puts it
_NORMALISED: dict[str, Any] = {}  # as rendered: what the class pointers were found in
_POINTERS: dict[str, str] = {}  # class name -> JSON pointer of its schema (in the normalised document)


def register_prose(document: dict[str, Any], normalised: dict[str, Any], pointers: dict[str, str]) -> None:
    """The patched document, its normalised form and where each model's schema is (called once
    per generation)."""
    _DOCUMENT.clear()
    _DOCUMENT.update(document)
    _NORMALISED.clear()
    _NORMALISED.update(normalised)
    _POINTERS.clear()
    _POINTERS.update(pointers)


def _walk(root: Any, pointer: str) -> Any:
    node: Any = root
    for part in pointer.lstrip("#").strip("/").split("/"):
        if not part:
            continue
        token = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)] if token.isdigit() and int(token) < len(node) else None
        elif isinstance(node, dict):
            node = node.get(token)
        else:
            return None
    return node


def _node(pointer: str) -> Any:
    """The patched document's node at ``pointer``. Normalising drops the descriptions beside a
    ``$ref`` (OpenAPI 3.0 ignores them, the prose does not), so prose is read where the document
    has it; a pointer only the normalised form has (inside an object flattened from an ``allOf``)
    is read there."""
    found = _walk(_DOCUMENT, pointer)
    return found if found is not None else _walk(_NORMALISED, pointer)


def _resolve(node: Any) -> Any:
    for _ in range(20):  # a chain of references, never a loop
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        node = _node(node["$ref"])
    return node


def _inherited(node: Any, depth: int = 0) -> str:
    """The description a node without its own carries by reference: its ``$ref``'s, or that of
    the one member of an allOf/anyOf/oneOf besides null (a nullable field)."""
    if not isinstance(node, dict) or depth > 10:
        return ""
    if node.get("description"):
        return clean(node["description"])
    if "$ref" in node:
        return _inherited(_resolve(node), depth + 1)
    for key in ("allOf", "anyOf", "oneOf"):
        members = [m for m in node.get(key, []) if not (isinstance(m, dict) and m.get("type") == "null")]
        if len(members) == 1:
            return _inherited(members[0], depth + 1)
    return ""


def _prose(node: Any) -> Prose:
    if not isinstance(node, dict):
        return Prose()
    return Prose(_inherited(node), node.get("deprecated") is True, clean(node.get("summary")))


def _properties(schema: Any) -> dict[str, Any]:
    """Every property of an object schema, its allOf members' included."""
    schema = _resolve(schema)
    if not isinstance(schema, dict):
        return {}
    found: dict[str, Any] = {}
    for member in schema.get("allOf", []):
        found.update(_properties(member))
    found.update(schema.get("properties") or {})
    return found


def property_prose(schema: Any, name: str) -> Prose:
    """A property's prose; a reference without its own description says what it refers to."""
    return _prose(_properties(schema).get(name))


def schema_prose(class_name: str) -> Prose:
    """A model's prose from the schema it was made from (or the union or array holding it)."""
    pointer = _POINTERS.get(class_name, "")
    while pointer:
        prose = _prose(_node(pointer))
        if not prose.text:  # flattening an allOf gives the object the description of a part
            prose = _prose(_walk(_NORMALISED, pointer))
        if prose.text or not re.search(r"/(anyOf|oneOf|allOf)/\d+$|/items$", pointer):
            return prose
        pointer = re.sub(r"/(anyOf|oneOf|allOf)/\d+$|/items$", "", pointer)
    return Prose()


def schema_of(class_name: str) -> Any:
    return _node(_POINTERS[class_name]) if class_name in _POINTERS else None


def _operation(endpoint: Endpoint) -> dict[str, Any]:
    path = endpoint.path.get_untrusted_value() if hasattr(endpoint.path, "get_untrusted_value") else endpoint.path
    found = (_DOCUMENT.get("paths", {}).get(str(path)) or {}).get(endpoint.method.lower())
    return found if isinstance(found, dict) else {}


def operation_prose(endpoint: Endpoint) -> Prose:
    return _prose(_operation(endpoint))


def argument_prose(endpoint: Endpoint, location: str, wire: str) -> Prose:
    """A parameter's prose: path and query parameters from the operation, the rest from its body."""
    operation = _operation(endpoint)
    if location in ("path", "query"):
        for raw in operation.get("parameters", []):
            parameter = _resolve(raw)
            if isinstance(parameter, dict) and parameter.get("name") == wire and parameter.get("in") == location:
                prose = _prose(parameter)
                return prose if prose.text else Prose(_inherited(parameter.get("schema")), prose.deprecated)
        return Prose()
    for media in (operation.get("requestBody") or {}).get("content", {}).values():
        return property_prose(media.get("schema"), wire)
    return Prose()


# --- Docstrings as the templates write them --------------------------------------------------------

# The options every operation takes, in our words.
EXTRA_ARGUMENTS = (
    ("extra_headers", "Headers to send with this request, on top of the client's."),
    ("extra_query", "Query parameters to add to this request's URL."),
    ("extra_body", "Properties to add to this request's JSON body (or form fields to a multipart one)."),
    ("timeout", "This request's timeout in seconds (or an ``httpx2.Timeout``), instead of the client's."),
)


def _args(entries: list[tuple[str, str]], indent: int) -> list[str]:
    found = ["Args:"]
    for name, text in entries:
        # The name leads the first paragraph, so that line wraps with it.
        body = lines(f"{name}: {text}", LINE_LENGTH - indent - 8)
        found.append(f"    {body[0]}".rstrip())
        found.extend(f"        {line}" if line else "" for line in body[1:])
    return found


def _argument_text(endpoint: Endpoint, argument: Any) -> str:
    location = "query" if argument.location == "query" else "path" if argument.location == "path" else "body"
    prose = argument_prose(endpoint, location, argument.wire_name)
    where = {"path": "path", "query": "query"}.get(argument.location, "body")
    return prose.described() or f"The ``{argument.wire_name}`` {where} parameter."


def operation_text(endpoint: Endpoint) -> str:
    """What the operation does: its description, else its summary, else its route."""
    prose = operation_prose(endpoint)
    text = prose.text or prose.summary
    route = f"``{endpoint.method.upper()} {_path(endpoint)}``"
    if not text:
        return f"Send {route}."
    return text


def _path(endpoint: Endpoint) -> str:
    path = endpoint.path
    return str(path.get_untrusted_value() if hasattr(path, "get_untrusted_value") else path)


def method_doc(
    endpoint: Endpoint,
    args: dict[str, list[Any]],
    indent: int,
    tail: list[str] | None = None,
    lead: str = "",
) -> str:
    """A method's docstring: the operation's description, ``lead`` (a paragraph of ours),
    ``Args:`` (each parameter's description, then the request options), and ``tail`` (Returns,
    Raises) when given."""
    width = LINE_LENGTH - indent
    prose = operation_prose(endpoint)
    # Undocumented: our own lead says what it sends (else the route does).
    body = lines(prose.text or prose.summary or lead or operation_text(endpoint), width - 3)
    if prose.deprecated:
        body += ["", "Deprecated: the API description marks this operation deprecated."]
    if lead and (prose.text or prose.summary):
        body += ["", *lines(lead, width)]
    entries = [(a.python_name, _argument_text(endpoint, a)) for a in args["positional"] + args["keyword"]]
    body += ["", *_args(entries + list(EXTRA_ARGUMENTS), indent)]
    if tail:
        body += ["", *tail]
    return docstring(body, indent)


def helper_doc(signature: Any, taken: list[tuple[Any, Any]], indent: int) -> str:
    """The docstring of a helper typed from operations: its own summary (ours, from the
    resource map), then ``Args:`` with its own arguments and each operation argument's description."""
    width = LINE_LENGTH - indent
    body = lines(signature.doc, width - 3)
    entries = [(name, text) for name, (_, text) in signature.own.items()]
    entries += [(argument.python_name, _argument_text(op.endpoint, argument)) for op, argument in taken]
    body += ["", *_args(entries + list(EXTRA_ARGUMENTS), indent)]
    return docstring(body, indent)


def summary_line(endpoint: Endpoint) -> str:
    """The first sentence of what an operation does, on one line (api.md)."""
    text = " ".join(operation_text(endpoint).split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return (match.group(1) if match else text).strip()


def deprecation(endpoint: Endpoint) -> str:
    """The message of ``typing_extensions.deprecated`` for an operation the document deprecates, or ""."""
    if not operation_prose(endpoint).deprecated:
        return ""
    return f"{endpoint.method.upper()} {_path(endpoint)} is deprecated in the API description"


def model_doc(model: Any, indent: int, tail: list[str]) -> str:
    """A model's class docstring: its schema's description (else title), then ``tail``."""
    name = str(model.class_info.name)
    prose = schema_prose(name)
    text = prose.described() or clean(getattr(model, "title", "")) or f"The {name} object."
    return docstring([*lines(text, LINE_LENGTH - indent - 3), "", *tail], indent)


def field_doc(model: Any, wire: str, indent: int) -> str:
    """A model field's attribute docstring (what editors show on hover), or "" when undocumented."""
    schema = schema_of(str(model.class_info.name))
    text = property_prose(schema, wire).described() if schema is not None else ""
    return docstring(lines(text, LINE_LENGTH - indent - 3), indent) if text else ""


def text_doc(text: object, indent: int) -> str:
    """A docstring of a description, or "" when there is none."""
    found = lines(text, LINE_LENGTH - indent - 3)
    return docstring(found, indent) if found else ""


def enum_doc(enum: Any) -> str:
    """A Literal alias's docstring: the description the generator kept for it."""
    description = getattr(enum, "description", None)
    if description is not None and hasattr(description, "get_untrusted_value"):
        description = description.get_untrusted_value()
    return text_doc(description, 0)


PROSE_FILTERS = {
    "method_doc": method_doc,
    "helper_doc": helper_doc,
    "model_doc": model_doc,
    "field_doc": field_doc,
    "text_doc": text_doc,
    "enum_doc": enum_doc,
    "deprecation": deprecation,
    "summary_line": summary_line,
}
