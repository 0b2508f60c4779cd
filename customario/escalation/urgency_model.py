"""A trained second reader for urgency: a line the rules read as normal but that reads like the
urgent and emergency lines callers have written is raised to ``urgent`` (issue 11).

Why: the rules of :mod:`customario.escalation.urgency` reach 100 % on every corpus they were
written from, yet each new writer's corpus still had 7-15 urgent or emergency lines taken for
normal at first contact (blind11: 7, blind13: 15, blind14: 9). Rules learn one phrasing class at a
time; a model trained on every labelled development line (2,979 lines of 14 corpora, 13 of them by
writers who never read the rules) reads the words of a line as a whole.

The model is a logistic regression over two kinds of features of a line: word uni- and bigrams
weighted by TF-IDF (lower case, sublinear term frequency, L2-normalised, terms seen in at least
two training lines) and the line's WordLlama embedding (:func:`customario.escalation.kb_embed.embed`,
scaled by ``embed_weight``). It is fitted with scikit-learn (``TfidfVectorizer`` and
``LogisticRegression``) by ``benchmarks/train_urgency_model.py``, which also prints the
leave-one-corpus-out figures the threshold was chosen on, and shipped as plain parameters in
``data/urgency_model.json``. Applying it needs only numpy: :func:`term_weights` computes the same
TF-IDF vector as scikit-learn's transform (``tests/test_urgency_model.py`` checks the two agree),
so a call does not pay scikit-learn's import (1-4 s) and the package does not depend on it.
Nothing is trained or downloaded at run time.

It only ever raises a ``normal`` line to ``urgent``: never to ``emergency`` (an emergency needs
the rules' reason, because it tells the caller to hang up and call emergency services), and never
lowers anything. Short lines (fewer than ``min_words`` words: "the bus and the subway") are never
raised: on them the bigram weights say more about the writers' style than about danger.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODEL_FILE = Path(__file__).parent / "data" / "urgency_model.json"
_WORD = re.compile(r"[A-Za-z']+")


# scikit-learn's default token pattern: runs of two or more word characters.
TOKEN = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class Model:
    """The fitted parameters (see the module docstring): ``vocabulary`` maps a term (a word or two
    words joined by a space) to its column, ``idf`` and ``coef_words`` are per column,
    ``coef_embed`` per embedding dimension, ``threshold`` the probability above which a line is
    raised."""

    vocabulary: dict[str, int]
    idf: Any
    coef_words: Any
    coef_embed: Any
    intercept: float
    embed_weight: float
    threshold: float
    min_words: int


@functools.lru_cache(maxsize=1)
def model(path: Path = MODEL_FILE) -> Model | None:
    """The shipped model, loaded once per process; None when the file is missing (a wheel built
    without its data: the rules alone decide)."""
    import numpy as np

    if not path.is_file():
        return None
    spec = json.loads(path.read_text(encoding="utf-8"))
    return Model(
        vocabulary={term: i for i, term in enumerate(spec["terms"])},
        idf=np.asarray(spec["idf"], dtype=np.float64),
        coef_words=np.asarray(spec["coef_words"], dtype=np.float64),
        coef_embed=np.asarray(spec["coef_embed"], dtype=np.float64),
        intercept=float(spec["intercept"]),
        embed_weight=float(spec["embed_weight"]),
        threshold=float(spec["threshold"]),
        min_words=int(spec["min_words"]),
    )


def term_weights(text: str, vocabulary: dict[str, int], idf: Any) -> dict[int, float]:
    """{column: weight} of ``text``'s TF-IDF vector, as scikit-learn's ``TfidfVectorizer(
    ngram_range=(1, 2), sublinear_tf=True)`` transforms it: lower-cased tokens of :data:`TOKEN`,
    their unigrams and bigrams counted when in ``vocabulary``, weight ``(1 + ln count) * idf``,
    the vector scaled to unit L2 length. Empty when no term is known."""
    tokens = TOKEN.findall(text.lower())
    terms = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]
    counts = Counter(vocabulary[t] for t in terms if t in vocabulary)
    weights = {i: (1.0 + math.log(c)) * float(idf[i]) for i, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {i: w / norm for i, w in weights.items()} if norm else {}


def probability(text: str, m: Model | None = None) -> float | None:
    """P(urgent or emergency) for ``text`` in 0..1 under the shipped model, or None without it."""
    from customario.escalation.kb_embed import embed

    m = m or model()
    if m is None:
        return None
    words = sum(w * float(m.coef_words[i]) for i, w in term_weights(text, m.vocabulary, m.idf).items())
    score = words + float(embed([text])[0] @ m.coef_embed) * m.embed_weight + m.intercept
    return 1.0 / (1.0 + math.exp(-score))


def long_enough(text: str, m: Model) -> bool:
    """True when ``text`` has at least ``m.min_words`` words (letters and apostrophes)."""
    return len(_WORD.findall(text or "")) >= m.min_words


def raised_by(text: str, m: Model) -> float | None:
    """``m``'s probability when it raises ``text`` (at least ``min_words`` words and above the
    threshold), else None."""
    if not long_enough(text, m):
        return None
    p = probability(text, m)
    return p if p is not None and p > m.threshold else None


def raises(text: str) -> float | None:
    """:func:`raised_by` for the shipped model; None without it. Never raises an exception: a
    model that cannot run leaves the rules' reading as it is."""
    try:
        m = model()
        return None if m is None else raised_by(text, m)
    except Exception:  # the embedding weights missing, a broken file: the rules decide alone
        return None
