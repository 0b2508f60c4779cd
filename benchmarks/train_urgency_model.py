"""Train the urgency model (customario/escalation/urgency_model.py) on the development corpora and
print how it does on a corpus it was not trained on (issue 11).

    python3 benchmarks/train_urgency_model.py [--write] [--thresholds 0.8,0.85,0.9] [--min-words 7]

Leave one corpus out: for each development corpus of ``bench_urgency.CORPORA`` (never the held-out
ones in ``bench_urgency.HELD``), the model is trained on all the others and applied to it. Printed
per corpus and in total, for each threshold:

- ``alone``: the model's own recall of urgent and emergency lines;
- ``caught``: of the urgent or emergency lines the rules take for normal, how many the model raises
  (the figure that matters: it is the rules' blind spot);
- ``raised``: normal lines the rules read as normal that the model raises (false alarms).

Then the model trained on every development corpus is applied to the ordinary caller lines of the
answers and knowledge-base corpora (survey answers and questions, none of them urgent; held-out
corpora left out) and its false alarms there are counted. ``--write`` saves that model with the
chosen ``--threshold`` and ``--min-words`` to customario/escalation/data/urgency_model.json.
Needs scikit-learn (a development dependency: ``pip install -e .[dev]``); the shipped model is
applied without it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_urgency import CORPORA, HELD  # noqa: E402

from customario.escalation import urgency_model as um  # noqa: E402

EMBED_WEIGHT = 0.5  # the embedding's share beside the TF-IDF columns (chosen on the LOCO table)
C = 4.0  # inverse regularisation strength of the logistic regression
# Held-out answers and knowledge-base corpora: their lines are never read, even as ordinary lines.
HELD_ORDINARY = ("answers/blind73", "kb/blind72")


def corpora() -> dict[str, list[tuple[str, bool]]]:
    """{corpus name: [(text, urgent or emergency)]} for the development corpora."""
    out = {}
    for name, path in CORPORA.items():
        if name in HELD or not path.exists():
            continue
        lines = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("lines") or []
        out[name] = [(str(x["text"]), x["label"] != "normal") for x in lines]
    return out


def ordinary_lines() -> list[str]:
    """Caller lines of the answers and knowledge-base corpora (none urgent), held-out ones left out."""
    files = [*(ROOT / "tests/corpus/answers").glob("*/utterances.yaml"), ROOT / "tests/corpus/answers/own.yaml"]
    files += [
        *(ROOT / "tests/corpus/kb").glob("*/paraphrases.yaml"),
        *(ROOT / "tests/corpus/kb").glob("*/near_misses.yaml"),
    ]
    out = []
    for f in files:
        if any(h in str(f) for h in HELD_ORDINARY):
            continue
        d = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        out += [str(i.get("text")) for i in d.get("utterances") or d.get("questions") or []]
    return out


def vectorizer():
    """scikit-learn's ``TfidfVectorizer`` with the options :func:`urgency_model.term_weights` applies."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)


def fit(pairs: list[tuple[str, bool]], threshold: float, min_words: int) -> um.Model:
    """A model fitted on ``pairs`` (text, urgent)."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    from customario.escalation.kb_embed import embed

    texts = [t for t, _ in pairs]
    vec = vectorizer()
    words = vec.fit_transform(texts)
    x = hstack([words, csr_matrix(embed(texts) * EMBED_WEIGHT)]).tocsr()
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, [u for _, u in pairs])
    n = words.shape[1]
    return um.Model(
        vocabulary={str(k): int(v) for k, v in vec.vocabulary_.items()},
        idf=np.asarray(vec.idf_),
        coef_words=np.asarray(clf.coef_[0][:n]),
        coef_embed=np.asarray(clf.coef_[0][n:]),
        intercept=float(clf.intercept_[0]),
        embed_weight=EMBED_WEIGHT,
        threshold=threshold,
        min_words=min_words,
    )


def main() -> None:
    from customario.escalation.urgency import assess_rules

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--thresholds", default="0.8,0.85,0.9")
    ap.add_argument("--threshold", type=float, default=0.9, help="the one written with --write")
    ap.add_argument("--min-words", type=int, default=7)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    data = corpora()
    rules = {t: assess_rules(t).level for v in data.values() for t, _ in v}
    thresholds = [float(x) for x in args.thresholds.split(",")]
    # The fit does not depend on the threshold, so each left-out corpus is fitted once and its
    # probabilities are compared with every threshold (a third of the time of one fit per threshold).
    probs = {}
    for name in data:
        m = fit([p for other, v in data.items() if other != name for p in v], -1.0, args.min_words)
        probs[name] = [(text, urgent, um.raised_by(text, m)) for text, urgent in data[name]]
    full = fit([p for v in data.values() for p in v], -1.0, args.min_words)
    ordinary = [(t, um.raised_by(t, full)) for t in ordinary_lines()]
    for threshold in thresholds:
        total = {"missed": 0, "caught": 0, "normal": 0, "raised": 0}
        print(f"threshold {threshold}, at least {args.min_words} words")
        for name in data:
            row = {"urgent": 0, "alone": 0, "missed": 0, "caught": 0, "normal": 0, "raised": 0}
            for text, urgent, p in probs[name]:
                hit = p is not None and p > threshold
                if urgent:
                    row["urgent"] += 1
                    row["alone"] += hit
                    if rules[text] == "normal":
                        row["missed"] += 1
                        row["caught"] += hit
                else:
                    row["normal"] += 1
                    row["raised"] += hit and rules[text] == "normal"
            for k in total:
                total[k] += row[k]
            print(
                f"  {name:<8} urgent {row['urgent']:>3}  alone {row['alone'] / max(row['urgent'], 1):.2f}  "
                f"rules missed {row['missed']:>2}  caught {row['caught']:>2}  normal {row['normal']:>3}  raised {row['raised']:>2}"
            )
        print(
            f"  total: rules missed {total['missed']}, caught {total['caught']}; normal {total['normal']}, raised {total['raised']}"
        )
        fa = sum(1 for t, p in ordinary if p is not None and p > threshold and assess_rules(t).level == "normal")
        print(f"  ordinary caller lines raised: {fa} of {len(ordinary)}")
    if args.write:
        m = dataclasses.replace(full, threshold=args.threshold)
        vocabulary = m.vocabulary
        spec = {
            "about": "customario urgency model: written by benchmarks/train_urgency_model.py; see urgency_model.py",
            "trained_on": sorted(data),
            "lines": sum(len(v) for v in data.values()),
            "threshold": args.threshold,
            "min_words": args.min_words,
            "embed_weight": EMBED_WEIGHT,
            "intercept": round(m.intercept, 6),
            "terms": sorted(vocabulary, key=vocabulary.get),
            "idf": [round(float(x), 6) for x in m.idf],
            "coef_words": [round(float(x), 6) for x in m.coef_words],
            "coef_embed": [round(float(x), 6) for x in m.coef_embed],
        }
        um.MODEL_FILE.parent.mkdir(exist_ok=True)
        um.MODEL_FILE.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {um.MODEL_FILE} ({um.MODEL_FILE.stat().st_size} bytes, {len(spec['terms'])} terms)")


if __name__ == "__main__":
    main()
