"""Unseen substitutions: words whose neighbours make them improbable while a thesaurus
neighbour is common in that slot ("land struggle" for land war, "video handle" for video address).

A statistical signal with no word list to miss: it scores every narration word of every
sentence with web word-pair counts (see lint/substitution_model.py). On its own it is noisy, so a
hit below ``strong_score`` is a weak signal: it feeds the document verdict and is shown only in
a document judged spun. Fixes are suggestions.

Options:
  min_score      score from which a word counts as a signal at all
  strong_score   score from which it is shown whatever the verdict
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import compress
from operator import gt

from lint import substitution_model
from lint.document import Document
from lint.engine import RunContext
from lint.finding import Finding
from lint.kinds.base import RuleKind
from lint.phrases import adapt_case


class SubstitutionKind(RuleKind):
    OPTIONS = {"min_score": 3.0, "strong_score": 6.0}

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        tokens = doc.tokens
        # narration words: word tokens outside direct quotes (is_word > in_quote), looked at once
        # for the whole document; each sentence of three or more is a span of them
        narration = list(map(gt, doc.token_is_word, doc.token_in_quote))
        keep = list(compress(range(len(tokens)), narration))
        if len(keep) < 3:
            return
        norms = list(compress(doc.token_norms, narration))
        spans = []
        for sentence in doc.sentences:
            lo = bisect_left(keep, sentence.first_token)
            hi = bisect_left(keep, sentence.last_token, lo)
            if hi - lo >= 3:
                spans.append((lo, hi))
        starts = doc.sentence_starts
        hits = substitution_model.find_in_sentences(norms, spans, min_score=self.options["min_score"])
        for j, original, score in hits:
            k = keep[j]
            tok = tokens[k]
            if tok.text[:1].isupper() and k not in starts:
                continue  # a name, not a word a spinner chose
            f = self.finding(tok.start, tok.end, match=tok.text, replacements=(adapt_case(original, tok.text),),
                             score=f"{score:.1f}")
            f.data["score"] = score
            if score < self.options["strong_score"]:
                f.data["weak"] = True
            yield f


KIND = SubstitutionKind
