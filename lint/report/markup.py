"""HTML escaping for the report: every piece of text from a story, a message or a path goes through here."""

from __future__ import annotations

import html
import re

# C0/C1 controls (but tab and line breaks) and lone surrogates cannot be written as HTML text.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def esc(text: str) -> str:
    """``text`` as HTML text content: markup characters escaped, unwritable characters shown as U+FFFD."""
    return html.escape(_UNWRITABLE.sub("\ufffd", text), quote=False)


def attr(value: object) -> str:
    """``value`` as a double-quoted attribute value (without the quotes)."""
    return html.escape(_UNWRITABLE.sub("\ufffd", str(value)), quote=True)


def tag(name: str, attrs: dict[str, object | None] | None = None) -> str:
    """An opening tag; attributes whose value is None are left out, True gives a bare attribute."""
    parts = [name]
    for key, value in (attrs or {}).items():
        if value is None or value is False:
            continue
        parts.append(key if value is True else f'{key}="{attr(value)}"')
    return "<" + " ".join(parts) + ">"


def slug(text: str) -> str:
    """A fragment-safe id piece (rule codes, categories)."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "x"
