"""Readability metrics: sentences and paragraphs too long for wire copy, a document grade out of range.

Every metric rule puts the document's readability figures (Flesch-Kincaid grade, Flesch reading
ease, words per sentence, syllables per word) into the JSON summary, computed once per document
by :mod:`lint.readability`.

Options:
  metric        sentence-words | paragraph-words | paragraph-sentences | grade
  max           report a sentence or paragraph above this many words (or sentences), or a
                document whose grade is above this
  min           report a document whose grade is below this (grade only; 0: no lower bound)
  min_words     grade only: documents shorter than this are not judged (formulas need text)
  quotes        sentence-words: also report sentences that are mostly direct quotation
"""

from __future__ import annotations

from collections.abc import Iterator

from lint import readability
from lint.document import Document
from lint.engine import RunContext
from lint.errors import DataError
from lint.finding import Finding
from lint.kinds.base import RuleKind

METRICS = ("sentence-words", "paragraph-words", "paragraph-sentences", "grade")


class MetricKind(RuleKind):
    OPTIONS = {"metric": "sentence-words", "max": 0.0, "min": 0.0, "min_words": 100, "quotes": False}

    def setup(self) -> None:
        if self.options["metric"] not in METRICS:
            raise DataError(self.meta.source, self.meta.line,
                            f"option 'metric' must be one of {', '.join(METRICS)}, not {self.options['metric']!r}")

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        scores = readability.measure(doc)
        ctx.summary.update(scores.summary())
        metric = self.options["metric"]
        if metric == "sentence-words":
            yield from self._long_sentences(doc, scores)
        elif metric == "grade":
            yield from self._grade(doc, scores)
        else:
            yield from self._long_paragraphs(doc, scores, by_sentences=metric == "paragraph-sentences")

    def _long_sentences(self, doc: Document, scores: readability.Readability) -> Iterator[Finding]:
        limit = self.options["max"]
        if limit <= 0 or max(scores.sentence_lengths, default=0) <= limit:
            return  # no sentence is over the limit
        quoted = doc.token_in_quote
        for sentence, n in zip(doc.sentences, scores.sentence_lengths, strict=True):
            if n <= limit:
                continue
            words = [i for i in range(sentence.first_token, sentence.last_token) if doc.tokens[i].is_word]
            if not self.options["quotes"] and sum(quoted[i] for i in words) * 2 > len(words):
                continue  # the speaker's words, not the writer's
            end = sentence.end
            while end > sentence.start and doc.text[end - 1].isspace():
                end -= 1
            yield self.finding(sentence.start, end, match=doc.text[sentence.start:end], count=n, limit=_num(limit))

    def _long_paragraphs(self, doc: Document, scores: readability.Readability, *,
                         by_sentences: bool) -> Iterator[Finding]:
        limit = self.options["max"]
        if limit <= 0 or (scores.sentences if by_sentences else scores.words) <= limit:
            return  # not even the whole document is over the limit
        sentences = doc.sentences
        lengths = scores.sentence_lengths
        k = 0
        for para in doc.paragraphs:
            n_sentences = n_words = 0
            while k < len(sentences) and sentences[k].start < para.end:
                if sentences[k].start >= para.start and lengths[k]:
                    n_sentences += 1
                    n_words += lengths[k]
                k += 1
            n = n_sentences if by_sentences else n_words
            if n > limit:
                end = para.end
                while end > para.start and doc.text[end - 1].isspace():
                    end -= 1
                start = para.start
                while start < end and doc.text[start].isspace():
                    start += 1
                # Report the paragraph's first line only: a range over a whole paragraph buries the text.
                stop = min(end, doc.line_ends[doc.line_of(start)])
                yield self.finding(start, stop, match=doc.text[start:stop], count=n, limit=_num(limit),
                                   words=n_words, sentences=n_sentences)

    def _grade(self, doc: Document, scores: readability.Readability) -> Iterator[Finding]:
        if scores.words < self.options["min_words"]:
            return
        grade = scores.grade_level
        high, low = self.options["max"], self.options["min"]
        if high > 0 and grade > high:
            bound, direction = high, "above"
        elif low > 0 and grade < low:
            bound, direction = low, "below"
        else:
            return
        f = self.finding(0, 0, grade=f"{grade:.1f}", limit=_num(bound), direction=direction,
                         ease=f"{scores.reading_ease:.0f}", words_per_sentence=f"{scores.words_per_sentence:.1f}")
        f.scope = "document"
        f.data.update(scores.summary())
        yield f


def _num(value: float) -> str:
    return f"{value:g}"


KIND = MetricKind
