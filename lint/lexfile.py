"""Parse line-based lexicon files (``phrase -> replacement ; field ; ...``), see rules/README.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lint.document import TOKEN, normalise
from lint.errors import DataError
from lint.finding import Severity

WORD_CLASSES = frozenset({"@cap", "@num", "@pron", "@name"})
LIST_FIELDS = {"prev": "prev", "next": "next", "!prev": "not_prev", "!next": "not_next",
               "near": "near", "!near": "not_near"}
FLAGS = frozenset({"case", "weak", "unsafe", "info", "warning", "hint", "error"})


@dataclass(slots=True)
class Entry:
    """One lexicon line: a phrase to find, what to write instead, and when it applies."""

    phrase: str
    tokens: tuple[str, ...]  # normalised
    raw_tokens: tuple[str, ...]
    replacements: tuple[str, ...] = ()
    prev: frozenset[str] | None = None
    next: frozenset[str] | None = None
    not_prev: frozenset[str] | None = None
    not_next: frozenset[str] | None = None
    near: frozenset[str] | None = None
    not_near: frozenset[str] | None = None
    case: bool = False
    weak: bool = False
    unsafe: bool = False
    severity: Severity | None = None
    note: str = ""
    examples: list[str] = field(default_factory=list)
    counter_examples: list[str] = field(default_factory=list)
    source: str = ""
    line: int = 0

    @property
    def has_context(self) -> bool:
        return any(x is not None for x in (self.prev, self.next, self.not_prev, self.not_next,
                                           self.near, self.not_near))


def tokenize_phrase(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = tuple(m.group() for m in TOKEN.finditer(text))
    return tuple(normalise(t) for t in raw), raw


def parse_line(line: str, source: str = "<string>", lineno: int = 0) -> Entry | None:
    """Parse one lexicon line; None for blanks and comments. Raises DataError when malformed."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    head, *fields = [part.strip() for part in stripped.split(" ; ")]
    phrase, arrow, repl = head.partition("->")
    phrase = phrase.strip()
    tokens, raw = tokenize_phrase(phrase)
    if not tokens:
        raise DataError(source, lineno, f"no phrase before '->' in {stripped!r}")
    replacements = tuple(r.strip() for r in repl.split(",") if r.strip()) if arrow else ()
    entry = Entry(phrase, tokens, raw, replacements, source=source, line=lineno)
    for item in fields:
        _apply_field(entry, item, source, lineno)
    return entry


def _apply_field(entry: Entry, item: str, source: str, lineno: int) -> None:
    if item in FLAGS:
        if item in ("info", "warning", "hint", "error"):
            entry.severity = Severity.parse(item)
        else:
            setattr(entry, item, True)
        return
    key, colon, value = item.partition(":")
    key, value = key.strip(), value.strip()
    if not colon:
        raise DataError(source, lineno, f"unknown field {item!r} (see rules/README.md)")
    if key in LIST_FIELDS:
        words = value.lower().replace("’", "'").split()
        bad = [w for w in words if w.startswith("@") and w not in WORD_CLASSES]
        if bad or not words:
            raise DataError(source, lineno, f"bad word list in {key!r}: {value!r}")
        setattr(entry, LIST_FIELDS[key], frozenset(words))
    elif key == "note":
        entry.note = value
    elif key == "ex":
        entry.examples.append(value)
    elif key == "nex":
        entry.counter_examples.append(value)
    else:
        raise DataError(source, lineno, f"unknown field {key!r} (see rules/README.md)")


def load_lexicon(path: Path) -> list[Entry]:
    """All entries of a lexicon file, with their file and line for error messages."""
    entries = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(str(path), 0, f"cannot read lexicon: {err}") from err
    for lineno, line in enumerate(text.splitlines(), 1):
        entry = parse_line(line, str(path), lineno)
        if entry is not None:
            entries.append(entry)
    return entries


def load_word_list(path: Path) -> list[str]:
    """A plain one-item-per-line list, ``#`` comments and blanks skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(str(path), 0, f"cannot read word list: {err}") from err
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]
