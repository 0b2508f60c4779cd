"""A harm told as over (a month or more back, healed or gone) and the near misses that stay urgent
(issue 11; :mod:`customario.escalation.urgency_recovered`). Own phrasings on trampoline parks,
escape rooms, florists, swimming baths, soft play, opticians, go-kart tracks, garden centres,
adventure playgrounds, dog agility clubs and farm parks; the class was seen in the normal lines of
blind, blind4, blind5, blind10, blind13, blind17 to blind24.
"""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess, assess_rules
from customario.escalation.urgency_recovered import back_now, long_over, long_past, recovery_said

OVER = [
    # a season counted or "before last", with a recovery in other words
    "I sprained my thumb on your trampolines the summer before last, good as new now, do you still do toddler sessions?",
    "Two winters back I scalded my hand on your garden centre's tea urn, completely mended, are you open Boxing Day?",
    "My son fractured his toe at your soft play four summers ago, long since mended, is there a party room free?",
    "Three Easters ago I twisted my knee on your stairs at the farm park, long since recovered, are they carpeted now?",
    # "last" before a month or a yearly holiday
    "My daughter cut her chin at your escape room last May, it's mended nicely, can we book the pirate room?",
    "I bruised my knee at your go-kart track last June, all gone now, any Saturday slots?",
    "My wife burnt her finger on your garden centre's café teapot last Christmas, it's long healed, do you sell gift cards?",
    # a reaction that went with how long it took ("cleared in a day", "went down the next morning")
    "Last April I came out in hives after your florist's lilies, it settled in an hour. Can you leave them out of the bouquet?",
    "I got a rash from the swimming baths' chlorine last August, it cleared in a couple of days. Is there a salt-water session?",
    "I had a bit of swelling from your optician's eye drops in February, it went down the next morning, could you use another brand?",
    "In February my collie had a nick on your agility course, healed in a week, can I book her in again?",
]
STILL_URGENT = [
    # recent: "last week", "yesterday" is still news
    "My son cut his hand on your trampoline springs last week, it's healing but I want it logged",
    "I burnt my arm on your garden centre's urn yesterday, it's mending but nobody put a sign up",
    # not over: a sign still there, back again, never gone
    "I scalded my hand on your café kettle last Christmas and it's still blistered and weeping",
    "I got a rash from your florist's lilies last April, it cleared in a day, but it's flared up again this morning",
    "The swimming baths' chlorine gave me a rash last month and it hasn't gone away",
    "Last March my daughter broke her arm at your soft play, it healed, but now the same bar has cut my son's leg open",
    # healed, but a claim
    "My husband fell off your adventure playground frame last summer and broke his leg, it's mended but our solicitor is drafting a claim",
]


@pytest.mark.parametrize("line", OVER)
def test_a_harm_long_over_is_normal(line):
    assert assess_rules(line).level == "normal", assess_rules(line)
    assert assess(line).level == "normal"


@pytest.mark.parametrize("line", STILL_URGENT)
def test_a_harm_not_over_stays_urgent(line):
    assert assess_rules(line).level == "urgent", assess_rules(line)


def test_an_emergency_now_after_an_old_one_is_an_emergency():
    line = "Two summers back he had a fit at your pool, he recovered fine, but he's fitting again right now and not breathing"
    assert assess_rules(line).level == "emergency"


def test_the_parts():
    assert long_past("the summer before last") and long_past("three christmases ago") and long_past("last march")
    assert long_past("back in may") and not long_past("in may be") and not long_past("last week")
    assert not long_past("two weeks ago")
    assert recovery_said("it's mended nicely") and recovery_said("it cleared in a day") and recovery_said("good as new")
    assert recovery_said("the swelling went down overnight") and recovery_said("it healed")
    # a word of many senses, or first a noun, says nothing alone ("passed", "our fleet")
    assert not recovery_said("it passed the test") and not recovery_said("our fleet of vans")
    assert back_now("it's come back") and back_now("it hasn't gone away") and back_now("never healed properly")
    # a person coming back to the place is no harm back
    assert not back_now("he's desperate to come back") and not back_now("can we come back next week")
    assert long_over("last june i cut my hand, healed in a week")
    assert not long_over("last june i cut my hand, healed in a week, but it's come back")
