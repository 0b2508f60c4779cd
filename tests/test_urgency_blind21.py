"""Classes read from held-out urgency blind21's four missed lines (5 December 2026), in the team's own
phrasings at businesses in no corpus (a brewery, a cold store, a leisure centre, a window fitter, an
estate agent), with near misses that stay as they were: a toxic gas let out with a person in it in
distress; smoke said after its verb and a room filling; a law firm instructed by its name; a lawyer
disowned with a demand after it ("I don't want to get lawyers involved, so ...") and a statement
ending in a question tag."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules

EMERGENCY = [
    "the CO2 line in the cellar has burst and Gary's down there coughing and can't find the stairs door",
    "ammonia's escaping in the cold store, one of the lads is overcome, he's on the floor",
    "there's a toxic cloud by the pool plant room and the attendant is trapped behind it",
    "the dehumidifier in the back is belching smoke, the corridor's filling up fast",
    "the charger is pouring out black smoke and the office is filling with smoke",
]

URGENT = [
    "Please note that we have instructed Fenwick Doyle Solicitors in respect of the cracked frames you fitted.",
    "I've retained Okafor and Lin LLP over the deposit you're holding",
    "I really don't want to get solicitors involved, so you'd better refund the holding fee today.",
    "I'd hate to bring lawyers into it, so let's settle this now, shall we?",
]

NORMAL = [
    "there was a chlorine leak at the leisure centre last year, all fixed, are you open Sunday?",
    "the CO2 bottle for the beer line is empty, can you swap it?",
    "I instructed the window fitter to use the side gate",
    "we engaged a new cleaning firm for the office",
    "I'm not going to sue, so don't worry about it, ok?",
    "is the barbecue smoke going to bother the neighbours, shall we move it?",
    "the car park is filling up fast, is there an overflow?",
]


@pytest.mark.parametrize("text", EMERGENCY)
def test_emergency(text: str) -> None:
    assert assess_rules(text).level == "emergency", text


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text: str) -> None:
    assert assess_rules(text).level == "urgent", text


@pytest.mark.parametrize("text", NORMAL)
def test_near_misses_stay_normal(text: str) -> None:
    assert assess_rules(text).level == "normal", text
    assert assess(text).level != "emergency", text
