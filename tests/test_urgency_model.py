"""The trained second reader of urgency (customario/escalation/urgency_model.py): it raises a line
the rules read as normal to urgent, never to emergency; short lines are left alone; it is never
trained on a held-out corpus; applied without scikit-learn, it computes what scikit-learn would."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from customario.escalation import urgency_model as um
from customario.escalation.urgency import assess, assess_rules

ROOT = Path(__file__).resolve().parents[1]

# An injury told by what the child does, with no rule word ("sprain", "swollen", "can't walk") said.
# (Until 5 December 2026 02:15 UTC this was a stroke told calmly, "now he cannot lift his left arm
# properly"; since urg15 the rules read "cannot" as "can't" and call it an emergency. Until 7 December
# 13:45 UTC it was a sting told with its size; since s53urg the rules read a person stung.)
STING = "My son came home from your trampoline session limping and he won't put any weight on his ankle today."


def test_a_line_the_rules_read_as_normal_is_raised_to_urgent_with_the_model_named():
    assert assess_rules(STING).level == "normal"
    got = assess(STING)
    assert got.level == "urgent"
    assert "model" in got.reason


@pytest.mark.parametrize(
    "line",
    [
        "Could you send over the invoice for last month's sessions please, my accountant needs it.",
        "I'd like to book the party room for twelve kids on the twentieth of next month.",
        "The kitchen, the hall and the garage.",  # short: never raised, whatever the model says
        "Is the car park free after six or do I need a ticket for the evening session?",
    ],
)
def test_ordinary_lines_stay_normal(line):
    assert assess(line).level == "normal"


def test_the_model_never_makes_an_emergency_and_never_lowers_the_rules():
    emergency = "We smelled gas near the van and my daughter says she feels sick and lightheaded."
    assert assess_rules(emergency).level == "emergency"
    assert assess(emergency).level == "emergency"


def test_short_lines_are_never_raised():
    m = um.model()
    assert m is not None and not um.long_enough("the bus and the subway", m)
    assert um.raises("the bus and the subway") is None


def test_the_shipped_model_was_trained_on_development_corpora_only():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_urgency import CORPORA, HELD

    spec = json.loads(um.MODEL_FILE.read_text(encoding="utf-8"))
    assert spec["trained_on"] and not set(spec["trained_on"]) & HELD
    assert set(spec["trained_on"]) <= set(CORPORA)
    assert len(spec["terms"]) == len(spec["idf"]) == len(spec["coef_words"])


def test_without_the_model_file_the_rules_decide_alone(tmp_path, monkeypatch):
    assert um.model.__wrapped__(tmp_path / "absent.json") is None
    monkeypatch.setattr(um, "model", lambda: None)
    assert um.raises(STING) is None
    assert assess(STING).level == "normal"


def test_a_model_that_cannot_run_leaves_the_rules_reading(monkeypatch):
    import customario.escalation.kb_embed as kb_embed

    def broken(texts):
        raise OSError("weights missing")

    monkeypatch.setattr(kb_embed, "embed", broken)
    assert um.raises(STING) is None
    assert assess(STING).level == "normal"


def test_term_weights_match_scikit_learn():
    """The numpy transform equals scikit-learn's TfidfVectorizer fitted the way the training script
    fits it (a development dependency; skipped where it is not installed)."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from train_urgency_model import vectorizer

    train = [
        "the boiler is leaking and the boiler room smells of gas",
        "can I book a lesson for my son on Saturday",
        "my son fell off the wall and hurt his wrist",
        "the wall is wet and the floor is slippery near the boiler",
        "can I pay for the lesson by card on Saturday",
    ]
    vec = vectorizer().fit(train)
    vocabulary = {str(k): int(v) for k, v in vec.vocabulary_.items()}
    for text in [
        "The boiler room smells of gas, can I book a lesson?",
        "Hurt, hurt, hurt his wrist on the wall",
        "xyz",
    ]:
        expected = vec.transform([text]).toarray()[0]
        got = um.term_weights(text, vocabulary, vec.idf_)
        assert {i: round(w, 9) for i, w in got.items()} == {i: round(float(w), 9) for i, w in enumerate(expected) if w}


# Near misses of the team's own rule tests (figures of speech, legal words without a threat, events
# over) that the rules keep normal and the model raises to urgent at its threshold (measured on
# 4 December 2026, on the model retrained at 19:15 UTC with blind17 among its corpora): the price of
# the lines it catches. A person takes these calls; none becomes an emergency. tests/conftest.py
# switches the model off in the rule tests, which hold these as normal. "my brother's a barrister"
# was raised before 12:10, not by the 12:10 and 13:20 models, again from 16:35 to 17:10, and not by
# the 19:15 one; "my jacket has gone all puffy in the wash" was raised before 12:10 and again since
# the 17:10 model. The model retrained at 19:50 UTC with blind20 among its corpora (urg16) raises all
# of these still, and two more: "the lift in the back is going up and down all day" (a near miss of
# tests/test_urgency_blind6.py; new with this model) and "I bought a chef's knife from you and it's
# blunt" (tests/test_urgency_reading.py; raised by the 19:15 model too, unlisted until now). Measured
# by applying both models to every line of the rule tests that the rules keep normal. The model
# retrained at 22:15 UTC with blind19 among its corpora raises "my brother's a barrister" again. The
# model retrained at 23:25 UTC with blind22 among its corpora (urg15) no longer raises the lift going
# up and down (moved to the former false alarms); it and the 22:15 model both raise two near misses
# added to the rule tests since 19:50 (urg16's foot caught in a rug, blind19's "she caught my eye"),
# listed here now. The model retrained at 01:05 UTC on 5 December with blind21 among its corpora raises
# the lift and the dog walker again (they had been former false alarms) and two more near misses of
# the rule tests (a lawyer friend who finds the terms fair, a boy leaning over a stair rail to wave);
# it no longer raises "she caught my eye" (moved to the former false alarms). The model retrained at
# 02:00 UTC on 5 December with blind24 among its corpora (urg15; measured by applying it and the 01:05
# model to all 1,016 lines of the rule tests that the rules keep normal) no longer raises the dog
# walker, the lawyer friend who finds the terms fair or the boy leaning over the stair rail (moved to
# the former false alarms) and raises two former ones again: a cold spreading through the family and a
# price gone up into the hundreds. The model retrained at 04:20 UTC on 5 December with blind23 and
# blind26 among its corpora (measured the same way, on 1,035 lines) no longer raises the foot caught in
# a rug or the lift going up and down (moved to the former false alarms), raises the dog walker again
# and one more near miss of the rule tests (a caller who is not itchy at all after a lash lift). The model
# retrained at 07:35 UTC on 5 December with blind25 and blind28 among its corpora (measured the same way,
# on 1,044 lines: 14 raised by the 04:20 model, 16 by this one) no longer raises the barrister who loves
# the shop (moved to the former false alarms) and raises three lines it kept normal: the lift going up
# and down and the fire in the lounge that won't light (both former false alarms, moved back here) and
# a hopeless word about a product ("it doesn't matter now", a near miss of the farewell rules). The
# model retrained at 10:20 UTC on 5 December with blind27 and blind30 among its corpora (measured the
# same way, on 1,051 lines: 16 raised by the 07:35 model, 16 by this one; ordinary caller lines of the
# answers and kb corpora raised 58 of 30,868 at 0.9) keeps the hopeless word about a product normal
# (moved to the former false alarms) and raises the boy leaning over the stair rail again (a former
# false alarm, moved back here). The model retrained at 13:30 UTC on 5 December with blind29 and
# blind32 among its corpora (measured the same way, on 1,065 lines: 16 raised by the 10:20 model, 17 by
# this one; ordinary caller lines raised 65 of 32,816) keeps the boy at the stair rail normal (moved to
# the former false alarms) and raises the hopeless word about a product again and a near miss of the
# sign rules where an issue "came up in conversation" (both moved here). The model retrained at 22:35
# UTC on 5 December with blind31 and blind34 among its corpora (measured by applying it and the 13:30
# model to the 4,738 strings of the rule and class tests the rules keep normal: 27 raised by the 13:30
# model, 26 by this one; ordinary caller lines raised 67 of 34,788) keeps the fire in the lounge that
# won't light normal (moved to the former false alarms) and raises a chimney fire that "has drawn
# beautifully" since the sweep (a near miss of tests/test_urgency_everyday.py, listed here now). The
# model retrained at 01:55 UTC on 6 December with blind33 and blind36 among its corpora (measured the
# same way, on 5,165 strings: 27 raised by the 22:35 model, 30 by this one; ordinary caller lines raised
# 72 of 36,759) raises every line above as before, and three survey answers the urgency rules never
# see in a survey ("No, she didn't, and he didn't either.", from the answers tests). The model retrained
# at 04:45 UTC on 6 December with blind35 and blind38 among its corpora (measured by applying it and the
# 01:55 model to the 1,516 string constants of at least three words, in the test files that use the
# urgency rules, that the rules keep normal: 28 raised by the 01:55 model, 30 by this one; ordinary
# caller lines raised 85 of 37,745) raises every line above as before, "she caught my eye at the stall"
# again (a former false alarm, moved here) and one near miss of the choice rules ("i've decided to go
# with the red"). The model retrained at 08:09 UTC on 6 December with blind37 and blind40 among its
# corpora (measured the same way, on 1,586 strings: 33 raised by the 04:45 model, 31 by this one;
# leave one corpus out at 0.9 it catches 12 of the rules' 14 misses and raises 5 of 4,955 normal lines;
# ordinary caller lines raised 87 of 39,730) keeps the chimney fire that "has drawn beautifully" normal
# (moved to the former false alarms) and raises a farewell near miss of tests/test_urgency_blind23.py,
# a caller who won't be around because of a move. The model retrained at 11:50 UTC on 6 December with
# blind39 and blind42 among its corpora (measured the same way, on 1,616 strings: 33 raised by the 08:09
# model, 34 by this one; leave one corpus out at 0.9 it catches 11 of the rules' 17 misses and raises 8
# of 5,230 normal lines; ordinary caller lines raised 92 of 42,673) keeps the dog walker normal (moved to
# the former false alarms) and raises two near misses: a chest rubbed with vapour rub for a cold, and a
# driver who "hasn't moved the car yet". The model retrained at 14:57 UTC on 6 December with blind41 and
# blind44 among its corpora (1,620 strings: 35 raised, as by the 11:50 model; leave one corpus out at
# 0.9 it catches 13 of the rules' 17 misses and raises 8 of 5,510 normal lines; ordinary caller lines
# raised 92 of 44,650) keeps normal the trip to A&E that ended well (moved to the former false alarms)
# and a balloon man blowing up two hundred, and raises two: a power button pressed with nothing
# happening, and a knife block and a gun cabinet moved.
KNOWN_FALSE_ALARMS = [
    "I don't see the point of paying extra for RGB, it doesn't matter now",
    "the issue came up in conversation with your tech",
    "I won't be around by then, we're moving to Glasgow, so cancel the tickets",
    "the lift in the back is going up and down all day, very noisy",
    "My mum once told a waiter 'I'll see you in court' and we still laugh about it",
    "he's gone to his gran's with a bag of tablets from the chemist for her",
    "he swallowed his pride and called them",
    "my jacket has gone all puffy in the wash",
    "I banged my head against the wall trying to install the driver lol",
    "I bought a chef's knife from you and it's blunt",
    "I'm not itchy at all after the lash lift, just wanted to say thanks",
    "my son has caught a cold and it's spreading through the family",
    "the price has gone up and it's into the hundreds",
    "she caught my eye at the stall, lovely flowers",
    "I'm rubbing my chest with vapour rub at the ski lodge, I'm a bit sweaty from this cold.",
    "he fell behind and hasn't moved the car yet",
    "I just hit the power button and nothing happened",
    "We moved the knife block and the gun cabinet ourselves.",
]


@pytest.mark.parametrize("line", KNOWN_FALSE_ALARMS)
def test_known_false_alarms_are_urgent_never_emergency(line):
    assert assess_rules(line).level == "normal"
    assert assess(line).level == "urgent"


# Former false alarms of the model (before the 12:10, 13:20, 16:35, 17:10 and 19:15 retrainings,
# 4 December 2026): the retrained model keeps them normal, and they stay so (the 19:50 model too). "I banged my head ...
# lol" was raised before 12:10, not by the 12:10 model, again from 13:20 to 16:35, not by the 17:10
# one, and again by the 19:15 one (it is among the known false alarms above); the barrister line
# moved back there with the 22:15 model. The 23:25 model (urg15) keeps normal three near misses the
# 22:15 one raised: the lift going up and down, a fire in the lounge that won't light, a price gone up.
# The 01:05 model (5 December) raises the lift and the dog walker again (moved to the known false
# alarms) and keeps "she caught my eye" normal. The 02:00 model (5 December, urg15) keeps normal the
# dog walker, the lawyer friend and the boy at the stair rail, and raises the cold and the price again
# (moved to the known false alarms). The 04:20 model keeps normal the foot caught in a rug and the lift
# going up and down, and raises the dog walker again (moved to the known false alarms). The 07:35 model
# keeps the barrister normal and raises the fire in the lounge and the lift again (moved to the known
# false alarms). The 10:20 model keeps the hopeless word about a product ("it doesn't matter now")
# normal and raises the boy at the stair rail again (moved to the known false alarms). The 13:30 model
# keeps the boy at the stair rail normal and raises the hopeless word about a product again (moved to
# the known false alarms). The 22:35 model keeps the fire in the lounge that won't light normal, and the
# 01:55 model (6 December) keeps all of these normal. The 04:45 model raises "she caught my eye" again
# (moved to the known false alarms); the 08:09 model keeps the chimney fire that has drawn beautifully
# normal; the 11:50 model keeps the dog walker normal again; the 14:57 model keeps the trip to A&E
# that ended well normal.
FORMER_FALSE_ALARMS = [
    "the fire in the snug has drawn beautifully since your lad swept the chimney",
    "My son leaned over the rail at the top of the glass studio stairs to wave at the blowers.",
    "my brother's a barrister and he loves your shop",
    "I've written my letters of complaint to the council about parking outside your shop",
    "My foot got caught in the rug at the vintage fair, no harm done.",
    "my friend's a lawyer and she reckons your T&Cs are very fair",
    "the fire in the lounge won't light",
    "the dog walker bumped my arm at the gate and I dropped the lead",
    "we drove him to A&E after he came off the scooter, luckily he's fine",
]


@pytest.mark.parametrize("line", FORMER_FALSE_ALARMS)
def test_former_false_alarms_stay_normal(line):
    assert assess(line).level == "normal"
