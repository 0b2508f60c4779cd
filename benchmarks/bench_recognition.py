"""Recognition of spoken answers to closed survey questions (offline voice stack, issue 3).

Every closed question of a survey (default: campaigns/customer_feedback) is answered aloud with
espeak-ng (en-us+klatt3, 175 wpm, -50 dBFS noise floor) in several phrasings and speaking rates,
recognised by pocketsphinx, and mapped back to an answer slot. Prints the share recorded correctly
per question type, with the per-question language model (what the product uses) and, side by side,
the baseline: the same audio through the open-vocabulary model. Target: >= 95 % overall.

    python3 benchmarks/bench_recognition.py [--survey PATH] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FRAMES = ("{a}", "i'd say {a}", "maybe {a}")
RATES = (160, 175, 190)


def cases(survey):
    from customario.conversation.voice.phrases import DONT_KNOW, REFUSED, number_words

    out = []
    for q in survey.questions:
        if q.type in ("nps", "scale", "number"):
            lo, hi = (int(v) for v in q.bounds)
            for n in range(lo, hi + 1):
                for frame in FRAMES:
                    out.append((q, frame.format(a=number_words(n)), str(n)))
                out.append((q, f"{number_words(n)} out of {number_words(hi)}", str(n)))
        elif q.type == "yes_no":
            out += [(q, t, "yes") for t in ("yes", "yeah", "yep", "sure", "of course", "yes it did", "absolutely")]
            out += [(q, t, "no") for t in ("no", "nope", "not really", "no it didn't", "it did not", "not at all")]
        elif q.type in ("single_choice", "multi_choice"):
            for c in q.choices:
                for name in (c.label, *c.synonyms):
                    out += [(q, name, c.code), (q, f"{name} please", c.code)]
        else:
            continue
        out += [(q, DONT_KNOW[0], "dont_know"), (q, REFUSED[0], "refused")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--survey", default="customario/campaigns/customer_feedback/customer_feedback.yaml")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from customario.conversation.voice.audio import silence
    from customario.conversation.voice.phrases import expected_phrases, slot_of
    from customario.conversation.voice.stt import Recogniser
    from customario.conversation.voice.tts import synthesize
    from customario.definitions import load_definition
    import numpy as np

    survey = load_definition(args.survey)
    rec = Recogniser()
    rec.start()
    totals = {"lm": defaultdict(lambda: [0, 0]), "open": defaultdict(lambda: [0, 0])}
    misses = []
    decode_s = audio_s = 0.0
    try:
        for i, (q, spoken, slot) in enumerate(cases(survey)):
            wpm = RATES[i % len(RATES)]
            pad = silence(0.3, 16000, seed=i + 1)
            pcm = np.concatenate([pad, synthesize(spoken, 16000, wpm=wpm, seed=i), pad])
            audio_s += len(pcm) / 16000
            for mode, phrases in (("lm", expected_phrases(q)), ("open", None)):
                t0 = time.perf_counter()
                text, _, _ = rec.recognise_blocking(pcm.tobytes(), 16000, phrases)
                if mode == "lm":
                    decode_s += time.perf_counter() - t0
                ok = slot_of(text, q) == slot
                for key in (q.type, "all"):
                    totals[mode][key][0] += ok
                    totals[mode][key][1] += 1
                if mode == "lm" and not ok:
                    misses.append({"question": q.id, "said": spoken, "wpm": wpm, "heard": text})
    finally:
        rec.close()

    rows = []
    for key in sorted(totals["lm"], key=lambda k: (k == "all", k)):
        ok, n = totals["lm"][key]
        bok, bn = totals["open"][key]
        rows.append(
            {
                "type": key,
                "n": n,
                "per_question_lm": round(ok / n, 3),
                "open_vocabulary": round(bok / bn, 3),
                "ratio": round((ok / n) / (bok / bn), 2) if bok else None,
            }
        )
    result = {
        "survey": survey.name,
        "rows": rows,
        "target": 0.95,
        "rtf_per_question_lm": round(decode_s / audio_s, 3),
        "misses": misses,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'type':<14}{'n':>5}{'per-question LM':>17}{'open vocabulary':>17}{'ratio':>8}")
    for r in rows:
        print(
            f"{r['type']:<14}{r['n']:>5}{r['per_question_lm']:>17.1%}{r['open_vocabulary']:>17.1%}{r['ratio'] or 0:>8}"
        )
    print(
        f"target >= 95 % overall; real-time factor (per-question LM, worker round trip) {result['rtf_per_question_lm']}"
    )
    for m in misses:
        print(f"  miss {m['question']}: said {m['said']!r} at {m['wpm']} wpm, heard {m['heard']!r}")


if __name__ == "__main__":
    main()
