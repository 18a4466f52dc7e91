"""Reference wire stories for spin alignment (``--reference FILE_OR_DIR``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lint.decode import decode
from lint.document import Document
from lint.errors import WirelintError

SUFFIXES = (".txt", ".md", ".markdown")


@dataclass
class Reference:
    """An original story: its document and the word profile used to match articles to it."""

    path: str
    doc: Document
    profile: Counter[str] = field(default_factory=Counter)

    @classmethod
    def from_text(cls, text: str, path: str = "<reference>.txt") -> Reference:
        doc = Document(text, path)
        return cls(path, doc, _profile(doc))


def _profile(doc: Document) -> Counter[str]:
    """Words a spinner leaves alone: names, numbers, and everything inside quotes."""
    flags = doc.token_in_quote
    return Counter(t.norm for i, t in enumerate(doc.tokens)
                   if t.is_word and (t.text[:1].isupper() or t.text[:1].isdigit() or flags[i]))


def load_references(paths: list[str]) -> list[Reference]:
    refs = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise WirelintError(f"{raw}: reference not found")
        files = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES) if path.is_dir() else [path]
        for f in files:
            try:
                text = decode(f.read_bytes()).text
            except (OSError, ValueError) as err:
                raise WirelintError(f"{f}: cannot read reference: {err}") from err
            refs.append(Reference.from_text(text, str(f)))
    return refs


def best_reference(doc: Document, refs: list[Reference], minimum: float = 0.5) -> Reference | None:
    """The reference whose unchangeable words best cover the article's (None below ``minimum``)."""
    if not refs:
        return None
    mine = _profile(doc)
    total = sum(mine.values())
    if not total:
        return None
    best, best_score = None, 0.0
    for ref in refs:
        shared = sum((mine & ref.profile).values())
        score = shared / max(total, sum(ref.profile.values()))
        if score > best_score:
            best, best_score = ref, score
    return best if best_score >= minimum else None
