"""Classes of phrasing from the misses of answers blind22 (first contact 523/562 with 7 wrong) and
blind19, in the team's own phrasings on surveys about other things (a sailing school, a theatre, a
food bank):

- "can't say I do", "I can't say we ever have" (British understatement) are a no, read back; "I
  can't say" alone or "can't say I remember" stay a don't-know;
- a denial denied ("it's not as if we never go", "I wouldn't say I don't") is a yes, read back;
  with more words after the auxiliary ("I wouldn't say we didn't wait long") it is asked again;
- declining to rate or to give out what is asked ("I don't want to rate the volunteers", "I'd
  rather not give out dates") is a refusal; "..., so, skip." too;
- don't-knows said otherwise: "I've lost count", "I don't rightly know", "I'd have to look at my
  bank statements", "can't think of anything off the top of my head" (open question);
- a figure for one of two things a number question asks about, with a don't-know for the other,
  is asked again (never stored as the whole);
- a choice said to be fine, to a question about where the caller has trouble, is not picked; a
  choice ruled out is never added back by a deed or a misspelling;
- "a bit of everything" is read back; a list with an item typed as slang beside a choice ("tix n
  snacks") is read back, never stored as the shorter list; "ja" opens a yes; accents are read as
  the plain letters ("café").
"""

from __future__ import annotations

from datetime import date

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

TODAY = date(2031, 9, 3)

_CAPSIZED = Question(id="capsized", type="yes_no", text="Have you ever capsized a dinghy during a lesson?")
_MATINEE = Question(id="matinee", type="yes_no", text="Do you go to the Sunday matinee performances?")
_CREW = Question(id="crew", type="scale", text="How would you rate the volunteer crew, from 1 to 5?", min=1, max=5)
_SEASONS = Question(id="seasons", type="number", text="How many seasons have you held a season ticket?", min=0, max=60)
_SPEND = Question(
    id="spend",
    type="number",
    text="How much did you spend on tickets and the bar last season, in dollars?",
    min=0,
    max=3000,
)
_NEXT = Question(id="next_lesson", type="date", text="When is your next sailing lesson?")
_IDEAS = Question(id="ideas", type="open", text="What would make the food bank easier to use?")
_HARD = Question(
    id="hard",
    type="multi_choice",
    text="Where do you find it hard to follow the show: the balcony, the stalls, the foyer screens, or the audio guide?",
    choices=[
        Choice(code="balcony", label="the balcony"),
        Choice(code="stalls", label="the stalls"),
        Choice(code="screens", label="the foyer screens", synonyms=["screens"]),
        Choice(code="guide", label="the audio guide", synonyms=["audio guide", "headset"]),
    ],
)
_BOUGHT = Question(
    id="bought",
    type="multi_choice",
    text="What did you buy at the theatre: programmes, snacks, drinks, or merchandise?",
    choices=[
        Choice(code="programmes", label="programmes", synonyms=["programme"]),
        Choice(code="snacks", label="snacks"),
        Choice(code="drinks", label="drinks"),
        Choice(code="merch", label="merchandise", synonyms=["merch"]),
    ],
)
_COLLECT = Question(
    id="collect",
    type="multi_choice",
    text="What do you collect from the food bank: tins, fresh produce, bread, or toiletries?",
    choices=[
        Choice(code="tins", label="tins"),
        Choice(code="fresh", label="fresh produce", synonyms=["fruit and veg"]),
        Choice(code="bread", label="bread"),
        Choice(code="toiletries", label="toiletries"),
    ],
)
_VENUE = Question(
    id="venue",
    type="single_choice",
    text="Where did you meet the group: the café, the pier, or the clubhouse?",
    choices=[
        Choice(code="cafe", label="the café"),
        Choice(code="pier", label="the pier"),
        Choice(code="clubhouse", label="the clubhouse"),
    ],
)


def _read(q: Question, text: str):
    return normalise(q, text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    ["Can't say I have.", "I can't say we ever have, no.", "Can't say I've ever done that.", "I cannot say I did."],
)
def test_cant_say_i_have_is_a_no_read_back(text):
    n = _read(_CAPSIZED, text)
    assert (n.status, n.value, n.method) == ("valid", "no", "inferred")


@pytest.mark.parametrize("text", ["I can't say.", "Can't say I remember.", "I can't say, I was new then."])
def test_cant_say_alone_stays_dont_know(text):
    assert _read(_CAPSIZED, text).status == "dont_know"


@pytest.mark.parametrize(
    "text", ["It's not as if I never go.", "I wouldn't say I don't.", "It's not like we don't, we just sit upstairs."]
)
def test_denial_denied_is_a_yes_read_back(text):
    n = _read(_MATINEE, text)
    assert (n.status, n.value, n.method) == ("valid", "yes", "inferred")


def test_denial_denied_with_more_words_is_asked_again():
    assert _read(_MATINEE, "I wouldn't say we didn't enjoy the long ones.").status == "invalid"


@pytest.mark.parametrize(
    "q, text",
    [
        (_CREW, "I don't want to rate the crew, half of them are my neighbours."),
        (_CREW, "I don't particularly want to score people, sorry."),
        (_NEXT, "I don't really want to give dates out to strangers."),
        (_NEXT, "Not booked in, so, skip."),
    ],
)
def test_declining_to_rate_or_give_out_is_refused(q, text):
    assert _read(q, text).status == "refused"


@pytest.mark.parametrize(
    "q, text",
    [
        (_SEASONS, "Oh, I've lost count by now."),
        (_MATINEE, "I don't rightly know how often."),
        (_SPEND, "I'd have to look through my card statements."),
        (_IDEAS, "I can't think of anything off the top of my head."),
    ],
)
def test_dont_know_said_otherwise(q, text):
    assert _read(q, text).status == "dont_know"


@pytest.mark.parametrize(
    "text",
    [
        "The tickets came to three hundred, the bar I've no idea.",
        "Bar was about sixty, I don't remember what the tickets cost.",
    ],
)
def test_a_figure_for_one_part_with_a_dont_know_for_the_other_is_asked_again(text):
    assert _read(_SPEND, text).status == "invalid"


def test_a_figure_with_a_doubt_about_itself_is_still_a_value():
    n = _read(_SPEND, "About three hundred, I don't know exactly.")
    assert (n.status, n.value) == ("valid", 300)


@pytest.mark.parametrize(
    "text, codes",
    [
        ("The balcony and the stalls, but not the screens, the screens are fine.", ["balcony", "stalls"]),
        ("The stalls, the headset's fine.", ["stalls"]),
        ("Balcony mostly, the foyer screens are okay.", ["balcony"]),
    ],
)
def test_a_choice_said_to_be_fine_is_no_trouble(text, codes):
    n = _read(_HARD, text)
    assert n.status == "valid" and sorted(n.value) == sorted(codes)


def test_a_bit_of_everything_is_read_back():
    n = _read(_BOUGHT, "Oh, a bit of everything really.")
    assert (
        n.status == "valid" and n.method == "inferred" and set(n.value) == {"programmes", "snacks", "drinks", "merch"}
    )
    assert _read(_BOUGHT, "All of them.").method != "inferred"


def test_a_listed_item_in_slang_beside_a_choice_is_read_back():
    n = _read(_COLLECT, "tins n nappies")
    assert n.status != "valid" or n.method == "inferred"
    n = _read(_COLLECT, "tins n bread")
    assert (n.status, sorted(n.value)) == ("valid", ["bread", "tins"])


@pytest.mark.parametrize("text", ["Ja, ja, every time I go out.", "Ja."])
def test_ja_opens_a_yes(text):
    n = _read(_CAPSIZED, text)
    assert (n.status, n.value) == ("valid", "yes")


def test_accents_are_read_as_plain_letters():
    assert _read(_VENUE, "The cafe, always.").value == "cafe"
    assert _read(_VENUE, "Café, by the harbour.").value == "cafe"
    assert _read(_COLLECT, "Tins and fresh produce, plus bread when there's any.").value == ["tins", "fresh", "bread"]


_RACES = Question(id="races", type="number", text="How many years have you raced with the club?", min=0, max=70)
_PRACTICE = Question(
    id="practice", type="number", text="On a normal day, how many hours do you spend on the water?", min=0, max=24
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("A decade, give or take.", 10),
        ("Two decades now.", 20),
        ("a decade and a half", 15),
        ("Oh, a year and a half.", 1.5),
        ("Half a year.", 0.5),
        ("Just about a year.", 1),
        ("2.5 years", 2.5),
        ("three years", 3),
    ],
)
def test_years_said_another_way(text, value):
    n = _read(_RACES, text)
    assert (n.status, n.value) == ("valid", value)


def test_months_are_never_converted_to_years():
    assert _read(_RACES, "Eighteen months.").status == "invalid"


@pytest.mark.parametrize("text, value", [("Around six hours a day.", 6), ("three hour, every day the same", 3)])
def test_a_rate_per_the_questions_own_period(text, value):
    n = _read(_PRACTICE, text)
    assert (n.status, n.value) == ("valid", value)


def test_a_rate_per_another_period_is_asked_again():
    assert _read(_PRACTICE, "Ten hours a week.").status == "invalid"


_SWIM = Question(id="swim", type="yes_no", text="Do you ever swim off the boat after a lesson?")
_LAST = Question(id="last_sail", type="date", text="When did you last sail with the school?")
_SHOW = Question(id="show_day", type="date", text="Which day are you coming to the show?")


@pytest.mark.parametrize("text", ["Now and then, when it's warm.", "Sometimes.", "Constantly. Love it."])
def test_how_often_to_do_you_ever_is_a_yes_read_back(text):
    n = _read(_SWIM, text)
    assert (n.status, n.value, n.method) == ("valid", "yes", "inferred")


@pytest.mark.parametrize("text", ["Sometimes, but not any more.", "Rarely."])
def test_how_often_taken_back_or_rarely_is_not_read(text):
    assert _read(_SWIM, text).status == "invalid"


@pytest.mark.parametrize(
    "q, text, iso",
    [
        (_LAST, "Last Saturday, we did the first capsize drills.", "2031-08-30"),
        (_LAST, "The last day of August.", "2031-08-31"),
        (_LAST, "Between the 10th and the 20th of August, the 15th I think.", "2031-08-15"),
        (_SHOW, "tmrw", "2031-09-04"),
        (_SHOW, "nxt mon", "2031-09-08"),
        (_SHOW, "Friday. Oh wait, no, not this one, the one after.", "2031-09-12"),
    ],
)
def test_dates_said_with_a_story_a_span_or_texted(q, text, iso):
    n = _read(q, text)
    if iso is None:
        assert n.status != "valid" or n.method == "inferred"
    else:
        assert (n.status, n.value) == ("valid", iso)


def test_an_ordinal_that_ranks_things_is_no_day():
    assert _read(_LAST, "Sunday, my first solo sail.").value == "2031-08-31"
    assert _read(_LAST, "The first of August.").value == "2031-08-01"


_CREWS = Question(id="crews", type="number", text="How many volunteers helped at the food drive?", min=1, max=300)
_TRIAL = Question(id="trial", type="yes_no", text="Would you try a night sailing lesson?")
_BOOKED = Question(
    id="booked",
    type="single_choice",
    text="How did you book your tickets: at the box office, by phone, or online?",
    choices=[
        Choice(code="box_office", label="at the box office", synonyms=["box office"]),
        Choice(code="phone", label="by phone", synonyms=["phone", "rang"]),
        Choice(code="online", label="online", synonyms=["website"]),
    ],
)


def test_a_count_of_things_to_a_question_counting_persons_is_asked_again():
    assert _read(_CREWS, "Nine vans.").status == "invalid"
    assert _read(_CREWS, "Forty volunteers.").value == 40


@pytest.mark.parametrize("text", ["Over my dead body.", "Oh sure, when pigs fly.", "Not in a million years."])
def test_idioms_of_refusal_are_a_no_read_back(text):
    n = _read(_TRIAL, text)
    assert (n.status, n.value, n.method) == ("valid", "no", "inferred")


def test_not_against_it_is_a_yes_read_back():
    n = _read(_TRIAL, "I'm not against it.")
    assert (n.status, n.value, n.method) == ("valid", "yes", "inferred")


def test_a_choice_named_only_in_the_reason_is_not_chosen():
    n = _read(_BOOKED, "Online, because the box office queue was endless.")
    assert (n.status, n.value, n.method) == ("valid", "online", "inferred")
