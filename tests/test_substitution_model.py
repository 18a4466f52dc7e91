"""Tests for lint/substitution_model.py, the statistical "unseen substitution" detector.

All sentences here are written for these tests.
"""
from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint import substitution_model as sm  # noqa: E402


def words_of(sentence: str) -> list[str]:
    return sm.tokenize(sentence)[0]


def flagged(sentence: str, min_score: float = sm.DEFAULT_MIN_SCORE) -> dict[str, str]:
    """{observed word: likely original} for one sentence, names and quotes skipped."""
    words, _, skip = sm.tokenize(sentence)
    return {words[i]: orig for i, orig, _ in sm.find_substitutions(words, min_score=min_score, skip=skip)}


# --------------------------------------------------------------------------- data

def test_data_files_are_small_and_described():
    folder = sm.data_dir()
    assert (folder.parent.name, folder.name) == ("spin", "substitution")
    names = {p.name for p in folder.iterdir()}
    assert {"candidates.tsv.gz", "unigrams.tsv.gz", "bigrams.tsv.gz", "evidence.tsv.gz", "meta.json",
            "README.md"} <= names
    total = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    assert total < 3_000_000
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["attested_min"] == 100000
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Apache" in readme and "WordNet" in readme and "evidence.tsv.gz" in readme


def test_the_shipped_evidence_relation_is_for_these_tables_and_settings():
    """Else the module would compute it on first use (seconds): rebuild it with
    ``python tools/build_substitution_data.py --evidence``."""
    meta = json.loads((sm.data_dir() / "meta.json").read_text(encoding="utf-8"))
    stamp = sm.evidence_stamp()
    assert {k: meta["evidence"][k] for k in stamp} == stamp
    assert sm._load().ev_params == (sm.MIN_SURPRISE, sm.BOTH_ATTESTED_MARGIN, sm.INDEP_BOOST)


def test_the_shipped_evidence_relation_is_what_the_scoring_computes():
    m = sm._load()
    fresh = sm._relation(m)
    assert fresh[0] == m.ev_params
    assert (fresh[1], fresh[2], fresh[3]) == (m.eptr, m.ekeys, m.extra)


# --------------------------------------------------------------------------- lookups

def test_count_and_candidate_lookups():
    the, worth = sm.unigram_logcount("the"), sm.unigram_logcount("worth")
    assert isinstance(the, float) and isinstance(worth, float) and the > worth > 11.5
    assert sm.unigram_logcount("The") == the and sm.unigram_logcount("zzqxw") is None
    told = sm.bigram_logcount("told", "reporters")
    assert isinstance(told, float) and told >= 11.5  # an attested pair: count >= 100,000
    assert sm.bigram_logcount("informed", "reporters") is None
    assert sm.bigram_logcount("zzqxw", "the") is None
    assert ("value", "g") in sm.candidates("worth") and ("value", "g") in sm.candidates("Worth")
    assert all(isinstance(o, str) and r in "sga" for o, r in sm.candidates("informed"))
    assert sm.candidates("zzqxw") == () and sm.candidates("the") == ()


def test_loads_once_and_is_fast():
    sm._load()
    first = sm._load()
    assert sm._load() is first
    sentence = words_of("The minister informed reporters on Monday that the talks had gone well.")
    start = time.perf_counter()
    for _ in range(500):
        sm.find_substitutions(sentence)
    assert time.perf_counter() - start < 2.0


# --------------------------------------------------------------------------- spun copy

@pytest.mark.parametrize(
    "sentence, spun, original",
    [
        ("Officials said the country must pay a worth for the invasion.", "worth", "value"),
        ("He said relations would return to a more regular footing soon.", "footing", "basis"),
    ],
)
def test_flags_spun_words_at_default_threshold(sentence, spun, original):
    assert flagged(sentence).get(spun) == original


@pytest.mark.parametrize(
    "sentence, spun, original",
    [
        # "told reporters" is a very common pair, "informed reporters" is not
        ("Trump informed reporters on Monday that the talks went well.", "informed", "told"),
        ("The central bank raised curiosity rates again.", "curiosity", "interest"),
        ("The company reported a rise in profits for the yr.", "yr", "year"),
    ],
)
def test_flags_weaker_spins_at_a_lower_threshold(sentence, spun, original):
    assert spun not in flagged(sentence, min_score=sm.STRICT_MIN_SCORE)
    assert flagged(sentence, min_score=3.5).get(spun) == original


def test_two_adjacent_swaps_are_scored_as_a_pair():
    words = words_of("The firm has launched a new net computer for its customers.")
    i = words.index("net")
    best = sm.score_pair(words, i)[0]
    assert best[:2] == ("web", "site")
    hits = sm.find_substitutions(words)
    assert [(j, o) for j, o, _ in hits] == [(i, "web"), (i + 1, "site")]


def test_scores_are_ordered_and_returned_with_index():
    words = words_of("Officials said the country must pay a worth for the invasion.")
    hits = sm.find_substitutions(words, min_score=0.0)
    assert all(isinstance(i, int) and isinstance(o, str) and isinstance(s, float) for i, o, s in hits)
    i, orig, score = next(h for h in hits if words[h[0]] == "worth")
    assert orig == "value" and score >= sm.DEFAULT_MIN_SCORE
    ranked = sm.score_candidates(words, i)
    assert ranked[0][0] == "value"
    assert [r[1] for r in ranked] == sorted((r[1] for r in ranked), reverse=True)


def test_the_original_wording_is_not_flagged():
    assert flagged("Officials said the country must pay a price for the invasion.") == {}
    assert flagged("Trump told reporters on Monday that the talks went well.", min_score=3.5) == {}
    assert flagged("The central bank raised interest rates again.", min_score=3.5) == {}
    assert flagged("The firm has launched a new web site for its customers.", min_score=3.5) == {}


# --------------------------------------------------------------------------- clean copy

CLEAN = [
    "The government said it would publish the report next week.",
    "He told reporters the plan would cost about two million pounds.",
    "The bank raised interest rates by a quarter of a percentage point.",
    "Shares in the company fell by five percent on Tuesday.",
    "The team won the match in the last minute of extra time.",
    "She said the group would hold talks with the unions on Friday.",
    "The chief executive said profits had risen by ten percent.",
    "Police arrested two men after the attack in the city centre.",
    "The prime minister is expected to name a date for the election.",
    "The firm said demand for its products remained strong.",
    "The council will vote on the proposal at a meeting next week.",
    "It was the worst result in the history of the club.",
    "The bank said it expected growth to slow in the coming months.",
    "The service will be free for the first three months.",
    "He said the country needed to do more to tackle climate change.",
    "The company will cut jobs in order to save money.",
    "The museum will stay open until the end of the year.",
    "The actor won the award for best supporting role.",
]


def test_plain_clean_sentences_flag_nothing():
    for sentence in CLEAN:
        assert flagged(sentence) == {}, sentence


def test_clean_sentences_flag_nothing_even_at_a_low_threshold():
    hits = [(s, flagged(s, min_score=3.0)) for s in CLEAN]
    assert [h for h in hits if h[1]] == []


# --------------------------------------------------------------------------- the quick path

def reference(words: list[str], min_score: float, skip: frozenset[int] = frozenset()) -> list[tuple[int, str, float]]:
    """find_substitutions as it was written before the evidence relation: every candidate word
    scored, every pair of adjacent candidate words scored."""
    words = [w.lower().replace("’", "'") for w in words]
    if len(words) < 2:
        return []
    hits = []
    for i, w in enumerate(words):
        if sm.candidates(w) and i not in skip:
            scored = sm.score_candidates(words, i)
            if scored and scored[0][1] >= min_score:
                hits.append((i, scored[0][0], round(scored[0][1], 3)))
    done = {h[0] for h in hits}
    for i in range(len(words) - 1):
        if i in done or i + 1 in done or i in skip or i + 1 in skip:
            continue
        if sm.candidates(words[i]) and sm.candidates(words[i + 1]):
            pairs = sm.score_pair(words, i)
            if pairs and pairs[0][2] >= min_score:
                o1, o2, score, _ = pairs[0]
                hits += [(i, o1, round(score, 3)), (i + 1, o2, round(score, 3))]
                done |= {i, i + 1}
    hits.sort()
    return hits


SPUN = [
    "Officials said the country must pay a worth for the invasion.",
    "He said relations would return to a more regular footing soon.",
    "Trump informed reporters on Monday that the talks went well.",
    "The central bank raised curiosity rates again.",
    "The firm has launched a new net computer for its customers.",
    "The company reported a rise in profits for the yr.",
    "She told the panel the plan would maintain out for a extra regular year.",
]


def corpus_sentences(limit: int = 40) -> list[list[str]]:
    """Sentences of the shared BBC articles (read at test time), else none."""
    folder = ROOT.parent / "shared" / "corpora" / "clean-news" / "bbc-greene2006" / "articles" / "business"
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        for line in path.read_text(encoding="utf-8").split("\n"):
            out.append(sm.tokenize(line)[0])
    return [s for s in out if len(s) >= 2]


def test_the_quick_path_finds_what_scoring_every_word_finds():
    sentences = [words_of(s) for s in SPUN + CLEAN] + corpus_sentences()
    for words in sentences:
        for min_score in (-50.0, 3.0):
            assert sm.find_substitutions(words, min_score=min_score) == reference(words, min_score), words
    skipped = words_of(SPUN[0])
    assert sm.find_substitutions(skipped, min_score=-50.0, skip={7}) == reference(skipped, -50.0, frozenset({7}))


def test_many_sentences_at_once_give_each_sentence_its_findings():
    sentences = [words_of(s) for s in SPUN + CLEAN]
    words = [w for s in sentences for w in s] + ["trailing", "words"]
    spans, at = [], 0
    for s in sentences:
        spans.append((at, at + len(s)))
        at += len(s)
    expected = [(lo + i, o, score) for (lo, _), s in zip(spans, sentences, strict=True)
                for i, o, score in sm.find_substitutions(s, min_score=0.0)]
    assert expected and sm.find_in_sentences(words, spans, min_score=0.0) == expected


def plain_score_word(words: list[str], i: int) -> list[tuple[str, float, float]]:
    """score_candidates as the module docstring states it, side by side with the model's own
    look-ups (m.pair, m.value, m.uni), in the same order of float operations."""
    m = sm._load()
    ids = [m.id_of(w) for w in words]
    x = ids[i]
    lw = m.uni(x)
    if x >= m.spun or lw is None:
        return []
    sides = []  # (neighbour, on the left, observed log count, attested)
    if i > 0:
        sides.append((ids[i - 1], True, *m.pair(ids[i - 1], x)))
    if i + 1 < len(ids):
        sides.append((ids[i + 1], False, *m.pair(x, ids[i + 1])))
    out = []
    for o, word, rel in m.cand(x):
        lo = m.uni(o)
        if lo is None:
            continue
        values = [m.value(nb, o) if left else m.value(o, nb) for nb, left, _, _ in sides]
        surprise = -math.inf
        for (_, _, cw, att_w), v in zip(sides, values, strict=True):
            if v is not None:
                sur = v / m.scale + lw - lo - cw
                if att_w:
                    sur -= sm.BOTH_ATTESTED_MARGIN
                surprise = max(surprise, sur)
        if surprise < sm.MIN_SURPRISE:
            continue
        gain = 0.0
        for (nb, left, cw, _), v in zip(sides, values, strict=True):
            co = v / m.scale if v is not None else (m.pair(nb, o) if left else m.pair(o, nb))[0]
            gain += (co - lo) - (cw - lw)
        score = gain + max(-sm.FREQ_CLIP, min(sm.FREQ_CLIP, lo - lw)) - sm.REL_PENALTY.get(rel, 0.0)
        out.append((word, score, surprise))
    out.sort(key=lambda t: -t[1])
    return out


def test_word_scoring_is_the_plain_computation():
    """_score_word writes its two sides out by hand; it must give exactly the plain loop's floats."""
    sentences = [words_of(s) for s in SPUN + CLEAN] + corpus_sentences()
    checked = 0
    for words in sentences:
        for i in range(len(words)):
            assert sm.score_candidates(words, i) == plain_score_word(words, i), (words, i)
            checked += bool(sm.candidates(words[i]))
    assert checked > 50


def test_changed_settings_compute_the_relation_afresh(monkeypatch):
    monkeypatch.setattr(sm, "_cache", None)  # a model of its own; the shared one stays as it is
    monkeypatch.setattr(sm, "MIN_SURPRISE", 1.0)
    for words in [words_of(s) for s in SPUN + CLEAN]:
        assert sm.find_substitutions(words, min_score=0.0) == reference(words, 0.0), words
    assert sm._load().ev_params[0] == 1.0


def test_cli_reports_a_spun_word_in_a_spun_story():
    """End to end through the JSON report: the seed is a real spun wire story."""
    from tests.conftest import SEEDS, run_json

    report = run_json("--select", "SP301", str(SEEDS / "001_47fe6dcb4ad395db.txt"))
    found = [(d["code"], d["data"]["replacement"], d["data"]["weak"]) for d in report[0]["diagnostics"]]
    assert ("SP301", "basis", True) in found


# --------------------------------------------------------------------------- edges and helpers

def test_short_and_unknown_input():
    assert sm.find_substitutions([]) == []
    assert sm.find_substitutions(["worth"]) == []
    assert sm.find_substitutions(["zzqx", "qqzx", "xxqz"]) == []
    assert sm.score_candidates(["zzqx", "worth"], 0) == []


def test_input_case_and_curly_apostrophes_are_normalised():
    words = "Officials said the country must pay a WORTH for the invasion".split()
    assert [(words[i], o) for i, o, _ in sm.find_substitutions(words)] == [("WORTH", "value")]


def test_skip_keeps_words_as_context_but_never_flags_them():
    words = words_of("Officials said the country must pay a worth for the invasion.")
    i = words.index("worth")
    assert sm.find_substitutions(words, skip={i}) == []


def test_tokenize_skips_names_and_quotes():
    words, spans, skip = sm.tokenize('In talks, White Home aides said: "we must pay a worth for it" on Monday.')
    assert words[:4] == ["in", "talks", "white", "home"]
    assert {words.index("white"), words.index("home")} <= skip  # capitalised: a name
    assert words.index("worth") in skip  # inside a direct quote
    assert words.index("monday") in skip
    assert 0 not in skip and words.index("aides") not in skip
    assert all(e > s for s, e in spans)


def test_find_in_text_gives_character_offsets_across_sentences():
    text = ("Markets were calm. Officials said the country must pay a worth for the invasion. "
            "“We must pay a worth,” one said.")
    hits = sm.find_in_text(text)
    assert len(hits) == 1  # the quoted one is left alone
    start, end, word, orig, score = hits[0]
    assert text[start:end] == word == "worth" and orig == "value" and score >= sm.DEFAULT_MIN_SCORE
    assert start == text.index("a worth") + 2


def test_module_reads_only_its_data_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sm, "DATA", tmp_path)
    monkeypatch.setattr(sm, "_cache", None)
    with pytest.raises(FileNotFoundError):
        sm.find_substitutions(["pay", "a", "worth"])
