"""Phrase tables: one table alone, and several tables sharing one pass over the tokens."""

from __future__ import annotations

import pickle

from lint.document import Document
from lint.kinds.lexicon import LexiconKind
from lint.lexfile import parse_line
from lint.packcache import load_rules
from lint.packs import builtin_dir
from lint.phrases import PhraseScan, PhraseTable, _build_index, _starts


def _entries(*lines: str) -> list:
    return [parse_line(line, "test.lex", n) for n, line in enumerate(lines, 1)]


def _found(matches: object) -> list[tuple[int, int, str]]:
    return [(i, end, entry.phrase) for i, end, entry in matches]  # type: ignore[attr-defined]


def test_longest_first_context_first_and_no_overlap() -> None:
    table = PhraseTable(_entries(
        "final week -> last week",
        "final -> last ; next: whistle",  # a context entry of the same length goes first
        "final",
        "final week of talks -> last week of talks",
    ))
    doc = Document("The final week of talks ended. The final whistle went. A final week.", "a.txt")
    norms = [t.norm for t in doc.tokens]
    got = _found(table.matches(doc))
    assert [(norms[i:end], phrase) for i, end, phrase in got] == [
        (["final", "week", "of", "talks"], "final week of talks"),
        (["final"], "final -> last ; next: whistle".split(" ->")[0]),
        (["final", "week"], "final week"),
    ]
    assert len(table) == 4


def test_case_entries_and_line_breaks() -> None:
    table = PhraseTable(_entries("White Home -> White House ; case", "home office"))
    doc = Document("The White Home said. The white home said. The home\noffice said.", "a.txt")
    got = _found(table.matches(doc))
    assert [doc.text[doc.tokens[i].start:doc.tokens[end - 1].end] for i, end, _ in got] == ["White Home"]


def test_the_scan_visits_every_position_where_an_entry_occurs() -> None:
    """Only the tokens that begin a one-token entry or the first two tokens of a longer one are
    visited: every place an entry's tokens occur (context aside) is among them, at the end of the
    text too; a longer entry's first two tokens alone ("so-so") are visited, other tokens not."""
    entries = _entries("final week of talks", "final week", "week", "talks ; prev: of", "so - called")
    index = _build_index([(0, e) for e in entries])
    doc = Document("A final week. The final whistle; so-so talks of a so-called final week", "a.txt")
    norms = doc.token_norms
    occurs = {i for i in range(len(norms)) for e in entries if tuple(norms[i:i + len(e.tokens)]) == e.tokens}
    assert [norms[i] for i in sorted(occurs)] == ["final", "week", "talks", "so", "final", "week"]
    assert _starts(norms, index) == sorted(occurs | {norms.index("so")})


def test_a_shared_scan_gives_each_table_its_own_matches() -> None:
    tables = [
        PhraseTable(_entries("final week -> last week", "week")),
        PhraseTable(_entries("final -> last", "week of talks")),
        PhraseTable(_entries("talks ; prev: of")),
        PhraseTable([]),
    ]
    text = "The final week of talks ended.\nA final week. Weekly talks; week of talks."
    doc = Document(text, "a.txt")
    scan = PhraseScan(tables)
    for k, table in enumerate(tables):
        assert _found(scan.matches(doc, k)) == _found(table.matches(doc))
    # Tables never block each other: the first table's "final week" and the second's "final"
    # start at the same token.
    assert _found(scan.matches(doc, 0))[0][0] == _found(scan.matches(doc, 1))[0][0]
    assert scan.covers(tables) and not scan.covers(tables[:2])


def test_the_scan_is_run_once_per_document() -> None:
    table = PhraseTable(_entries("final week"))
    scan = PhraseScan([table, table])
    doc = Document("A final week.", "a.txt")
    first = scan.matches(doc, 0)
    assert scan.matches(doc, 1) == first
    other = Document("No match here.", "b.txt")
    assert scan.matches(other, 0) == []
    restored = pickle.loads(pickle.dumps(scan))  # the last document's results are not stored
    assert restored._last is None and _found(restored.matches(doc, 0)) == _found(first)


def test_the_lexicon_rules_of_the_built_in_packs_share_one_scan() -> None:
    # Freshly loaded (from the compiled-pack cache when it is warm): the scan comes with the rules.
    rules = [r for r in load_rules([builtin_dir()]) if isinstance(r, LexiconKind)]
    assert len(rules) >= 2
    scans = {id(r.__dict__["_shared"][0]) for r in rules}
    assert len(scans) == 1
    text = ("The White Home said on Monday that critics say the plan was a disastrous failure. "
            "Officials slammed the so-called reform during the final week of talks.")
    doc = Document(text, "a.txt")
    for rule in rules:
        assert _found(rule.matches(doc)) == _found(rule.table.matches(doc))
    # Handing the same rules over again keeps the scan; a different set gets a new one.
    scan = rules[0].__dict__["_shared"][0]
    LexiconKind.share(rules)
    assert rules[0].__dict__["_shared"][0] is scan
    LexiconKind.share(rules[:2])
    assert rules[0].__dict__["_shared"][0] is not scan
    assert _found(rules[0].matches(doc)) == _found(rules[0].table.matches(doc))
