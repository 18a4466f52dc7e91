"""What a line must contain before a phrase-data pattern can match it: a sound, cheap pre-test.

The boilerplate patterns (``/`` and ``!`` entries in ``rules/boilerplate/``) are compiled with
``regex.I | regex.V1``: full case folding, under which the ``regex`` module builds no first-character
table, so a pattern such as ``\\S*\\.(?:jpe?g|png)\\?\\S+`` is tried at every position of every line.
:func:`needs` reads a pattern and returns *clauses*: sets of strings such that every text the pattern
matches contains, for each clause, one of its strings once the text is case-folded (``str.casefold``).
A line that misses a clause cannot match, and the pattern is not run on it.

The analysis is conservative: it understands literals, escapes, character sets, groups, lookaround,
alternation and quantifiers, and gives up (:class:`Unsupported`) on anything else (backreferences,
conditionals, fuzzy matching, verbose mode, nested sets, named characters). A construct it does not
need to understand yields no clause, never a wrong one. Why folding makes the test sound: under
full case folding a text matches a literal only when their case folds agree, so each literal's case
fold appears in the case fold of the text; the literals used are ASCII characters or characters
without case (``©``, ``™``, ``–``), and ``tests/test_boilerplate_prefilter.py`` checks against the
installed ``regex`` module that no other character matches them.

For a pattern compiled without case folding (the ``pattern`` rule kind), :attr:`Needs.starts` lists the
code points a match's first character can have, read from literals, code-point escapes and sets, and
:attr:`Needs.linear` tells that a search cannot backtrack beyond a fixed number of steps per character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Clause = frozenset[str]
Span = tuple[int, int]  # a range of code points, both ends included

ZERO_WIDTH_ESCAPES = set("bBAZGKmM")
CLASS_ESCAPES = set("dDwWsShHX")
SPACELESS_ESCAPES = set("dwS")  # the class escapes that never match a space
DIGIT, SPACE = "\\d", "\\s"  # in a first-character set: any digit (``\\d``), any white space (``\\s``)
MARKERS = {"d": DIGIT, "s": SPACE}
PROPERTY_ESCAPES = set("pP")
CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
FLAG_GROUPS = ("(?i)", "(?-i)")
FLAG_SCOPES = ("(?i:", "(?-i:")
CODE_POINT = re.compile(r"x([0-9a-fA-F]{2})|x\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})")
MAX_REPEAT = 8  # a repeated literal's clause holds at most this many copies (`` {2,}``: two spaces)
LINEAR_WIDTH = 64  # the most one-character tests a linear pattern may make from one position


class Unsupported(ValueError):
    """The pattern uses a construct the analysis does not model."""


@dataclass(frozen=True)
class Needs:
    """The result of the analysis of one pattern."""

    clauses: tuple[Clause, ...]  # the case-folded text must contain one string of each clause
    anchored: bool  # every match starts at the start of the text (``^`` or ``\\A`` first)
    first: frozenset[str] | None = None  # an anchored match's first character, case-folded, is one of these
    starts: tuple[Span, ...] | None = None  # without case folding, a match's first character is in these
    # Without case folding, a search makes at most LINEAR_WIDTH one-character tests per character of the
    # text: each attempt is a fixed series of tests, then at most one choice among fixed branches or one
    # repeat of such a piece. Nothing follows the repeat, so once it stops the match is made and no earlier
    # choice is ever revisited; the next search starts where the match ended.
    linear: bool = False
    # Every match is the whole text (``^`` first, ``$`` last) and no piece matches a space (``\\S``, ``\\w``,
    # ``\\d``, literals, sets of those): a text holding a space cannot match. A one-character test where the
    # clauses may cost a scan each (an image file name alone on a line needs "." and "jp", "png", ...).
    no_space: bool = False

    def allows(self, folded: str) -> bool:
        """False when ``folded`` (a case-folded text) cannot hold a match."""
        return not (self.no_space and " " in folded) and holds_all(folded, self.clauses)


def holds_all(folded: str, clauses: tuple[Clause, ...]) -> bool:
    """``folded`` holds one string of every clause."""
    for clause in clauses:
        for s in clause:
            if s in folded:
                break
        else:
            return False
    return True


@dataclass
class _Info:
    """What one parsed piece of a pattern guarantees about its matches."""

    clauses: list[Clause] = field(default_factory=list)
    literal: str | None = None  # the piece always matches exactly this (case-folded) text
    optional: bool = False  # the piece can match the empty string
    zero_width: bool = False  # the piece never consumes text (anchors, lookaround)
    anchored: bool = False  # the piece starts with a start-of-text anchor
    first: frozenset[str] | None = None  # the case-folded first character of a non-empty match (None: any)
    starts: tuple[Span, ...] | None = None  # the exact first character of a non-empty match (None: any)
    # How the piece can backtrack (see Needs.linear): ``fixed``, one way to match, a fixed series of
    # ``width`` one-character tests; ``branched``, an alternation of fixed branches (``width``: all their
    # tests); ``loop``, a repeat of a fixed or branched piece needing at most one pass (``width``: the tests
    # of one pass); ``linear``, a whole pattern of fixed pieces and at most one branched or loop piece at its
    # very end, ``width`` tests in all.
    fixed: bool = True
    branched: bool = False
    loop: bool = False
    linear: bool = False
    width: int = 1
    spaceless: bool = False  # the piece never matches a space (U+0020)
    ends: bool = False  # the piece ends with the end-of-text anchor ``$``


def needs(pattern: str) -> Needs:
    """The clauses of ``pattern``; :class:`Unsupported` when it holds a construct not modelled."""
    parser = _Parser(pattern)
    info = parser.alternation()
    if parser.pos != len(pattern):
        raise Unsupported(f"unbalanced ')' at {parser.pos}")
    clauses: list[Clause] = []
    for clause in info.clauses:
        if len(clause) == 1 and len(single := next(iter(clause))) > 1:
            char = frozenset(min(single, key=_char_commonness))  # one character: a faster test, first
            if char not in clauses:
                clauses.append(char)
        if clause not in clauses:
            clauses.append(clause)
    clauses.sort(key=lambda c: (len(c) > 2, _commonness(c), len(c)))  # cheap clauses most lines fail first
    first = info.first if info.anchored and not info.optional else None
    starts = info.starts if not (info.optional or parser.flagged) else None
    linear = info.linear and info.width <= LINEAR_WIDTH and not parser.flagged  # case folding: more ways to match
    return Needs(tuple(clauses), info.anchored, first, starts, linear, info.anchored and info.ends and info.spaceless)


def _commonness(clause: Clause) -> int:
    """How often running text holds one of the clause's strings, roughly: 0 rare, 1 punctuation, 2 common."""
    return max(0 if len(s) >= 3 else 1 if len(s) == 2 else _char_commonness(s) for s in clause)


def _char_commonness(char: str) -> int:
    """0 for a character running text rarely holds (``<``, ``{``, ``&``), 1 for punctuation, 2 for letters."""
    return 2 if char.isalnum() or char in " .,-'\"" else 1 if char in "()!?:;/" else 0


# ASCII literals that match a character whose case fold does not hold theirs: "I" matches the
# dotless "ı" (whose upper case is "I"). tests/test_boilerplate_prefilter.py finds this list anew.
FOLD_EXCEPTIONS = frozenset("I")


def _usable(char: str) -> bool:
    """A literal the pre-test may rely on: ASCII (bar FOLD_EXCEPTIONS), or a character without case."""
    if char.isascii():
        return char not in FOLD_EXCEPTIONS
    return char.casefold() == char.lower() == char.upper() == char


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.pos = 0
        self.flagged = False  # the pattern sets flags: case folding may apply, starts are not exact

    def peek(self, n: int = 1) -> str:
        return self.p[self.pos : self.pos + n]

    # ---- alternation and sequence ------------------------------------------------------------

    def alternation(self) -> _Info:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        info = _Info(optional=any(b.optional for b in branches), anchored=all(b.anchored for b in branches),
                     first=_union([b.first for b in branches]), starts=_spans([b.starts for b in branches]),
                     fixed=False, branched=all(b.fixed for b in branches), width=sum(b.width for b in branches),
                     spaceless=all(b.spaceless for b in branches), ends=all(b.ends for b in branches))
        if all(b.clauses for b in branches):
            union: set[str] = set()
            for b in branches:
                union |= _best(b.clauses)
            info.clauses = [frozenset(union)]
        return info

    def sequence(self) -> _Info:
        info = _Info(optional=True)
        run = ""  # adjacent literal characters: one clause for the whole string
        first = True
        starts: list[frozenset[str] | None] = []  # the first characters of the pieces a match can start with
        spans: list[tuple[Span, ...] | None] = []  # ... the same, exact
        pieces: list[_Info] = []
        while self.pos < len(self.p) and self.peek() not in "|)":
            piece = self.quantified()
            pieces.append(piece)
            if first and piece.anchored:
                info.anchored = True
            if not piece.zero_width:
                first = False
                if info.optional:
                    starts.append(piece.first)
                    spans.append(piece.starts)
            if piece.literal is not None and not piece.optional:
                run += piece.literal
                info.optional = False
                continue
            if run:
                info.clauses.append(frozenset([run]))
                run = ""
            if not piece.optional:
                info.clauses.extend(piece.clauses)
                if not piece.zero_width:
                    info.optional = False
        if run:
            info.clauses.append(frozenset([run]))
        if info.optional:
            info.clauses = []
        info.first = _union(starts) if starts else None
        info.starts = _spans(spans) if spans else None
        info.fixed = all(p.fixed for p in pieces)
        info.width = sum(p.width for p in pieces)
        info.spaceless = all(p.spaceless for p in pieces)
        info.ends = bool(pieces) and pieces[-1].ends
        info.linear = all(p.fixed for p in pieces[:-1]) and (not pieces or pieces[-1].fixed or pieces[-1].branched
                                                              or pieces[-1].loop)
        return info

    # ---- quantifiers -------------------------------------------------------------------------

    def quantified(self) -> _Info:
        piece = self.atom()
        c = self.peek()
        if c not in ("?", "*", "+", "{"):
            return piece
        if piece.zero_width:
            raise Unsupported("quantified assertion")
        if c == "{":
            low, high = self.counted()
        else:
            self.pos += 1
            low, high = (1 if c == "+" else 0), (1 if c == "?" else None)
        if self.peek() in ("?", "+"):
            self.pos += 1  # lazy or possessive: the same texts can match
        if self.peek() in ("?", "*", "+", "{"):
            raise Unsupported("repeated quantifier")
        # a fixed piece repeated a fixed number of times is fixed; a repeat that may stop after one pass
        # never has to undo an earlier pass when nothing follows it (see Needs.linear)
        shape = {"fixed": piece.fixed and low == high, "loop": (piece.fixed or piece.branched) and low <= 1,
                 "width": piece.width * (low if low == high else 1), "spaceless": piece.spaceless}
        if low == 0:
            return _Info(optional=True, first=piece.first, starts=piece.starts, **shape)
        clauses = list(piece.clauses) or ([frozenset([piece.literal * min(low, MAX_REPEAT)])] if piece.literal else [])
        return _Info(clauses=clauses, optional=piece.optional, first=piece.first, starts=piece.starts, **shape)

    def counted(self) -> tuple[int, int | None]:
        """The bounds of ``{m}``, ``{m,}``, ``{,n}`` or ``{m,n}`` (None: no upper bound)."""
        end = self.p.find("}", self.pos)
        if end < 0:
            raise Unsupported("'{' without '}'")
        body = self.p[self.pos + 1 : end]
        low, comma, high = body.partition(",")
        if not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()):
            raise Unsupported(f"not a counted repeat: {{{body}}}")  # fuzzy matching, or a literal brace
        self.pos = end + 1
        if not comma:
            return int(low), int(low)
        return (int(low) if low else 0), (int(high) if high else None)

    # ---- atoms -------------------------------------------------------------------------------

    def atom(self) -> _Info:
        c = self.peek()
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_set()
        if c == "\\":
            return self.escape()
        self.pos += 1
        if c in "^$":
            return _Info(zero_width=True, optional=True, anchored=c == "^", spaceless=True, ends=c == "$")
        if c == ".":
            return _Info()
        if c in "*+?{":
            raise Unsupported(f"nothing to repeat at {self.pos - 1}")
        return _literal(c)

    def group(self) -> _Info:
        rest = self.p[self.pos :]
        for flags in FLAG_GROUPS:
            if rest.startswith(flags):
                self.pos += len(flags)
                self.flagged = True
                return _Info(zero_width=True, optional=True, spaceless=True)
        if rest.startswith("(?#"):
            end = self.p.find(")", self.pos)
            if end < 0:
                raise Unsupported("unterminated comment")
            self.pos = end + 1
            return _Info(zero_width=True, optional=True, spaceless=True)
        look = next((s for s in ("(?=", "(?!", "(?<=", "(?<!") if rest.startswith(s)), None)
        if look:
            self.pos += len(look)
            inner = self.alternation()
            self.close()
            return _Info(zero_width=True, optional=True, fixed=inner.fixed, width=inner.width, spaceless=True)
        opener = next((s for s in ("(?:", "(?>", "(?|", *FLAG_SCOPES) if rest.startswith(s)), None)
        self.flagged |= opener in FLAG_SCOPES
        if opener is None and rest.startswith(("(?P<", "(?<")):
            end = self.p.find(">", self.pos)
            name = self.p[self.pos + rest.index("<") + 1 : end]
            if end < 0 or not name.isidentifier():
                raise Unsupported("bad group name")
            opener = self.p[self.pos : end + 1]
        if opener is None and rest.startswith("(?"):
            raise Unsupported(f"group {rest[:4]!r}")  # backreference, conditional, flags, ...
        self.pos += len(opener) if opener else 1
        inner = self.alternation()
        self.close()
        return _Info(clauses=inner.clauses, optional=inner.optional, anchored=inner.anchored, first=inner.first,
                     starts=inner.starts, fixed=inner.fixed, branched=inner.branched, width=inner.width,
                     spaceless=inner.spaceless, ends=inner.ends)

    def close(self) -> None:
        if self.peek() != ")":
            raise Unsupported("missing ')'")
        self.pos += 1

    def escape(self) -> _Info:
        c = self.p[self.pos + 1 : self.pos + 2]
        self.pos += 2
        if not c:
            raise Unsupported("trailing backslash")
        if c in ZERO_WIDTH_ESCAPES:
            return _Info(zero_width=True, optional=True, anchored=c == "A", spaceless=True)
        if c in CLASS_ESCAPES:
            # \X takes a whole grapheme cluster, as long as the text makes it: not one test
            return _Info(first=frozenset([MARKERS[c]]) if c in MARKERS else None, fixed=c != "X",
                         spaceless=c in SPACELESS_ESCAPES)
        if c in PROPERTY_ESCAPES:
            self._skip_property()
            return _Info()
        if c in CONTROL_ESCAPES:
            return _literal(CONTROL_ESCAPES[c])
        if c in "xuU":
            return _literal(self._code_point())
        if c.isalnum() or c == "_":
            raise Unsupported(f"escape \\{c}")  # backreferences, \g, \N{...}, octal, named lists
        return _literal(c)

    def _code_point(self) -> str:
        """The character of a ``\\xhh``, ``\\x{h...}``, ``\\uhhhh`` or ``\\Uhhhhhhhh`` escape whose
        letter was just read."""
        m = CODE_POINT.match(self.p, self.pos - 1)
        if m is None:
            raise Unsupported(f"bad code-point escape at {self.pos - 2}")
        self.pos = m.end()
        point = int(next(g for g in m.groups() if g is not None), 16)
        if point > 0x10FFFF:
            raise Unsupported(f"code point out of range at {m.start() - 1}")
        return chr(point)

    def _skip_property(self) -> None:
        if self.peek() == "{":
            end = self.p.find("}", self.pos)
            if end < 0:
                raise Unsupported("unterminated property")
            self.pos = end + 1
        elif self.peek():
            self.pos += 1
        else:
            raise Unsupported("property without a name")

    def char_set(self) -> _Info:
        self.pos += 1
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        if self.peek() == "]":
            raise Unsupported("set starting with ']'")
        members: list[str] = []
        markers: set[str] = set()
        spaceless = not negated  # no member, class or range can be a space (a range counts as one)
        exact = not negated  # the members are all the set holds: a clause
        known = not negated  # ... or all of it but digits and spaces: a first-character set
        spans: list[Span] | None = None if negated else []  # ... or exactly these code points
        joining = False  # the last member starts a range

        def add(member: str) -> None:
            members.append(member)
            if spans is not None:
                spans.append((spans.pop()[0] if joining else ord(member), ord(member)))

        while True:
            c = self.peek()
            if not c:
                raise Unsupported("unterminated set")
            if c == "]":
                self.pos += 1
                break
            if c == "[" or self.peek(2) in ("&&", "--", "||", "~~"):
                raise Unsupported("nested set or set operation")
            if c == "\\":
                e = self.p[self.pos + 1 : self.pos + 2]
                self.pos += 2
                if e in CLASS_ESCAPES:
                    exact = False
                    spans = None
                    spaceless = spaceless and e in SPACELESS_ESCAPES
                    if e in MARKERS:
                        markers.add(MARKERS[e])
                    else:
                        known = False
                elif e in PROPERTY_ESCAPES:
                    self._skip_property()
                    exact = known = spaceless = False
                    spans = None
                elif e in CONTROL_ESCAPES:
                    add(CONTROL_ESCAPES[e])
                elif e and e in "xuU":
                    add(self._code_point())
                elif not e or e.isalnum() or e == "_":
                    raise Unsupported(f"escape \\{e} in a set")
                else:
                    add(e)
                joining = False
                continue
            self.pos += 1
            if c == "-" and (members or markers) and self.peek() not in ("]", ""):
                exact = known = spaceless = False  # a range
                joining = True
                continue
            add(c)
            joining = False
        starts = tuple(spans) if spans else None
        spaceless = spaceless and " " not in members
        if not all(_usable(m) for m in members):
            return _Info(starts=starts, spaceless=spaceless)
        folded = frozenset(m.casefold() for m in members)
        first = frozenset({f[0] for f in folded} | markers) if known and (members or markers) else None
        return _Info(clauses=[folded] if exact and members else [], first=first, starts=starts, spaceless=spaceless)


def _literal(char: str) -> _Info:
    starts = ((ord(char), ord(char)),)
    spaceless = char != " "  # no other character matches a space, with or without case folding
    if _usable(char):
        folded = char.casefold()
        return _Info(literal=folded, first=frozenset(folded[0]), starts=starts, spaceless=spaceless)
    return _Info(starts=starts, spaceless=spaceless)


def _union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    if any(s is None for s in sets):
        return None
    return frozenset().union(*sets)  # type: ignore[arg-type]


def _spans(parts: list[tuple[Span, ...] | None]) -> tuple[Span, ...] | None:
    """The union of first-character ranges, merged and sorted; None when one part may start anywhere."""
    if any(p is None for p in parts):
        return None
    merged: list[Span] = []
    for lo, hi in sorted(span for p in parts for span in p):  # type: ignore[union-attr]
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return tuple(merged)


def _best(clauses: list[Clause]) -> Clause:
    """The clause of a branch to keep in an alternation's union: the one with the longest strings."""
    return max(clauses, key=lambda c: (min(len(s) for s in c), -len(c)))
