"""Baseline summarizers kabar is measured against: LEAD-k and sumy's LexRank."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.lex_rank import LexRankSummarizer

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# sumy ships no Indonesian list; the same short list kabar uses keeps the comparison fair.
INDONESIAN_STOPWORDS = frozenset(
    """
    yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada adalah oleh karena
    atau sebagai sudah telah bisa dapat saat ia dia mereka kami kita saya para lebih tersebut
    bahwa jika hanya masih namun tetapi tapi serta agar seperti setelah sebelum hingga antara
    kata ujar ucap menurut tak pun lagi lain sangat harus belum sejak bagi nya si sang
    """.split(),  # noqa: SIM905 - a word list reads better as prose
)


class WhitespaceTokenizer:
    """The tokenizer interface sumy expects, without nltk's punkt data (unavailable offline)."""

    language = "indonesian"

    def to_sentences(self, paragraph: str) -> list[str]:
        """Return the paragraph as one sentence; callers pass sentences already split."""
        return [paragraph]

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Return the sentence's word tokens."""
        return tuple(_WORD.findall(sentence))


_TOKENIZER = WhitespaceTokenizer()


def lead(sentences: Sequence[str], n: int) -> list[str]:
    """Return the first n sentences."""
    return list(sentences[:n])


def lexrank(paragraphs: Sequence[Sequence[str]], n: int) -> list[str]:
    """Return sumy LexRank's n best sentences in document order."""
    summarizer = LexRankSummarizer()
    summarizer.stop_words = INDONESIAN_STOPWORDS
    document = ObjectDocumentModel(
        [Paragraph([Sentence(s, _TOKENIZER) for s in p]) for p in paragraphs if p]
    )
    return [str(s) for s in summarizer(document, n)]
