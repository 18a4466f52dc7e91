"""Corrupted names: capitalised names whose words a spinner swapped for synonyms.

"Worldwide Atomic Vitality Company" is "International Atomic Energy Agency" with every content
word replaced from a thesaurus. This kind walks each capitalised run of words, and tries to read
it as a gazetteer name through the spinner thesaurus (original word -> the words a spinner puts
in its place). A match where at least one word changed, and which is not itself a real name, is
reported with the restored name as a safe fix.

Options:
  gazetteer   word list of real multi-word names (one per line)
  thesaurus   ``original: spun, spun two, ...`` lines (spun forms may be several words)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import compress, count, pairwise

from lint.document import Document, Token, normalise
from lint.engine import RunContext
from lint.errors import DataError
from lint.finding import Finding
from lint.kinds.base import RuleKind
from lint.lexfile import load_word_list, tokenize_phrase

Name = tuple[tuple[str, ...], str]  # (word tokens, name as written)
# How to read a name, word by word: the forms each word may take (longest first) and whether the
# word is capitalised in the name as written.
Steps = tuple[tuple[tuple[tuple[str, ...], ...], bool], ...]
JOINERS = frozenset({"-"})


class NamesKind(RuleKind):
    OPTIONS = {"gazetteer": "", "thesaurus": ""}

    def setup(self) -> None:
        self.spun_forms: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        path = self.data_path(self.options["thesaurus"])
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            original, colon, spun = line.partition(":")
            if not colon or not original.strip():
                raise DataError(str(path), lineno, "expected 'original: spun, spun'")
            for form in spun.split(","):
                tokens = _words(form)
                if tokens and tokens != (normalise(original.strip()),):
                    self.spun_forms[normalise(original.strip())].append(tokens)
        self.real_names: set[tuple[str, ...]] = set()
        by_first: dict[str, list[Name]] = defaultdict(list)
        for written in load_word_list(self.data_path(self.options["gazetteer"])):
            words = _words(written)
            if len(words) < 2:
                continue
            self.real_names.add(words)
            for first in {form[0] for form in self._forms(words[0])}:
                by_first[first].append((words, written))
        # The names a reading may start at a token with, keyed by that token and the next one.
        by_pair: dict[tuple[str, str], list[Name]] = defaultdict(list)
        for first, bucket in by_first.items():
            bucket.sort(key=lambda n: -len(n[0]))
            for name in bucket:
                for second in sorted(self._seconds(name[0], first)):
                    by_pair[first, second].append(name)
        self.by_pair = dict(by_pair)
        self._steps: dict[Name, Steps] = {}

    def _forms(self, word: str) -> list[tuple[str, ...]]:
        """The forms a name's ``word`` may take in a reading: itself or one of its spun forms."""
        return [(word,), *self.spun_forms.get(word, ())]

    def _seconds(self, words: tuple[str, ...], first: str) -> set[str]:
        """Every token that can follow ``first`` in a reading of the name ``words`` (a name has
        two words or more): the next word of a form of its first word that starts with ``first``,
        or, after the one-word form, a joiner or the first word of a form of its second word."""
        seconds = set()
        for form in self._forms(words[0]):
            if form[0] != first:
                continue
            if len(form) > 1:
                seconds.add(form[1])
            else:
                seconds |= JOINERS | {f[0] for f in self._forms(words[1])}
        return seconds

    def _steps_of(self, name: Name) -> Steps:
        """How to read ``name`` (worked out on first use, then kept)."""
        steps = self._steps.get(name)
        if steps is None:
            words, written = name
            capitals = [w[:1].isupper() for w in tokenize_phrase(written)[1] if w[:1].isalnum()]
            steps = tuple(
                (tuple(sorted(self._forms(word), key=len, reverse=True)),
                 capitals[k] if k < len(capitals) else False)
                for k, word in enumerate(words))
            self._steps[name] = steps
        return steps

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        norms = doc.token_norms
        tokens = doc.tokens
        in_quote = doc.token_in_quote
        by_pair = self.by_pair
        done = 0  # a restored name's tokens are not read again
        # Only a token that can start a name with the token after it is looked at (one C-level
        # filter over the pairs of adjacent norms).
        for i in compress(count(), map(by_pair.__contains__, pairwise(norms))):
            if i < done:
                continue
            tok = tokens[i]
            if tok.is_word and tok.text[:1].isupper() and not in_quote[i] and not _inside_longer_name(doc, i):
                hit = self._match_at(doc, i, by_pair[norms[i], norms[i + 1]])
                if hit is not None:
                    end, name = hit
                    start, stop = tok.start, tokens[end - 1].end
                    yield self.finding(start, stop, match=doc.text[start:stop], replacements=(name,))
                    done = end

    def _match_at(self, doc: Document, i: int, names: list[Name]) -> tuple[int, str] | None:
        """(end token, name as written) of the first of ``names`` read at token ``i``, or None."""
        for name in names:
            words, written = name
            end = self._read_as(doc.tokens, i, self._steps_of(name))
            if end is not None:
                surface = tuple(t.norm for t in doc.tokens[i:end] if t.is_word)
                if surface not in self.real_names and surface != words:
                    return end, written
        return None

    @staticmethod
    def _read_as(tokens: list[Token], i: int, steps: Steps) -> int | None:
        """Token index just past a reading of a name (its ``steps``) starting at ``i``, or None."""
        pos = i
        for k, (forms, capitalised) in enumerate(steps):
            if k and pos < len(tokens) and tokens[pos].text in JOINERS:
                pos += 1
            for form in forms:
                if _tokens_are(tokens, pos, form, capitalised=capitalised):
                    pos += len(form)
                    break
            else:
                return None
        return pos


def _inside_longer_name(doc: Document, i: int) -> bool:
    """The run continues a capitalised name that starts earlier ("Family Justice Division")."""
    if i == 0 or i in doc.sentence_starts:
        return False
    prev = doc.tokens[i - 1]
    return prev.is_word and prev.text[:1].isupper() and prev.norm != "the" and prev.end + 1 >= doc.tokens[i].start


def _tokens_are(tokens: list[Token], pos: int, form: tuple[str, ...], capitalised: bool) -> bool:
    if pos + len(form) > len(tokens):
        return False
    for k, word in enumerate(form):
        tok = tokens[pos + k]
        if tok.norm != word or (k and tok.start - tokens[pos + k - 1].end > 1):
            return False
    first = tokens[pos].text
    return first[:1].isupper() if capitalised else True


def _words(text: str) -> tuple[str, ...]:
    return tuple(t for t in tokenize_phrase(text)[0] if t[:1].isalnum())


KIND = NamesKind
