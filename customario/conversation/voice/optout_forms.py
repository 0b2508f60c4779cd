"""Opt-outs said as callers say them, for the per-question language models (issue 11).

A caller who wants no more calls seldom says one of the few fixed phrases the models knew
(:data:`.phrase_words.OPT_OUT`: "no more calls", "stop calling this number", "remove me from your
list"); they say "stop calling me", "don't ring me again", "take me off your list", "remove my
number", "lose my number". The opt-out detector reads every such sentence
(``customario.dialogue.optout_phrases``: stop + a verb of calling, don't + a verb of calling + me or
again, take/remove + me or my number + off a list, remove/lose + my number), but the models had no
path for their words, so through the telephone band "Stop calling me." came out as "don't know
really", "Take me off your list." as "i don't normally", "Don't ring me again." as "don't really
seventh" and "Remove my number, please." as "a clue i'd go with three": 28 of 30 opt-outs sampled
from the development corpora were lost on gb-f3-170 phone and 24 of 30 on us-f4-140 phone
(6 December 2026). The development answers corpora hold 520+ spoken opt-outs from 40 writers, most
of them one of these shapes.

The forms are built from the grammar of the detector's rules (head x verb of calling x object), not
from corpus lines; each is in the models once (a light weight, as :mod:`.refusal_forms`), so the
n-gram model learns "stop" + "calling" + "me" without drowning the question's own answers.
"""

from __future__ import annotations

# The verbs of calling a caller asks to end, in their two forms ("stop calling", "don't call").
CALL_VERBS = (("call", "calling"), ("ring", "ringing"), ("phone", "phoning"), ("contact", "contacting"))
# What follows "stop calling" / "don't call ... ".
_STOP_OBJECTS = ("", " me", " this number", " us")
_DONT_TAILS = (" me again", " again", " this number again", " me anymore", " here again", " back")
# Who is taken off, and the list they are taken off ("take me off your list", "take my number off").
TAKEN_OFF = ("me", "my number", "my name", "us")
LISTS = ("your list", "the list", "your calling list", "your call list", "this list", "your system")
# Opt-outs of other shapes the detector reads, said as a whole.
OTHER_FORMS = (
    "no more calls please",
    "please no more calls",
    "i don't want any more calls",
    "i don't want these calls",
    "i don't want any more of these calls",
    "lose my number",
    "delete my details",
    "remove my details",
    "i want off your list",
    "i want off the list",
    "unsubscribe me",
    "opt me out",
    "put me on the do not call list",
    "quit calling me",
)


def optout_forms() -> list[str]:
    """Every opt-out of "stop" + a verb of :data:`CALL_VERBS` (+ an object), "don't"/"do not" + a
    verb + a tail ("don't ring me again"), "take"/"remove" + one of :data:`TAKEN_OFF` (+ off/from
    one of :data:`LISTS`), the main ones with "please" before them, and :data:`OTHER_FORMS`.
    Lower case, de-duplicated, stable order; each one ``customario.dialogue.optout.is_opt_out``
    reads as an opt-out (tests/test_optout_forms_s42voice.py)."""
    stops = [f"stop {ing}{o}" for _verb, ing in CALL_VERBS for o in _STOP_OBJECTS]
    donts = [f"{neg} {verb}{t}" for neg in ("don't", "do not") for verb, _ing in CALL_VERBS for t in _DONT_TAILS]
    offs = [f"{verb} {w}" for verb, w in (("take", "me off"), ("take", "my number off"), ("take", "us off"))]
    offs += [f"remove {w}" for w in ("me", "my number", "us")]
    offs += [f"take {w} off {lst}" for w in TAKEN_OFF for lst in LISTS]
    offs += [f"remove {w} from {lst}" for w in ("me", "my number") for lst in LISTS]
    polite = [f"please {f}" for f in ("stop calling me", "don't call me again", "take me off your list", "remove me")]
    polite += [f"{f} please" for f in ("stop calling me", "take me off your list", "remove my number", "no more calls")]
    return list(dict.fromkeys([*stops, *donts, *offs, *polite, *OTHER_FORMS]))
