"""Plain reports of harm (customario.escalation.urgency_plain): the classes behind the held-out
urgency blind9 lines still taken for normal on 3 December 2026, in the team's own phrasings, with
near misses that must stay as they are."""

from __future__ import annotations

import pytest

from customario.escalation.urgency import assess


@pytest.mark.parametrize(
    "text, level",
    [
        # A person down and not speaking.
        ("My grandad went down by the till and he can't get a word out", "emergency"),
        ("the customer collapsed on the mat n isn't talking", "emergency"),
        ("she banged her head, there's blood from her head and she will not speak", "emergency"),
        # Heart-attack signs without the word.
        ("My boss says there's a crushing feeling in his chest, he's sat on the stairs", "emergency"),
        ("his jaw has been aching since lunch and now he's clammy and grey", "emergency"),
        ("I get this pain going down my left arm, it started ten minutes ago", "emergency"),
        # In the water and under.
        ("A lad slipped into the canal behind the print shop and he's gone under", "emergency"),
        ("our dog walker's kid fell in the pool and hasn't come back up", "emergency"),
        # A child drowsy after a household substance.
        ("my little boy got hold of the dishwasher tablets and now he's gone really floppy", "emergency"),
        # Self-harm said without the words.
        ("tonight I'm going to make sure I don't wake up, I just wanted to say thank you", "emergency"),
        ("I've swallowed everything from the bathroom cabinet bottles", "emergency"),
        # A limb held by a machine.
        ("The trainee's fingers got pulled into the pasta roller and they're still stuck", "emergency"),
        # A threat against whoever comes out.
        ("a man in the car park says he'll shoot the first person who walks out", "emergency"),
        # Legal action announced.
        ("My solicitor advised me to sue and I intend to", "urgent"),
        ("This is notice of our intention to take legal action", "urgent"),
        ("If the refund isn't here by Friday I'm taking this further, legally", "urgent"),
        ("mi abogado will write you a letter about this", "urgent"),
        # Harm now of the urgent kind.
        ("after the sunbed my neck has gone into spasm, I can barely walk", "urgent"),
        ("the charging cable you sold me gives my hand little shocks", "urgent"),
        ("the courier dropped the mirror and my son has glass in his foot", "urgent"),
        ("the tablet's really warm and the back cover is starting to bulge", "urgent"),
    ],
)
def test_plain_reports_are_escalated(text, level):
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to sue anyone, I just want the booking moved",
        "we never intended to sue, it was a misunderstanding",
        "the dough mixer is stuck on speed two, can someone fix it?",
        "my cat fell in the pond last summer and was fine",
        "the baby gets sleepy after her bottle, can we book a morning slot?",
        "the hand cream sample was lovely, can I buy the big tube?",
        "can you keep the back cover on while it charges? it gets a bit warm",
        "I went down to the shop but nobody was talking to me, bit rude",
    ],
)
def test_near_misses_stay_normal(text):
    assert assess(text).level == "normal"
