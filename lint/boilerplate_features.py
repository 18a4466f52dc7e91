"""Page furniture in scraped copy: phrase data, line features and the per-document line analysis.

The boilerplate rules (``lineclass`` and ``duplicates`` kinds) share one analysis per document:
every non-blank line is classified once, from its own text (known phrases, markup, counters)
and its neighbourhood (runs of menu items, echoes of a flagged neighbour, position), and every
rule reports the lines given its label. Sharing the analysis lets the fixes of adjacent
furniture lines be planned together, so they never overlap and the blank lines they leave
collapse to one.

Phrase data lives in ``rules/boilerplate/<label>.txt`` (one file per label, see the README
there). Each file is compiled once into a phrase table (whole lines) and one regex alternation
per entry type, never one regex per entry per line.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from lint.errors import DataError

if TYPE_CHECKING:
    from lint.document import Document

# ---- line text ---------------------------------------------------------------------------------

DECORATION = " \t\u00a0•·»«›‹|*>#~=_–—-→←↑↓▶►▸◄◀▲▼:;…/\\[](){}+"
SPACES = regex.compile(r"\s+")
WORD = regex.compile(r"\w+(?:['’.]\w+)*", regex.V1)
LETTER = regex.compile(r"\p{L}")
SENTENCE_END = regex.compile(r"[.!?][\"”’')\]]*\s*$")
SEPARATOR = regex.compile(r"\s+[|•·]\s+|\s*[|•·]\s*(?=\S)")
MD_LINK = regex.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")


def normalise_line(text: str) -> str:
    """The lookup key of a line: lowercase, straight apostrophes, single spaces, no decoration."""
    text = MD_LINK.sub(r"\1", text)
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").lower()
    text = SPACES.sub(" ", text)
    return text.strip(DECORATION)


@dataclass(slots=True)
class Line:
    """One non-blank line of a document and the features the classifier reads."""

    index: int  # 0-based line number
    start: int  # offset of the first non-space character
    end: int  # offset just past the last non-space character
    text: str  # the line's content, stripped
    key: str  # normalise_line(text)
    words: int
    sentence: bool  # ends like a sentence (. ! ? with optional closing quote)
    letters: int

    @property
    def short(self) -> bool:
        return self.words <= 4 and not self.sentence


# ---- phrase data -------------------------------------------------------------------------------

ENTRY = regex.compile(r"(?P<op>[=?^~/!])\s?(?P<body>.+)")
OPS = {
    "=": "the whole line is this phrase",
    "?": "the whole line is this phrase, flagged only among other furniture (menu vocabulary)",
    "^": "the line starts with this phrase",
    "~": "the line contains this phrase",
    "/": "a regular expression searched in the line (case-insensitive)",
    "!": "a regular expression for a line that is never this label (a story guard)",
}


@dataclass(slots=True)
class PhraseExample:
    text: str
    should_match: bool
    source: str
    line: int


@dataclass
class PhraseSet:
    """The compiled phrases of one label."""

    label: str
    source: str
    whole: dict[str, int] = field(default_factory=dict)  # normalised phrase -> source line
    weak: set[str] = field(default_factory=set)
    prefix: regex.Pattern | None = None
    contains: regex.Pattern | None = None
    pattern: regex.Pattern | None = None
    guard: regex.Pattern | None = None
    max_words: int = 40
    max_sentence_words: int = 1000  # ... and to sentences of at most this many words
    examples: list[PhraseExample] = field(default_factory=list)


def _alternation(items: list[str], *, literal: bool, source: str, anchor: str = "") -> regex.Pattern | None:
    if not items:
        return None
    parts = []
    for item in items:
        if literal:
            words = [regex.escape(w) for w in item.split()]
            body = r"\s+".join(words)
            if item[:1].isalnum():
                body = r"(?<![\w])" + body
            if item[-1:].isalnum():
                body += r"(?![\w])"
            parts.append(body)
        else:
            parts.append(f"(?:{item})")
    try:
        return regex.compile(anchor + "(?:" + "|".join(parts) + ")", regex.I | regex.V1)
    except regex.error as err:  # pragma: no cover - each entry is compiled alone first
        raise DataError(source, 0, f"bad pattern: {err}") from None


def load_phrases(path: Path, label: str) -> PhraseSet:
    """Parse a ``<label>.txt`` phrase file (see rules/boilerplate/README.md)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(str(path), 0, f"cannot read phrase file: {err}") from None
    source = str(path)
    ps = PhraseSet(label, source)
    prefix: list[str] = []
    contains: list[str] = []
    patterns: list[str] = []
    guards: list[str] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("ex:", "nex:")):
            what, _, body = line.partition(":")
            ps.examples.append(PhraseExample(body.strip().replace("\\n", "\n"), what == "ex", source, n))
            continue
        if line.startswith(("max-words:", "max-sentence-words:")):
            what, _, value = line.partition(":")
            try:
                setattr(ps, what.replace("-", "_"), int(value))
            except ValueError:
                raise DataError(source, n, f"{what} needs a whole number") from None
            continue
        m = ENTRY.fullmatch(line)
        if not m:
            raise DataError(source, n, f"unknown entry {line!r}: start with one of {' '.join(OPS)}")
        op, body = m.group("op"), m.group("body").strip()
        if op in "/!":
            try:
                regex.compile(body, regex.I | regex.V1)
            except regex.error as err:
                raise DataError(source, n, f"bad regular expression: {err}") from None
            (patterns if op == "/" else guards).append(body)
            continue
        key = normalise_line(body) if op in "=?" else SPACES.sub(" ", body.replace("’", "'").lower())
        if not key:
            raise DataError(source, n, f"empty phrase {body!r}")
        if op in "=?":
            if key in ps.whole:
                raise DataError(source, n, f"duplicate phrase {body!r} (also on line {ps.whole[key]})")
            ps.whole[key] = n
            if op == "?":
                ps.weak.add(key)
        elif op == "^":
            prefix.append(key)
        else:
            contains.append(key)
    ps.prefix = _alternation(prefix, literal=True, source=source, anchor=r"^[\W_]{0,3}")
    ps.contains = _alternation(contains, literal=True, source=source)
    ps.pattern = _alternation(patterns, literal=False, source=source)
    ps.guard = _alternation(guards, literal=False, source=source)
    return ps


@dataclass
class Model:
    """Every label's phrases from one data folder, plus the tables built across labels."""

    folder: Path
    labels: dict[str, PhraseSet]
    whole: dict[str, str]  # normalised phrase -> label (strong entries)
    weak: dict[str, str]  # normalised menu word -> label
    glued: regex.Pattern | None  # a whole-line phrase glued to the next word ("Skip to contentUkraine")

    def label_of_whole(self, key: str) -> tuple[str, bool] | None:
        if key in self.whole:
            return self.whole[key], True
        if key in self.weak:
            return self.weak[key], False
        return None


LABEL_ORDER = ("markup", "navigation", "share", "prompts", "rights", "metadata", "teasers", "photo")


@lru_cache(maxsize=16)
def load_model(folder: Path) -> Model:
    """Load every ``<label>.txt`` in ``folder`` (cached per folder, and compiled once in the cache folder)."""
    if not folder.is_dir():
        raise DataError(str(folder), 0, "boilerplate data folder not found")
    import hashlib

    from lint.packcache import cached_object  # rebuilt (and checked) whenever a data file changes

    name = "boilerplate-" + hashlib.blake2b(str(folder.resolve()).encode(), digest_size=8).hexdigest()
    return cached_object(name, [folder, *sorted(folder.glob("*.txt"))], lambda: _build_model(folder))  # type: ignore[return-value]


def _build_model(folder: Path) -> Model:
    labels = {}
    for path in sorted(folder.glob("*.txt")):
        labels[path.stem] = load_phrases(path, path.stem)
    whole: dict[str, str] = {}
    weak: dict[str, str] = {}
    for label, ps in labels.items():
        for key in ps.whole:
            other = whole.get(key) or weak.get(key)
            if other and other != label:
                raise DataError(ps.source, ps.whole[key], f"phrase {key!r} is also listed for {other!r}")
            (weak if key in ps.weak else whole)[key] = label
    glue_items = sorted((k for k, lab in whole.items() if lab == "navigation" and len(k) >= 6), key=len, reverse=True)
    glued = None
    if glue_items:
        body = "|".join(r"\s+".join(regex.escape(w) for w in k.split()) for k in glue_items)
        glued = regex.compile(rf"^(?:{body})(?=[\p{{Lu}}\d“\"])", regex.I | regex.V1)
    return Model(folder, labels, whole, weak, glued)


# ---- the analysis ------------------------------------------------------------------------------


@dataclass(slots=True)
class Verdict:
    """A furniture finding-to-be: which label, where, and how to fix it."""

    line: int
    label: str
    start: int
    end: int
    whole: bool  # the whole line is furniture (its fix removes the line)
    reason: str
    strong: bool = True  # phrase evidence (safe to fix) rather than a neighbourhood guess
    replacement: str = ""  # for partial verdicts: the text that replaces [start, end)
    related: tuple[int, int, str] | None = None
    fixable: bool = True  # False: report only (the text is not safe to remove mechanically)
    scope: str = "line"  # "document": an observation about the whole file
    edit: tuple[int, int, str] | None = None  # planned fix: (start, end, new_text)


def doc_lines(doc: Document) -> list[Line]:
    """The non-blank lines of a document with their features (Markdown code is skipped)."""
    out = []
    text = doc.text
    prose = doc.prose if doc.is_markdown else text
    for i in range(doc.line_count):
        a, b = doc.line_starts[i], doc.line_ends[i]
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b or (doc.is_markdown and not prose[a:b].strip()):
            continue
        content = text[a:b]
        plain = html.unescape(MD_LINK.sub(r"\1", content)) if ("&" in content or "](" in content) else content
        out.append(Line(i, a, b, content, normalise_line(content), len(WORD.findall(plain)),
                        SENTENCE_END.search(plain) is not None, len(LETTER.findall(plain))))
    return out


# ---- fixes -------------------------------------------------------------------------------------


def plan_edits(doc: Document, verdicts: Iterable[Verdict]) -> None:
    """Give every verdict its fix, planned for all of them at once so that no two overlap.

    A whole-line verdict removes its line and line break. Furniture lines and the blank lines
    between them form a block; removing the block keeps one blank line where story text stands
    on both sides (none at the top or bottom of the file), so the fixed text has no gaps. Every
    blank line the block loses is given to one neighbouring verdict's edit.

    Strong verdicts (safe fixes) are planned first, as if the weak ones (unsafe fixes) were story
    text, so that ``--fix`` alone leaves a clean layout; the weak ones are then planned with the
    blank lines that remain.
    """
    verdicts = list(verdicts)
    for v in verdicts:
        if not v.whole and v.fixable and v.scope == "line":
            v.edit = (v.start, v.end, v.replacement)
    whole = [v for v in verdicts if v.whole and v.scope == "line"]
    taken = _plan(doc, {v.line: v for v in whole if v.strong}, set())
    _plan(doc, {v.line: v for v in whole if not v.strong}, taken)


def _plan(doc: Document, whole: dict[int, Verdict], taken: set[int]) -> set[int]:
    """Plan the edits of ``whole`` (line -> verdict); lines in ``taken`` belong to other edits."""
    if not whole:
        return taken
    text = doc.text
    count = doc.line_count
    if count > 1 and doc.line_starts[-1] == len(text):
        count -= 1  # the empty "line" after a final line break

    def blank(i: int) -> bool:
        return i not in taken and not text[doc.line_starts[i] : doc.line_ends[i]].strip()

    i = 0
    while i < count:
        if i not in whole:
            i += 1
            continue
        a = i
        while a > 0 and blank(a - 1):
            a -= 1
        b = i
        while b + 1 < count and (b + 1 in whole or blank(b + 1)):
            b += 1
        blanks = [k for k in range(a, b + 1) if k not in whole]
        keep = blanks[0] if blanks and a > 0 and b < count - 1 else None
        flagged = [k for k in range(a, b + 1) if k in whole]
        spans = {}
        mine = set(flagged)
        for n, k in enumerate(flagged):  # the blank lines after a furniture line go with it
            stop = flagged[n + 1] if n + 1 < len(flagged) else b + 1
            last = k
            while last + 1 < stop and last + 1 != keep:
                last += 1
                mine.add(last)
            spans[k] = [k, last]
        for k in flagged:  # blank lines left before one (above the block, or after the kept one)
            first = k
            while first > a and first - 1 != keep and first - 1 not in mine:
                first -= 1
                mine.add(first)
            spans[k][0] = first
        for k, (first, last) in spans.items():
            whole[k].edit = (doc.line_starts[first], doc.line_next_start(last), "")
        taken |= mine
        i = b + 1
    return taken


# ---- page layout -------------------------------------------------------------------------------

STORY_MIN_WORDS = 10
BODY_GAP = 4  # non-story lines allowed between two story lines of one body
BODY_GAP_CLEAN = 15  # ... or this many when none of them is known furniture
BODY_MIN_WORDS = 60
TITLE_SHARE = 0.35  # the headline is at least this share of the page title (the rest: site, section)
TITLE_REST = regex.compile(r"(?:[-|:–—»>/_,()]\s*|[^\s-|:–—»>/_,()]+\s*){0,14}", regex.V1)


def is_story_line(ln: Line) -> bool:
    """A paragraph of running text: a sentence of some length, or a long line."""
    return (ln.sentence and ln.words >= STORY_MIN_WORDS) or ln.words >= 25


@dataclass
class Layout:
    """Where the story body is: the densest run of story paragraphs (positions in the line list)."""

    first: int = -1
    last: int = -1
    story_text: str = ""  # the body's story paragraphs, normalised, for "does the story use this word?"

    @property
    def found(self) -> bool:
        return self.first >= 0

    @classmethod
    def of(cls, lines: list[Line], furniture: set[int] | frozenset[int] = frozenset()) -> Layout:
        """Find the body. Story lines belong together across a gap of at most BODY_GAP other
        lines, or of at most BODY_GAP_CLEAN lines when none of them is known furniture (lists,
        subheads and tables inside the story)."""
        best: tuple[int, int, int] | None = None  # (words, first, last)
        first = last = -1
        words = gap = 0
        dirty = False
        for k, ln in enumerate(lines):
            if is_story_line(ln) and k not in furniture:
                if first < 0 or gap > (BODY_GAP if dirty else BODY_GAP_CLEAN):
                    if first >= 0 and (best is None or words > best[0]):
                        best = (words, first, last)
                    first, words = k, 0
                last, gap, dirty = k, 0, False
                words += ln.words
            else:
                gap += 1
                dirty = dirty or k in furniture
        if first >= 0 and (best is None or words > best[0]):
            best = (words, first, last)
        if best is None or best[0] < BODY_MIN_WORDS or best[1] == best[2]:
            return cls()
        text = " ".join(ln.key for ln in lines if is_story_line(ln))
        return cls(best[1], best[2], text)


def page_title(lines: list[Line], before: int = -1) -> tuple[int, int] | None:
    """(title, headline) positions when the first line is the page title repeated as the headline.

    A scraped page often starts with the HTML title ("Site - Headline | Section") and shows the
    headline again above the story: the first copy is furniture, the later one is the headline.
    The headline is the copy nearest above ``before`` (the story), else the first copy.
    """
    if len(lines) < 3 or lines[0].sentence:
        return None
    title = f" {lines[0].key} "
    best = None
    for k in range(1, min(len(lines), 400)):
        key = lines[k].key
        if lines[k].words < 3 or lines[k].sentence or len(key) < max(12, TITLE_SHARE * len(title)):
            continue
        if f" {key} " not in title:
            continue
        rest = title.replace(f" {key} ", " ", 1)
        if rest.strip() and not TITLE_REST.fullmatch(rest.strip()):
            continue
        if best is None or (before >= 0 and k < before):
            best = k
    return (0, best) if best is not None else None
