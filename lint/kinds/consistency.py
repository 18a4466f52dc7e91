"""Consistency within one file: the same thing spelt two ways. The minority form is reported and
the majority form offered; on a tie the form used first sets the style.

Options:
  check     what varies:
              variants     name spellings listed in ``table`` (Zelensky / Zelenskyy, Kyiv / Kiev)
              case         an acronym written both ways (NATO / Nato), found automatically
              hyphenation  a compound both hyphenated and closed (cease-fire / ceasefire), found
                           automatically; ``table`` lists pairs that differ in meaning (re-sign / resign)
              dialect      British and American spellings mixed (defence / defense); ``table`` lists
                           the pairs by family; -ise / -ize is judged apart from the rest because
                           Oxford spelling pairs -ize with British spelling
  table     data file (relative to the pack) for the check
  report    ``first``: report the first use of each minority form, with the count of its uses
            (a fix pass then reports the next); ``all``: report every use

Table formats (``#`` starts a comment):
  variants     ``Zelenskyy | Zelensky | Zelenskiy ; ex: Zelenskyy met X. Later Zelensky said Y.``
  hyphenation  ``re-sign`` (one compound per line whose closed form is another word)
  dialect      ``family: british/american ...``; ``colour/color{,s,ed}`` appends each suffix to
               both forms (an empty suffix keeps the bare form); family ``ise`` is the -ise/-ize axis

Capitalised words inside a name ("Department of Defense", "World Trade Center") are the name's own
spelling and are not counted by the dialect check.
"""

from __future__ import annotations

import bisect
import operator
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, count
from pathlib import Path

import regex

from lint.document import Document, Token, normalise
from lint.engine import RunContext
from lint.errors import DataError
from lint.finding import Finding
from lint.kinds.base import Example, RuleKind
from lint.phrases import adapt_case

CHECKS = ("variants", "case", "hyphenation", "dialect")
DIALECT_ITEM = regex.compile(r"(?P<british>[a-z]+)/(?P<american>[a-z]+)(?:\{(?P<suffixes>[a-z,]*)\})?")
POSSESSIVE_NORMS = ("'s", "'")  # the possessive endings in a token's norm (curly apostrophes straightened)
TEXT = operator.attrgetter("text")
APOSTROPHE = regex.compile("['’]")
HYPHEN = regex.compile("-")
FIRST_TWO = operator.itemgetter(slice(0, 2))


@dataclass(slots=True)
class Use:
    """One occurrence of a form: where it is and how it is written."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Group:
    """Forms of one thing; ``key(form)`` names each form."""

    forms: list[str]
    source: str = ""
    line: int = 0
    examples: list[str] = field(default_factory=list)
    counter_examples: list[str] = field(default_factory=list)


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank, non-comment line of a data file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(str(path), 0, f"cannot read data file: {err}") from err
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield n, stripped


def base_of(token: Token) -> tuple[str, int]:
    """A word token without its possessive ending: (text, length kept)."""
    text = token.text
    n = len(text)
    # The possessive endings, tested by their last character: 's and ’s, then a bare ' or ’.
    last = text[-1:]
    if last == "s":
        if n > 3 and text[-2] in "'’":
            return text[:-2], n - 2
    elif last in ("'", "’") and n > 2:
        return text[:-1], n - 1
    return text, n


def choose(uses: dict[str, list[Use]]) -> tuple[str, list[str]] | None:
    """The majority form and the minority forms; a tie goes to the form used first."""
    used = {k: v for k, v in uses.items() if v}
    if len(used) < 2:
        return None
    first = {k: min(u.start for u in v) for k, v in used.items()}
    ranked = sorted(used, key=lambda k: (-len(used[k]), first[k]))
    return ranked[0], ranked[1:]


class ConsistencyKind(RuleKind):
    OPTIONS = {"check": "variants", "table": "", "report": "first"}

    def setup(self) -> None:
        check = self.options["check"]
        if check not in CHECKS:
            raise DataError(self.meta.source, self.meta.line,
                            f"option 'check' must be one of {', '.join(CHECKS)}, not {check!r}")
        self.groups: list[Group] = []
        self.form_group: dict[tuple[str, ...], tuple[int, str]] = {}  # normalised tokens -> (group, form)
        self.exceptions: set[str] = set()
        self.dialect: dict[str, tuple[str, str, str]] = {}  # word -> (family, british, american)
        table = self.options["table"]
        if not table:
            if check in ("variants", "dialect"):
                raise DataError(self.meta.source, self.meta.line, f"check {check!r} needs a 'table'")
            return
        path = self.data_path(table)
        if check == "variants":
            self._load_variants(path)
        elif check == "hyphenation":
            self.exceptions = {normalise(line) for _, line in read_lines(path)}
        elif check == "dialect":
            self._load_dialect(path)

    # ---- data --------------------------------------------------------------------------------
    def _load_variants(self, path: Path) -> None:
        from lint.lexfile import tokenize_phrase

        for n, line in read_lines(path):
            head, *fields = [p.strip() for p in line.split(" ; ")]
            forms = [f.strip() for f in head.split("|") if f.strip()]
            if len(forms) < 2:
                raise DataError(str(path), n, f"a variant group needs two forms or more: {line!r}")
            group = Group(forms, str(path), n)
            for item in fields:
                key, _, value = item.partition(":")
                if key.strip() == "ex":
                    group.examples.append(value.strip())
                elif key.strip() == "nex":
                    group.counter_examples.append(value.strip())
                else:
                    raise DataError(str(path), n, f"unknown field {item!r} (expected ex: or nex:)")
            index = len(self.groups)
            self.groups.append(group)
            for form in forms:
                tokens, _ = tokenize_phrase(form)
                if tokens in self.form_group:
                    raise DataError(str(path), n, f"form {form!r} is already in another group")
                self.form_group[tokens] = (index, form)

    def _load_dialect(self, path: Path) -> None:
        self.dialect = load_dialect(path)

    def examples(self) -> Iterable[Example]:
        for g in self.groups:
            for text in g.examples:
                yield Example(text, True, g.source, g.line, " | ".join(g.forms))
            for text in g.counter_examples:
                yield Example(text, False, g.source, g.line, " | ".join(g.forms))

    # ---- checking ----------------------------------------------------------------------------
    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        check = self.options["check"]
        if check == "variants":
            yield from self._variants(doc)
        elif check == "case":
            yield from self._case(doc)
        elif check == "hyphenation":
            yield from self._hyphenation(doc)
        else:
            yield from self._dialect(doc)

    def _report(self, doc: Document, uses: dict[str, list[Use]], kind: str) -> Iterator[Finding]:
        chosen = choose(uses)
        if chosen is None:
            return
        majority, minorities = chosen
        first = uses[majority][0]
        count = len(uses[majority])
        for form in minorities:
            for use in self._reported(uses[form]):
                preferred = majority if kind == "case" else adapt_case(majority, use.text)
                f = self.finding(use.start, use.end, match=use.text, replacements=(preferred,),
                                 count=count, times="once" if count == 1 else f"{count} times",
                                 uses=_uses(len(uses[form])))
                f.related = (first.start, first.end, f"'{first.text}' is used here")
                f.data["uses"] = len(uses[form])
                yield f

    @cached_property
    def _variant_heads(self) -> tuple[int, frozenset[str]]:
        """The longest form in tokens, and the words a form starts with (worked out once)."""
        return max((len(k) for k in self.form_group), default=0), frozenset(k[0] for k in self.form_group)

    def _reported(self, uses: list[Use]) -> list[Use]:
        return uses if self.options["report"] == "all" else uses[:1]

    def _variants(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        longest, firsts = self._variant_heads
        uses: dict[int, dict[str, list[Use]]] = defaultdict(lambda: defaultdict(list))
        # Where a variant may start: the word, or the word less its possessive ending, is one
        # of the forms' first words (a word without that ending is its own base).
        norms = doc.token_norms
        candidates = _where(map(firsts.__contains__, norms))
        possessive = [i for i in _possessives(doc)
                      if norms[i] not in firsts and normalise(base_of(tokens[i])[0]) in firsts]
        if possessive:
            candidates = sorted(candidates + possessive)
        done = 0  # a found variant's tokens are not searched again
        for i in candidates:
            if i < done:
                continue
            hit = None
            for size in range(min(longest, len(tokens) - i), 0, -1):
                if not _glued(doc, i, i + size):
                    continue
                last = tokens[i + size - 1]
                key = tuple(t.norm for t in tokens[i : i + size])
                if key in self.form_group:
                    hit = (size, self.form_group[key], last.end)
                    break
                word, keep = base_of(last)
                key = (*key[:-1], normalise(word))
                if key in self.form_group:
                    hit = (size, self.form_group[key], last.start + keep)
                    break
            if hit is None:
                continue
            size, (group, form), end = hit
            start = tokens[i].start
            uses[group][form].append(Use(start, end, doc.text[start:end]))
            done = i + size
        for group_uses in uses.values():
            yield from self._report(doc, group_uses, "variants")

    def _case(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        # A word set in capitals starts with two capitals: find those first. With none in
        # capitals no word is written both ways, and else only the capitalised words' own
        # tokens (or their possessives) need a look, in text order as before.
        capitals = {i: self._case_use(doc, i) for i in _where(map(str.isupper, map(FIRST_TWO, map(TEXT, tokens))))}
        upper = {use[0].lower() for use in capitals.values() if use and use[1] == "upper"}
        if not upper:
            return
        others = _where(map(upper.__contains__, doc.token_norms)) + _possessives(doc)
        forms: dict[str, dict[str, list[Use]]] = defaultdict(lambda: defaultdict(list))
        for i in sorted(capitals.keys() | others):
            use = capitals[i] if i in capitals else self._case_use(doc, i)
            if use is not None and use[0].lower() in upper:
                word, style, found = use
                forms[word.lower()][style].append(found)
        for styles in forms.values():
            if len(styles) == 2:
                uses = {"upper": styles["upper"], "title": styles["title"]}
                yield from self._report(doc, {uses[k][0].text: v for k, v in uses.items()}, "case")

    def _case_use(self, doc: Document, i: int) -> tuple[str, str, Use] | None:
        """Token ``i`` as (word, "upper" or "title", its use), or None when its capitals say nothing."""
        tokens = doc.tokens
        tok = tokens[i]
        if not tok.is_word:
            return None
        word, keep = base_of(tok)
        if len(word) < 3 or not word.isalpha():
            return None
        if word.isupper():
            if _in_caps_run(tokens, i) or _dateline(doc, i) or _glued_to_number(doc, i) or _hyphenated(tokens, i):
                return None  # a headline or label set in capitals, or a dateline (WASHINGTON —)
            style = "upper"
        elif word[0].isupper() and word[1:].islower():
            if i in doc.sentence_starts or _hyphenated(tokens, i):
                return None  # sentence-initial capitals say nothing about the word
            style = "title"
        else:
            return None
        return word, style, Use(tok.start, tok.start + keep, word)

    def _hyphenation(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        hyphenated: dict[str, list[Use]] = defaultdict(list)
        # A compound is a word, a hyphen and a word: look at the hyphens only (each is a token of its own).
        for h in _marks(doc, HYPHEN):
            i = h - 1
            if i < 0 or i + 2 >= len(tokens):
                continue
            tok = tokens[i]
            if not tok.is_word or not tok.text.isalpha():
                continue
            if (tokens[i + 2].is_word
                    and tokens[i + 2].text.isalpha() and _glued(doc, i, i + 3)
                    and not (i > 0 and tokens[i - 1].text == "-" and tokens[i - 1].end == tok.start)
                    and not (i + 3 < len(tokens) and tokens[i + 3].text == "-"
                             and tokens[i + 3].start == tokens[i + 2].end)):
                word = tok.norm + tokens[i + 2].norm
                text = doc.text[tok.start:tokens[i + 2].end]
                if min(len(tok.text), len(tokens[i + 2].text)) >= 2 and normalise(text) not in self.exceptions:
                    hyphenated[word].append(Use(tok.start, tokens[i + 2].end, text))
        # The closed forms, only of the words found hyphenated.
        closed: dict[str, list[Use]] = defaultdict(list)
        if hyphenated:
            for i in _where(map(hyphenated.__contains__, doc.token_norms)):
                tok = tokens[i]
                if tok.is_word and tok.text.isalpha():
                    closed[tok.norm].append(Use(tok.start, tok.end, tok.text))
        for word, hyphen_uses in hyphenated.items():
            if word in closed:
                closed_uses = closed[word]
                yield from self._report(doc, {hyphen_uses[0].text: hyphen_uses, closed_uses[0].text: closed_uses},
                                        "hyphenation")

    def _dialect(self, doc: Document) -> Iterator[Finding]:
        tokens = doc.tokens
        starts = doc.sentence_starts
        axes: dict[str, dict[str, list[tuple[Use, str]]]] = defaultdict(lambda: defaultdict(list))
        names: set[str] | None = None  # capitalised words mid-sentence, gathered when first needed
        dialect = self.dialect
        norms = doc.token_norms
        # The table's words are plain letters: a word is looked up when it, or what is left of it
        # without a possessive ending, could be one.
        for i in sorted(set(_where(map(dialect.__contains__, norms))).union(_possessives(doc))):
            tok = tokens[i]
            if not tok.is_word:
                continue
            word, keep = base_of(tok)
            entry = dialect.get(word.lower())
            if entry is None or (word.isupper() and len(word) > 1):
                continue
            if word[0].isupper() and (i not in starts or _next_is_capitalised(tokens, i)):
                continue  # part of a name: "Department of Defense", "Labour" (also mid-sentence)
            if word[0].isupper():
                if names is None:
                    names = {base_of(t)[0] for k, t in enumerate(tokens)
                             if t.is_word and t.text[:1].isupper() and k not in starts}
                if word in names:
                    continue
            family, british, american = entry
            axis = "ize" if family == "ise" else "dialect"
            variety = "british" if word.lower() == british else "american"
            other = american if variety == "british" else british
            axes[axis][variety].append((Use(tok.start, tok.start + keep, word), other))
        for axis in axes.values():
            uses = {k: [u for u, _ in v] for k, v in axis.items()}
            chosen = choose(uses)
            if chosen is None:
                continue
            majority, minorities = chosen
            first = uses[majority][0]
            for variety in minorities:
                seen: set[str] = set()
                for use, other in axis[variety]:
                    if self.options["report"] != "all":
                        if use.text.lower() in seen:
                            continue
                        seen.add(use.text.lower())
                    f = self.finding(use.start, use.end, match=use.text, replacements=(adapt_case(other, use.text),),
                                     variety=variety.capitalize(), majority=majority.capitalize(),
                                     count=len(uses[majority]), times=_uses(len(uses[majority])))
                    f.related = (first.start, first.end, f"{majority.capitalize()} spelling '{first.text}'")
                    yield f


def _marks(doc: Document, mark: regex.Pattern[str]) -> list[int]:
    """Indices of the tokens that hold a match of ``mark`` (one regex scan of the prose)."""
    starts = doc.token_starts
    found = [bisect.bisect_right(starts, m.start()) - 1 for m in mark.finditer(doc.prose)]
    return sorted(set(found)) if len(found) > 1 else found


_POSSESSIVES: weakref.WeakKeyDictionary[Document, list[int]] = weakref.WeakKeyDictionary()


def _possessives(doc: Document) -> list[int]:
    """Indices of the tokens whose norm has a possessive ending (found once per document, at the
    apostrophes only: a norm's apostrophe is one of the token's own)."""
    found = _POSSESSIVES.get(doc)
    if found is None:
        norms = doc.token_norms
        found = [i for i in _marks(doc, APOSTROPHE) if norms[i].endswith(POSSESSIVE_NORMS)]
        _POSSESSIVES[doc] = found
    return found


def _where(flags: Iterable[object]) -> list[int]:
    """Indices of the true flags (one C-level pass, no Python code per token)."""
    return list(compress(count(), flags))


def _glued(doc: Document, i: int, j: int) -> bool:
    """Tokens i..j-1 are one phrase: separated only by single spaces or written together."""
    tokens = doc.tokens
    for a, b in zip(tokens[i : j - 1], tokens[i + 1 : j], strict=True):
        gap = doc.text[a.end:b.start]
        if gap not in ("", " "):
            return False
    return True


def _in_caps_run(tokens: list[Token], i: int) -> bool:
    """An upper-case word next to another upper-case word of two letters or more (a caps headline)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and tokens[j].is_word and len(tokens[j].text) > 1 and tokens[j].text.isupper() \
                and tokens[j].text.isalpha():
            return True
    return False


def load_dialect(path: Path) -> dict[str, tuple[str, str, str]]:
    """The British/American table: each word (either spelling) -> (family, british, american)."""
    table: dict[str, tuple[str, str, str]] = {}
    for n, line in read_lines(path):
        family, colon, rest = line.partition(":")
        items = rest.split()
        if not colon or not items:
            raise DataError(str(path), n, f"expected 'family: british/american ...', got {line!r}")
        for item in items:
            m = DIALECT_ITEM.fullmatch(item)
            if m is None:
                raise DataError(str(path), n,
                                f"expected british/american or british/american{{suffixes}}, got {item!r}")
            suffixes = m["suffixes"].split(",") if m["suffixes"] is not None else [""]
            for suffix in suffixes:
                b, a = m["british"] + suffix, m["american"] + suffix
                for word in (b, a):
                    if word in table and table[word][1:] != (b, a):
                        raise DataError(str(path), n, f"{word!r} is already paired differently")
                table[b] = (family.strip(), b, a)
                table[a] = (family.strip(), b, a)
    return table


def _dateline(doc: Document, i: int) -> bool:
    """A word in capitals at the head of a paragraph: a dateline (WASHINGTON —) or a lead-in (- BURNLEY make)."""
    tokens = doc.tokens
    para_start = doc.line_starts[doc.line_of(tokens[i].start)]
    return not doc.text[para_start:tokens[i].start].strip(" \t\"“*_#>-–—•")


def _hyphenated(tokens: list[Token], i: int) -> bool:
    """Part of a hyphenated compound ("CAN-Spam"): its case follows the compound's own style."""
    tok = tokens[i]
    return (i + 1 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 1].start == tok.end) or \
        (i > 0 and tokens[i - 1].text == "-" and tokens[i - 1].end == tok.start)


def _glued_to_number(doc: Document, i: int) -> bool:
    """A code rather than a word: COX-2, G7, F-16."""
    tokens = doc.tokens
    j = i + 1
    while j < len(tokens) and tokens[j].start == tokens[j - 1].end and j < i + 3:
        if any(c.isdigit() for c in tokens[j].text):
            return True
        j += 1
    return False


def _uses(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _next_is_capitalised(tokens: list[Token], i: int) -> bool:
    j = i + 1
    return j < len(tokens) and tokens[j].is_word and tokens[j].text[:1].isupper()


KIND = ConsistencyKind
