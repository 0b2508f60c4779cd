"""A price said as two numbers with both units left out ("sixteen fifty", "nine fifty"), in the
team's own phrasings (a piano tuner, a conservatory build, a tattoo studio, a chimney sweep):

- to a question whose maximum makes the cents reading less than half of one per cent of it (a
  conservatory build of up to $40,000), "sixteen fifty" is read back as 1,650 first; elsewhere as
  16.50; shop cents (".95"-".99") stay cents;
- a caller who says no to one reading and says the same words again ("no, nine fifty") hears the
  other reading; two noes store nothing;
- a money value with cents is read back in words ("sixteen dollars and fifty cents"), never "16.5".
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from customario.definitions import Campaign, Question
from customario.dialogue.answers import describe, normalise
from customario.dialogue.survey_flow import SurveyPolicy
from survey_helpers import recorded, said

_TUNER = Question(id="tuner", type="number", text="How much did the piano tuner charge, in dollars?", min=0, max=1500)
_BUILD = Question(
    id="build", type="number", text="In total, how much did the conservatory build cost, in dollars?", min=0, max=40000
)
_SWEEP = Question(id="sweep", type="number", text="How much did the chimney sweep charge, in dollars?", min=0, max=300)
_INK = Question(
    id="ink", type="number", text="How much was the final bill at the tattoo studio, in dollars?", min=0, max=5000
)

TODAY = date(2031, 5, 14)  # a Wednesday


def _n(q: Question, text: str, today: date = TODAY):
    return normalise(q, text, today=today)


def test_a_two_part_price_is_read_by_the_size_of_the_whole_asked():
    # a whole amount of up to $40,000: "sixteen fifty" is 1,650 first
    assert (_n(_BUILD, "Sixteen fifty.").value, _n(_BUILD, "sixteen fifty").lenient) == (1650, True)
    # a shop price ending stays a price; so does any price to a question of a smaller whole
    assert _n(_BUILD, "nineteen ninety-nine").value == 19.99
    assert _n(_TUNER, "sixteen fifty").value == 16.5
    assert _n(_INK, "twelve fifty").value == 1250  # "the final bill" of up to $5,000
    assert _n(_SWEEP, "Forty-two fifty.").value == 42.5
    # no word of a total needed: the maximum says the size ("so seventeen fifty all in")
    garden = Question(id="garden", type="number", text="How much did the landscaping cost you, in dollars?", max=30000)
    assert (
        _n(garden, "Seven fifty for the turf plus the thousand for the patio, so seventeen fifty all in.").value == 1750
    )


def test_a_price_with_cents_is_read_back_in_words():
    assert describe(_SWEEP, 42.5) == "forty two dollars and fifty cents"
    assert describe(_SWEEP, 42) == "forty two"


NOW = datetime(2031, 5, 14, 12, tzinfo=timezone.utc)


def _policy(q: Question) -> SurveyPolicy:
    after = Question(id="again", type="yes_no", text="Would you use us again?")
    policy = SurveyPolicy(Campaign(name="t", kind="survey", questions=[q, after]), tz="UTC", now=lambda: NOW)
    policy.opening()
    policy.respond("yes")
    return policy


def test_the_other_reading_of_a_price_is_read_back_after_a_no():
    policy = _policy(_SWEEP)
    assert "forty two dollars and fifty cents" in said(policy.respond("forty-two fifty"))
    policy.respond("no")
    out = policy.respond("Forty-two fifty.")  # the same words again: 4,250 is over $300, no other reading
    assert not recorded(out) and policy.phase == "confirm"
    policy = _policy(_TUNER)
    policy.respond("twelve fifty")  # 12.50 first
    policy.respond("no")
    assert "one thousand two hundred fifty" in said(policy.respond("twelve fifty"))
    assert recorded(policy.respond("yes")) == {"tuner": 1250}


def test_no_with_the_same_words_hears_the_other_reading_and_two_noes_store_nothing():
    policy = _policy(_TUNER)
    policy.respond("nine fifty")  # 950 first (a digit and tens: hundreds left out)
    assert "nine dollars and fifty cents" in said(policy.respond("No, nine fifty."))
    out = policy.respond("no")
    assert recorded(out) == {"tuner": None}  # asked no twice: nothing stored


def test_the_other_reading_of_a_price_said_in_one_clause_of_a_sum():
    patio = Question(
        id="patio", type="number", text="How much did the garden work cost you, in dollars?", min=0, max=3000
    )
    policy = _policy(patio)
    sum_said = "Seven fifty for the turf plus the thousand for the patio, so seventeen fifty all in."
    assert "seventeen dollars and fifty cents" in said(policy.respond(sum_said))
    policy.respond("no")
    assert "one thousand seven hundred fifty" in said(policy.respond(sum_said))
    assert recorded(policy.respond("yes")) == {"patio": 1750}


def test_an_amount_said_in_full_and_again_short_is_that_amount_read_back():
    build = _n(_BUILD, "Two thousand three hundred and fifty dollars. Twenty-three fifty.")
    assert (build.value, build.lenient) == (2350, True)
    assert _n(_TUNER, "Nine fifty. Nine hundred and fifty, I mean.").value == 950
    assert _n(_BUILD, "Twenty-three fifty. Twenty-four hundred.").status == "invalid"  # they disagree
