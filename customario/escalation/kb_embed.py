"""Embedding similarity between a caller's question and the knowledge-base articles (issue 11).

A second signal beside the lexical search of :mod:`customario.escalation.knowledge`: when the
lexical search is not confident and offers nothing, the article whose text is nearest in meaning
to the question may still be offered with "Are you asking about ...?"
(:mod:`customario.escalation.kb_suggest`); and an article the lexical search held back only as an
unsure near miss answers when the caller's ask is nearest in meaning to it
(:func:`customario.escalation.kb_ask.answer_in_meaning`). It never answers a question on its own
and never lifts any other refusal of the lexical rules (a near miss on a word the base has
elsewhere, a named thing no article has, a price question whose answer has no price): measured on the development corpora, the similarity of a near miss ("What
power supply does an RTX 4060 need?" against an article on the RTX 5090) is as high as that of a
true paraphrase, so it cannot tell an answer from a near miss.

The model is WordLlama's ``l2_supercat`` at 256 dimensions (the PyPI package ``wordllama``, whose
wheel ships the weights and the tokenizer; about 0.3 s to import and load once per process, well
under a millisecond per question on one core). It is loaded through ``WordLlama.load`` with
``disable_download=True`` and the package's own folder as ``cache_dir``, where the wheel keeps its
``weights/`` and ``tokenizers/``: nothing is fetched at run time, and a missing file raises
:class:`EmbeddingModelMissing`.

Each article is embedded as its question plus its whole answer and, for an answer of several
sentences, as its question plus each sentence (a sub-fact: "Refunds reach the original payment
method 5 to 7 business days ..."); an article's similarity is the best of its units, and the part read
after a yes is its sentence nearest the question (the whole answer when it has one sentence). Vectors are cached by text, so an edited or learned article
is embedded again on its next search and nothing stale is kept.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from customario.errors import ConfigError
from customario.escalation.kb_excerpt import split_sentences

if TYPE_CHECKING:
    import numpy as np

MODEL_CONFIG = "l2_supercat"
MODEL_DIM = 256
# Texts kept embedded (LRU): a few knowledge bases of a few hundred articles each.
CACHE_SIZE = 20_000


class EmbeddingModelMissing(ConfigError):
    """The WordLlama weights or tokenizer that the ``wordllama`` wheel ships are not installed (a
    broken install: exit code 3, ``Error: <what>. <how to fix it>`` on the command line)."""


@functools.lru_cache(maxsize=1)
def model() -> Any:
    """The WordLlama model (``WordLlamaInference``), loaded once per process from the files inside
    the installed ``wordllama`` package. Raises :class:`EmbeddingModelMissing` when the package or
    its bundled weights are missing; never downloads."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as e:  # pragma: no cover - a dependency of the project
        raise EmbeddingModelMissing(
            "the wordllama package is not installed", "Install the project again: pip install -e ."
        ) from e
    folder = Path(wordllama.__file__).parent
    try:
        return WordLlama.load(config=MODEL_CONFIG, dim=MODEL_DIM, cache_dir=folder, disable_download=True)
    except FileNotFoundError as e:
        raise EmbeddingModelMissing(
            f"the WordLlama weights are missing from {folder} ({e})",
            "Reinstall the package: pip install --force-reinstall wordllama",
        ) from e


_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
_LOCK = threading.Lock()  # agent sessions may search from several threads


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length vectors (``len(texts) x MODEL_DIM``, float32) for ``texts``, cached by text."""
    import numpy as np  # here, not at import: the word search alone needs none of it

    with _LOCK:
        missing = list(dict.fromkeys(t for t in texts if t not in _CACHE))
        if missing:
            for t, v in zip(missing, model().embed(missing, norm=True)):
                _CACHE[t] = np.asarray(v, dtype=np.float32)
        for t in texts:
            _CACHE.move_to_end(t)
        out = np.stack([_CACHE[t] for t in texts]) if texts else np.zeros((0, MODEL_DIM), np.float32)
        while len(_CACHE) > max(CACHE_SIZE, len(texts)):
            _CACHE.popitem(last=False)
    return out


def units(article: dict) -> list[tuple[str, str]]:
    """(text embedded, part of the answer it stands for) of one article: the question with the whole
    answer, and the question with each sentence when the answer has several."""
    question, answer = article.get("question") or "", article.get("answer") or ""
    out = [(f"{question} {answer}", answer)]
    sentences = split_sentences(answer)
    if len(sentences) > 1:
        out += [(f"{question} {s}", s) for s in sentences]
    return out


def nearest_sentence(query: str, article: dict, must_hold=None) -> str | None:
    """The sentence of ``article``'s answer nearest ``query`` in meaning among those for which
    ``must_hold(sentence)`` is true (every sentence when None); None when the answer has one
    sentence or none qualifies."""
    import numpy as np

    parts = [p for _, p in units(article)[1:] if must_hold is None or must_hold(p)]
    if not parts:
        return None
    question = article.get("question") or ""
    sims = embed([f"{question} {p}" for p in parts]) @ embed([query])[0]
    return parts[int(np.argmax(sims))]


def rank(query: str, articles: Iterable[dict]) -> list[dict]:
    """Articles by similarity to ``query``, best first: ``{"id", "similarity", "part"}`` where
    ``similarity`` is the cosine (-1..1) of the article's best unit and ``part`` that unit's part
    of the answer (:func:`units`)."""
    import numpy as np

    articles = list(articles)
    if not articles or not (query or "").strip():
        return []
    spans, texts = [], []
    for a in articles:
        us = units(a)
        spans.append((a["id"], len(texts), len(texts) + len(us), [p for _, p in us]))
        texts += [t for t, _ in us]
    sims = embed(texts) @ embed([query])[0]
    out = []
    for aid, start, end, parts in spans:
        here = sims[start:end]
        # The part read is the nearest sentence when there are several: a whole policy read out
        # after a yes holds facts the caller did not ask about ("30 days" for "when is my refund back?").
        i = int(np.argmax(here[1:])) + 1 if len(parts) > 1 else 0
        out.append({"id": aid, "similarity": round(float(here.max()), 4), "part": parts[i]})
    out.sort(key=lambda r: -r["similarity"])
    return out
