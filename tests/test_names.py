"""Corrupted names (SP201): the pair index that picks the positions where a name is read."""

from __future__ import annotations

from itertools import product

from lint.document import Document
from lint.engine import RunContext
from lint.kinds.names import JOINERS, NamesKind
from lint.packs import builtin_dir, load_packs, pack_files


def _names_rule() -> NamesKind:
    [rule] = [r for r in load_packs(pack_files(builtin_dir()), check_examples=False) if isinstance(r, NamesKind)]
    return rule


def test_every_reading_of_every_name_starts_at_an_indexed_pair() -> None:
    """The check visits only token pairs in ``by_pair``: every way a reading of a gazetteer name
    can begin (a form of its first word, then the rest of that form, a joiner or a form of its
    second word) must be there and list the name."""
    rule = _names_rule()
    checked = 0
    for words in rule.real_names:
        name_forms = [rule._forms(words[0]), rule._forms(words[1])]
        for first, second in product(*name_forms):
            starts = [first[:2]] if len(first) > 1 else [(first[0], second[0]), *((first[0], j) for j in JOINERS)]
            for pair in starts:
                assert any(n[0] == words for n in rule.by_pair.get(pair, ())), (words, pair)
                checked += 1
    assert checked > 1000


def test_a_spun_name_is_restored_and_a_real_one_is_not() -> None:
    rule = _names_rule()
    doc = Document("Officials at the Division for Schooling said so. The Department for Education agreed.\n")
    found = list(rule.check(doc, RunContext()))
    assert [(doc.text[f.start:f.end], f.replacement) for f in found] == [
        ("Division for Schooling", "Department for Education")]
