"""Classes of phrasing from the misses of answers blind23, blind24 and blind26 (first contact
538/576 with 12 wrong), in the team's own phrasings on surveys about other things (a kite-surfing
school, a vintage fair, a mobile vet):

- opt-outs: a time limit widened to every time ("don't ring me on Sundays, or ever"), the calls
  still to come ("remove me from future surveys"), an erasure request ("please delete my
  details"), and the list named after the survey ("take me off this survey and your list");
- a don't-know at an open question with a courtesy after a comma ("I can't think of anything,
  sorry"); "nothing comes to mind" is still asked again (corpora code it both ways).
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Question
from customario.dialogue.answers import normalise
from customario.dialogue.optout import detect

TODAY = date(2031, 6, 12)

_TIPS = Question(
    id="tips", type="open", text="Anything else you'd like to tell the kite-surfing school?", required=False
)


@pytest.mark.parametrize(
    "said",
    [
        "Don't ring me on Sundays, or ever.",
        "don't phone me during the fair, or at all",
        "Stop calling me at the surgery, or anywhere else.",
        "Do not call me on bank holidays or any other day.",
        "Remove me from future surveys.",
        "take me off any further calls please",
        "Not bothered about feedback, please delete my details.",
        "erase my personal data",
        "Take me off this survey and off your mailing list.",
    ],
)
def test_opt_outs_said_otherwise(said: str) -> None:
    assert detect(said).kind == "opt-out"


@pytest.mark.parametrize(
    "said",
    [
        "Don't ring me on Sundays.",  # a time limit, not a revocation
        "don't call me before nine or after eight",
        "I'd happily do future surveys.",
        "I need to delete my details from the booking app",
        "remove me from this survey",  # ends this call only
    ],
)
def test_near_misses_stay_none(said: str) -> None:
    assert detect(said).kind == "none"


@pytest.mark.parametrize(
    "said",
    [
        "I can't think of anything, sorry.",
        "Can't think of anything, thanks",
        "I couldn't think of anything else, I'm afraid.",
    ],
)
def test_open_dont_knows(said: str) -> None:
    assert normalise(_TIPS, said, today=TODAY).status == "dont_know"


def test_open_blank_mind_alone_is_asked_again() -> None:
    assert normalise(_TIPS, "Nothing comes to mind.", today=TODAY).status == "invalid"
    assert normalise(_TIPS, "Nothing, it was great.", today=TODAY).status == "valid"
