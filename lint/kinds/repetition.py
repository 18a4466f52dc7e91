"""Repetition: a doubled word ("the the"), doubled punctuation (",,"), the same sentence twice.

Options:
  check      words | punctuation | sentences
  allow      words: data file of words that may be doubled ("had had", "that that"), one a line
  min_words  sentences: only sentences of at least this many words count (short ones repeat legitimately)
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from itertools import compress, count

import regex

from lint.document import Document, normalise
from lint.engine import RunContext
from lint.errors import DataError
from lint.finding import Edit, Finding, Severity
from lint.kinds.base import RuleKind
from lint.kinds.consistency import read_lines

CHECKS = ("words", "punctuation", "sentences")
# A doubled mark: the same comma, semicolon, colon or stop twice (an ellipsis "..." is not doubled;
# "!!" and "??" are emphasis, a matter of style),
# or a comma / semicolon / colon straight before a full stop.
DOUBLED_PUNCT = regex.compile(r"(?<![.])(?:([,;:])\1+|\.\.(?!\.)|[,;:]\.(?!\.))")
URLISH = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
SENTENCE_NORM = regex.compile(r"[\W_]+")
# Joins the sentences for one pass of SENTENCE_NORM: a word character (so never replaced) without
# case (so lowercasing sees it as it sees the end of a string) that running text does not hold.
SENTENCE_JOINER = "\u203f"  # UNDERTIE
# What DOUBLED_PUNCT needs: one of these pairs of marks somewhere in the text.
DOUBLED_PAIRS = (",,", ";;", "::", "..", ",.", ";.", ":.")


class RepetitionKind(RuleKind):
    OPTIONS = {"check": "words", "allow": "", "min_words": 8}

    def setup(self) -> None:
        if self.options["check"] not in CHECKS:
            raise DataError(self.meta.source, self.meta.line,
                            f"option 'check' must be one of {', '.join(CHECKS)}, not {self.options['check']!r}")
        self.allowed: frozenset[str] = frozenset()
        if self.options["allow"]:
            self.allowed = frozenset(line.lower() for _, line in read_lines(self.data_path(self.options["allow"])))

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        check = self.options["check"]
        if check == "words":
            return self._words(doc)
        if check == "punctuation":
            return self._punctuation(doc)
        return self._sentences(doc)

    def _words(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        norms = doc.token_norms
        # Only where a token's norm equals the next one's (one C-level pass over the norms).
        for i in compress(count(), map(operator.eq, norms, norms[1:])):
            a, b = tokens[i], tokens[i + 1]
            if not (a.is_word and b.is_word):
                continue
            gap = doc.text[a.end:b.start]
            if gap.strip() or ("\n" in gap and not doc.is_markdown) or gap.count("\n") > 1:
                continue  # not adjacent in one paragraph
            if a.norm in self.allowed or any(c.isdigit() for c in a.text):
                continue
            if b.text[:1].isupper():
                continue  # a name: "Sirhan Sirhan", "law lord Lord Bingham"
            if i + 2 < len(tokens) and tokens[i + 2].text == "-" and tokens[i + 2].start == b.end:
                continue  # "Boutros Boutros-Ghali", "bye bye-bye"
            f = self.finding(a.start, b.end, match=doc.text[a.start:b.end], replacements=(a.text,), word=a.text)
            f.edit = Edit(a.end, b.end, "")
            yield f

    def _punctuation(self, doc: Document) -> Iterator[Finding]:
        prose = doc.prose
        if not any(pair in prose for pair in DOUBLED_PAIRS):
            return  # nothing doubled: the pattern cannot match
        skip: list[tuple[int, int]] | None = None  # URLs and addresses, found once something doubled is
        for m in DOUBLED_PUNCT.finditer(prose):
            if skip is None:
                skip = [u.span() for u in URLISH.finditer(prose)]
            if any(a <= m.start() < b for a, b in skip):
                continue
            before, after = prose[m.start() - 1 : m.start()], prose[m.end() : m.end() + 1]
            if m.group()[0] == ":" and before.isalnum() and after.isalnum():
                continue  # "std::vector", "10::30": not prose punctuation
            found = m.group()
            keep = "." if found[-1] == "." else found[0]
            clipped = found == ".."  # two stops may be a clipped ellipsis: a fix needs a human, and it is less sure
            yield self.finding(m.start(), m.end(), match=found, replacements=(keep,), unsafe=clipped,
                               severity=Severity.INFO if clipped else None)

    def _sentences(self, doc: Document) -> Iterator[Finding]:
        keys = _sentence_keys(doc)
        if len(set(keys)) == len(keys):
            return  # no sentence is written twice
        first_seen: dict[str, tuple[int, int]] = {}
        for sentence, key in zip(doc.sentences, keys, strict=True):
            # Words in the key: single spaces separate them (every other character was a word character).
            if (key.count(" ") + 1 if key else 0) < self.options["min_words"]:
                continue
            end = sentence.end
            while end > sentence.start and doc.text[end - 1].isspace():
                end -= 1
            if key in first_seen:
                a, b = first_seen[key]
                line = doc.line_of(a) + 1
                f = self.finding(sentence.start, end, match=doc.text[sentence.start:end], line=line)
                f.related = (a, b, "first written here")
                yield f
            else:
                first_seen[key] = (sentence.start, end)


def sentence_key(text: str) -> str:
    """A sentence as the repeat test compares it: lowercase words, single spaces between them."""
    return SENTENCE_NORM.sub(" ", normalise(text)).strip()


def _sentence_keys(doc: Document) -> list[str]:
    """:func:`sentence_key` of every sentence, computed by C-level passes over all of them at once."""
    texts = [doc.prose[s.start:s.end] for s in doc.sentences]
    if not texts or SENTENCE_JOINER in doc.prose:  # the joiner is in the text: one by one
        return list(map(sentence_key, texts))
    # The joiner is a word character, so it survives the key; each piece is then stripped as alone.
    return list(map(str.strip, sentence_key(SENTENCE_JOINER.join(texts)).split(SENTENCE_JOINER)))


KIND = RepetitionKind
