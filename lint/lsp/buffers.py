"""The open documents: text kept in sync from didOpen/didChange, with a generation counter.

pygls ships a workspace, but it splits lines with ``str.splitlines`` (which also breaks at form
feeds, U+2028 and friends), so incremental edits near such characters would land in the wrong
place. This store splits lines the way LSP and :class:`lint.document.Document` do.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.uris import to_fs_path

from lint.document import MARKDOWN_SUFFIXES, Document
from lint.lsp.positions import offset_at

_generations = itertools.count(1)


@dataclass
class Buffer:
    """One open document. ``generation`` changes with every edit (clients may reuse versions)."""

    uri: str
    text: str
    version: int | None = None
    language_id: str = ""
    generation: int = field(default_factory=lambda: next(_generations))

    @property
    def fs_path(self) -> str | None:
        """The file's path on disk, or None for untitled and other non-file documents."""
        if not self.uri.startswith("file:"):
            return None
        try:
            return to_fs_path(self.uri)
        except Exception:
            return None

    @property
    def markdown(self) -> bool | None:
        """Markdown mode to lint with: files go by suffix (as the CLI does), others by language id."""
        if self.fs_path is not None:
            return None
        uri = self.uri.lower()
        return self.language_id in ("markdown", "md") or any(uri.endswith(s) for s in MARKDOWN_SUFFIXES)

    def apply(self, change: types.TextDocumentContentChangeEvent, encoding: str) -> None:
        """Apply one content change (whole text, or a range replacement in ``encoding`` units)."""
        rng = getattr(change, "range", None)
        if rng is None:
            self.text = change.text
        else:
            doc = Document(self.text)
            start = offset_at(doc, rng.start.line, rng.start.character, encoding)
            end = offset_at(doc, rng.end.line, rng.end.character, encoding)
            if end < start:
                start, end = end, start
            self.text = self.text[:start] + change.text + self.text[end:]
        self.generation = next(_generations)


class Buffers:
    """The open documents by URI."""

    def __init__(self) -> None:
        self._open: dict[str, Buffer] = {}

    def open(self, item: types.TextDocumentItem) -> Buffer:
        buf = Buffer(item.uri, item.text, item.version, item.language_id or "")
        self._open[item.uri] = buf
        return buf

    def get(self, uri: str) -> Buffer | None:
        return self._open.get(uri)

    def close(self, uri: str) -> Buffer | None:
        return self._open.pop(uri, None)

    def is_current(self, uri: str, generation: int) -> bool:
        buf = self._open.get(uri)
        return buf is not None and buf.generation == generation

    def __iter__(self):
        return iter(list(self._open.values()))

    def __len__(self) -> int:
        return len(self._open)


def is_config_file(uri_or_path: str) -> bool:
    """Is this one of the files the config lookup reads (.wirelint.toml, wirelint.toml, pyproject.toml)?"""
    from lint.config import CONFIG_NAMES

    name = Path(uri_or_path.split("?")[0].rstrip("/")).name
    return name in CONFIG_NAMES
