"""Pattern: a regular expression in the rule's data, with an optional fix. New patterns need no code.

Options:
  pattern     the expression (Python ``regex`` module, multiline: ``^`` and ``$`` match at each line)
  group       the group reported (default 0: the whole match); the fix replaces that group
  replace     the replacement (``\\1`` refers to a group); leave unset for no fix, "" to delete
  transform   compute the replacement instead: ``unescape`` (HTML entities), ``demojibake``
              (text decoded with the wrong code page: "â€™" -> "’"), ``single-space``
  unsafe      the fix needs a human's eye (never applied without --unsafe-fixes)
  source      ``prose`` (Markdown code and markup blanked, the default) or ``text`` (every character)
  in_prose    with ``source = "text"``: report only matches in prose (not in Markdown code or markup)
  markdown    also check Markdown files (entities and tags are legitimate Markdown)
  quotes      also report inside direct quotes
  examples    texts the pattern must match, checked when the pack loads
  counter_examples  texts it must not match
  timeout     seconds one search may take (plus one per MB of text) before the rule is given up for
              that file: a pattern that backtracks catastrophically cannot hang a run; the rule is
              named in the summary (``timed_out``) and the file's report, and the run exits 2; a
              pattern that cannot backtrack (``Needs.linear``) is searched without the clock

Before searching, a cheap test skips texts that lack a string or a first character every match
needs (:class:`Pretest`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

import regex

from lint.boilerplate_prefilter import Clause, Span, Unsupported, holds_all, needs
from lint.document import Document
from lint.engine import RunContext
from lint.errors import DataError
from lint.finding import Finding
from lint.kinds.base import Example, RuleKind


def demojibake(text: str) -> str | None:
    """Undo UTF-8 read as Windows-1252 or Latin-1 ("â€™" -> "’", "Ã©" -> "é"); None if it does not."""
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != text:
            return fixed
    return None


def unescape(text: str) -> str | None:
    import html  # only the transform needs it: kept off the start-up path

    fixed = html.unescape(text)
    return fixed if fixed != text else None


INLINE_TAGS = frozenset("a abbr b em font i small span strong sub sup u".split())


TAG = regex.compile(r"</?\s*([a-zA-Z0-9]+)[^<>]*>")


def strip_tag(text: str) -> str | None:
    """Text without its HTML tags: inline tags (<i>) vanish, block tags (<br/>, <p>) become a space."""
    fixed = TAG.sub(lambda m: "" if m.group(1).lower() in INLINE_TAGS else " ", text)
    return fixed if fixed != text else None


TIMED_OUT = "timed_out"  # summary key: rules given up on this document

TRANSFORMS: dict[str, Callable[[str], str | None]] = {
    "unescape": unescape,
    "demojibake": demojibake,
    "single-space": lambda text: " ",
    "strip-tag": strip_tag,
}


class PatternKind(RuleKind):
    OPTIONS = {"pattern": "", "group": 0, "replace": None, "transform": "", "unsafe": False, "source": "prose",
               "markdown": True, "quotes": True, "in_prose": True, "examples": [], "counter_examples": [],
               "timeout": 5.0}

    def setup(self) -> None:
        where = (self.meta.source, self.meta.line)
        try:
            self.regex = regex.compile(self.options["pattern"], regex.M | regex.V1)
        except regex.error as err:
            raise DataError(*where, f"invalid pattern {self.options['pattern']!r}: {err}") from None
        if not self.options["pattern"]:
            raise DataError(*where, "a pattern rule needs a 'pattern'")
        if self.options["transform"] and self.options["transform"] not in TRANSFORMS:
            raise DataError(*where, f"unknown transform {self.options['transform']!r} (known: {', '.join(TRANSFORMS)})")
        if self.options["source"] not in ("prose", "text"):
            raise DataError(*where, "option 'source' must be prose or text")
        if self.options["replace"] is not None and not isinstance(self.options["replace"], str):
            raise DataError(*where, "option 'replace' must be a string")
        if self.options["timeout"] <= 0:
            raise DataError(*where, "option 'timeout' must be a positive number of seconds")
        if self.options["group"] > self.regex.groups:
            raise DataError(*where, f"the pattern has no group {self.options['group']}")
        self.pretest = _pretest(self.options["pattern"])

    def examples(self) -> Iterable[Example]:
        for text in self.options["examples"]:
            yield Example(text, True, self.meta.source, self.meta.line, f"{self.meta.code} pattern")
        for text in self.options["counter_examples"]:
            yield Example(text, False, self.meta.source, self.meta.line, f"{self.meta.code} pattern")

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        if doc.is_markdown and not self.options["markdown"]:
            return
        subject = doc.prose if self.options["source"] == "prose" else doc.text
        if not self.pretest.allows(subject):
            return  # the text lacks what every match needs: the pattern cannot match
        group = self.options["group"]
        transform = TRANSFORMS.get(self.options["transform"])
        limit = self.options["timeout"] + len(subject) / 1_000_000
        try:
            yield from self._matches(doc, subject, group, transform, limit)
        except TimeoutError:
            ctx.summary.setdefault(TIMED_OUT, []).append(
                f"{self.meta.code} ({self.meta.name}): its pattern took over {limit:.3g} s on one search "
                f"and was stopped; the rule is skipped for this file ({self.meta.source}:{self.meta.line})")

    def _matches(self, doc: Document, subject: str, group: int, transform: Callable[[str], str | None] | None,
                 limit: float) -> Iterator[Finding]:
        # The timeout stops catastrophic backtracking, and checking the clock costs up to 2x on a plain
        # search. A linear pattern (Needs.linear: fixed tests, then at most one choice or repeat at its end)
        # makes at most LINEAR_WIDTH tests per character (~0.2 s per MB at the very worst, measured), inside
        # the limit's second per MB: it is searched without one.
        matches = self.regex.finditer(subject) if self.pretest.linear else self.regex.finditer(subject, timeout=limit)
        for m in matches:
            start, end = m.span(group)
            if start < 0 or start == end:
                continue
            if not self.options["quotes"] and doc.in_quote(start):
                continue
            if subject is doc.text and self.options["in_prose"] and _touches_non_prose(doc, start, end):
                continue
            found = doc.text[start:end]
            replacements: tuple[str, ...] = ()
            if transform is not None:
                fixed = transform(found)
                if fixed is None:
                    continue  # not what the pattern hoped: mojibake that does not decode, say
                replacements = (fixed,)
            elif self.options["replace"] is not None:
                replacements = (m.expand(self.options["replace"]) if group == 0 else self.options["replace"],)
            yield self.finding(start, end, match=_visible(found), replacements=replacements,
                               unsafe=self.options["unsafe"], fixed=_visible(replacements[0]) if replacements else "",
                               length=end - start)


class Pretest(NamedTuple):
    """A cheap whole-text test that a pattern's matches need (see :mod:`lint.boilerplate_prefilter`)."""

    clauses: tuple[Clause, ...] = ()  # strings the text, case-folded when ``fold``, must hold
    fold: bool = False
    starts: re.Pattern[str] | None = None  # a set of the characters a match can start with
    beyond_ascii: bool = False  # no match starts with an ASCII character
    linear: bool = False  # a search cannot backtrack: a bounded number of steps per character

    def allows(self, subject: str) -> bool:
        """False when ``subject`` cannot hold a match."""
        if self.clauses and not holds_all(subject.casefold() if self.fold else subject, self.clauses):
            return False
        if self.starts is None:
            return True
        if self.beyond_ascii and subject.isascii():
            return False  # str.isascii reads a flag the string keeps: no scan
        return self.starts.search(subject) is not None


def _pretest(pattern: str) -> Pretest:
    """The pre-test of ``pattern``: the strings and the first characters every match needs.

    The clause analysis is made for case-insensitive patterns; a case-sensitive match also matches
    case-insensitively, so its clauses hold here too. When no clause string has case, the text
    itself holds them (a literal whose case fold has no case is that very string), so the text
    need not be folded. The first characters are exact (the rule compiles without case folding).
    """
    try:
        need = needs(pattern)
    except Unsupported:
        return Pretest()
    fold = any(s.lower() != s or s.upper() != s for clause in need.clauses for s in clause)
    if need.starts is None:
        return Pretest(need.clauses, fold, linear=need.linear)
    return Pretest(need.clauses, fold, _char_set(need.starts), need.starts[0][0] >= 0x80, need.linear)


def _char_set(spans: tuple[Span, ...]) -> re.Pattern[str]:
    """A search for any character of ``spans``. The standard ``re`` module: the set names code points
    only, which it reads as ``regex`` does, and it scans a text for a many-range set ~3x faster."""
    return re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in spans) + "]")


def _touches_non_prose(doc: Document, start: int, end: int) -> bool:
    if not doc.non_prose:
        return False
    a, b = max(start - 1, 0), min(end + 1, len(doc.text))
    return doc.prose[a:b] != doc.text[a:b]


def _visible(text: str) -> str:
    """Show invisible characters in a message: U+00A0 as <U+00A0>, a run of spaces by its length."""
    out = []
    for ch in text:
        if ch == " ":
            out.append(" ")
        elif not ch.isprintable() or ch in "\u00a0\u00ad\u200b\u200c\u200d\u2060\ufeff":
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


KIND = PatternKind
