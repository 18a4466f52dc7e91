"""Typography that needs more than a pattern: quote styles mixed in one file, unbalanced quotes and brackets.

Options:
  check   mixed-quotes | unbalanced-quotes | unbalanced-brackets

Quotes follow the news convention that a quotation running over several paragraphs reopens each
paragraph with a quote mark and closes only at its end: an unclosed quote is not reported when
the next paragraph opens with one. Primes after digits (6'2") are not quotes. Lines with hardly
any spaces (URLs, scraped debris) are not prose and are left to other rules.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lint.document import Document, Span
from lint.engine import RunContext
from lint.errors import DataError
from lint.finding import Finding
from lint.kinds.base import RuleKind

CHECKS = ("mixed-quotes", "unbalanced-quotes", "unbalanced-brackets")
OPENS_AFTER = frozenset(" \t\r\n([{—–-/")
PAIRS = {")": "(", "]": "["}
# The characters each check looks at: found by the regex engine, so the Python loops below run
# once per mark, not once per character of the text.
QUOTE_MARK = regex.compile(r"[\"“”'‘’]")
CURLY_DOUBLE = regex.compile(r"[“”]")
BRACKET = regex.compile(r"[()\[\]]")


class TypographyKind(RuleKind):
    OPTIONS = {"check": "mixed-quotes"}

    def setup(self) -> None:
        if self.options["check"] not in CHECKS:
            raise DataError(self.meta.source, self.meta.line,
                            f"option 'check' must be one of {', '.join(CHECKS)}, not {self.options['check']!r}")

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        check = self.options["check"]
        if check == "mixed-quotes":
            return self._mixed(doc)
        if check == "unbalanced-quotes":
            return self._unbalanced_quotes(doc)
        return self._unbalanced_brackets(doc)

    # ---- mixed straight and curly quotes ---------------------------------------------------------
    def _mixed(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        if not (_holds_any(prose, '"') and _holds_any(prose, "“”")) and \
                not (_holds_any(prose, "'") and _holds_any(prose, "‘’")):
            return  # no kind of quote mark is written both straight and curly
        marks: dict[str, dict[str, list[int]]] = {"double": {"straight": [], "curly": []},
                                                  "single": {"straight": [], "curly": []}}
        for m in QUOTE_MARK.finditer(prose):
            pos, ch = m.start(), m.group()
            if ch == '"':
                if not _is_prime(prose, pos):
                    marks["double"]["straight"].append(pos)
            elif ch in "“”":
                marks["double"]["curly"].append(pos)
            elif ch == "'":
                if not _is_prime(prose, pos):
                    marks["single"]["straight"].append(pos)
            elif ch in "‘’":
                marks["single"]["curly"].append(pos)
        for kind, styles in marks.items():
            straight, curly = styles["straight"], styles["curly"]
            if not straight or not curly:
                continue
            minority, majority = ("straight", "curly") if len(straight) <= len(curly) else ("curly", "straight")
            count = len(styles[majority])
            for pos in styles[minority]:
                mark = prose[pos]
                fixed, unsafe = _convert(prose, pos, to_curly=majority == "curly")
                name = "quotation mark" if kind == "double" else "apostrophe or single quote"
                f = self.finding(pos, pos + 1, match=mark, replacements=(fixed,), unsafe=unsafe,
                                 style=minority, majority=majority, what=name, count=count)
                yield f

    # ---- unbalanced quotes -------------------------------------------------------------------------
    def _unbalanced_quotes(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        # Each check finds nothing in a text without its marks: run only those with marks to pair.
        checks = [check for check, marks in ((self._curly_double, "“”"), (self._straight_double, '"'),
                                             (self._curly_single, "‘")) if _holds_any(prose, marks)]
        if not checks:
            return
        paras = [p for p in doc.paragraphs if _is_prose(prose, p)]
        for k, para in enumerate(paras):
            next_para = paras[k + 1] if k + 1 < len(paras) else None
            reopens = next_para is not None and prose[next_para.start:next_para.end].lstrip()[:1] in ('"', "“", "‘")
            for check in checks:
                yield from check(doc, para, reopens)

    def _curly_double(self, doc: Document, para: Span, reopens: bool) -> Iterator[Finding]:
        marks = [(m.start(), "open" if m.group() == "“" else "close")
                 for m in CURLY_DOUBLE.finditer(doc.prose, para.start, para.end)]
        yield from self._match(doc, marks, reopens)

    def _straight_double(self, doc: Document, para: Span, reopens: bool) -> Iterator[Finding]:
        prose = doc.prose
        marks = []
        pos = prose.find('"', para.start, para.end)
        while pos >= 0:
            if not _is_prime(prose, pos):
                before = prose[pos - 1] if pos > para.start else " "
                after = prose[pos + 1] if pos + 1 < para.end else " "
                if before in OPENS_AFTER and not after.isspace():
                    marks.append((pos, "open"))
                elif not before.isspace() and (after.isspace() or not after.isalnum()):
                    marks.append((pos, "close"))
                else:
                    marks.append((pos, "either"))
            pos = prose.find('"', pos + 1, para.end)
        yield from self._match(doc, marks, reopens)

    def _match(self, doc: Document, marks: list[tuple[int, str]], reopens: bool) -> Iterator[Finding]:
        """Pair opening and closing marks in one paragraph; report what does not pair."""
        prose = doc.prose
        opened: int | None = None
        for pos, role in marks:
            if role == "either":
                role = "close" if opened is not None else "open"
            if role == "open":
                if opened is not None and not _continues(prose, pos):
                    yield self.finding(opened, opened + 1, match=prose[opened], problem="is never closed")
                opened = pos
            elif opened is None:
                yield self.finding(pos, pos + 1, match=prose[pos], problem="closes a quote that was never opened")
            else:
                opened = None
        if opened is not None and not reopens:
            yield self.finding(opened, opened + 1, match=prose[opened], problem="is never closed")

    def _curly_single(self, doc: Document, para: Span, reopens: bool) -> Iterator[Finding]:
        prose = doc.prose
        text = prose[para.start:para.end]
        pos = text.rfind("‘")
        if pos >= 0 and "’" not in text[pos:] and not reopens:
            at = para.start + pos
            yield self.finding(at, at + 1, match="‘", problem="is never closed")

    # ---- unbalanced brackets -----------------------------------------------------------------------
    def _unbalanced_brackets(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        if not _holds_any(prose, "()[]"):
            return
        for para in doc.paragraphs:
            if not _is_prose(prose, para):
                continue
            stack: list[int] = []
            for m in BRACKET.finditer(prose, para.start, para.end):
                pos, ch = m.start(), m.group()
                if ch in "([":
                    stack.append(pos)
                elif ch in ")]":
                    if stack and prose[stack[-1]] == PAIRS[ch]:
                        stack.pop()
                    elif not stack and not _list_marker(prose, para.start, pos):
                        yield self.finding(pos, pos + 1, match=ch, problem="closes a bracket that was never opened")
                    elif stack:
                        yield self.finding(pos, pos + 1, match=ch,
                                           problem=f"does not match the '{prose[stack[-1]]}' it closes")
                        stack.pop()
            for pos in stack:
                yield self.finding(pos, pos + 1, match=prose[pos], problem="is never closed")


def _holds_any(text: str, marks: str) -> bool:
    """``text`` holds one of the characters of ``marks`` (a C-level search for each)."""
    return any(mark in text for mark in marks)


def _is_prime(text: str, pos: int) -> bool:
    """A foot or inch mark (6'2", 5' 10"), not a quote."""
    if pos == 0 or not text[pos - 1].isdigit():
        return False
    if text[pos] == "'":
        return bool(regex.match(r" ?\d", text[pos + 1 : pos + 3]))
    return bool(regex.search(r"\d'\s?\d+(?:\.\d+)?$", text[max(0, pos - 8):pos]))


def _continues(text: str, pos: int) -> bool:
    """A quote mark that reopens a quotation after a sentence end: a paragraph break lost in the copy."""
    return bool(regex.search(r"[.!?,]\s+$", text[max(0, pos - 3):pos]))


def _is_prose(text: str, para: Span) -> bool:
    return text.count(" ", para.start, para.end) >= 3


def _list_marker(text: str, start: int, pos: int) -> bool:
    """ "1)" or "a)" at the head of a line, or a smiley ":)"."""
    line_start = text.rfind("\n", start, pos) + 1 or start
    head = text[max(line_start, start):pos].strip()
    return (len(head) <= 3 and head.isalnum()) or text[pos - 1 : pos] in (":", ";") \
        or text[max(pos - 2, 0) : pos] in (":-", ";-")


def _convert(text: str, pos: int, *, to_curly: bool) -> tuple[str, bool]:
    """The mark at pos in the other style, and whether that conversion needs a human's eye."""
    mark = text[pos]
    if not to_curly:
        return ('"' if mark in "“”" else "'"), False
    before = text[pos - 1] if pos > 0 else " "
    opening = before in OPENS_AFTER or before in "\"“‘"
    if mark == '"':
        return ("“" if opening else "”"), False
    # A straight single mark: an apostrophe inside a word is safe; an opening one may be an elision ('90s).
    return ("‘", True) if opening else ("’", False)


KIND = TypographyKind
