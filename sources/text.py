"""Text folding now lives in `factdesk.base.text`; these names stay importable from here."""

from factdesk.base.text import STOPWORDS, content_words, fold, plain, words

__all__ = ["STOPWORDS", "content_words", "fold", "plain", "words"]
