"""Classes of misses found by reading every miss of blind2 and blind3 once they became development
corpora (issue 11). Each rule is general and has near misses that must stay a re-ask (or keep their
old reading): a wrong value stored is worse than asking again."""

from datetime import date, datetime, timezone
from pathlib import Path

from customario.definitions import Question, load_definition
from customario.definitions.models import Choice
from customario.dialogue.answers import normalise
from customario.dialogue.policy import CallTool
from customario.dialogue.survey_flow import SurveyPolicy

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 12, 2)  # a Wednesday
STAY_AGAIN = Question(id="again", type="yes_no", text="Would you stay with us again?")
NPS = Question(id="recommend", type="nps", text="How likely are you to recommend us?")
PLAN = Question(
    id="plan",
    type="single_choice",
    text="Which plan would you choose?",
    choices=[
        Choice(code="basic", label="Basic"),
        Choice(code="plus", label="Plus"),
        Choice(code="ultra", label="Ultra"),
    ],
)
INSTALL = Question(id="install", type="date", text="When would you like the installation?")
RIDES = Question(id="rides", type="number", text="How many rides did you take in the last seven days?", min=0, max=40)


def _n(q, text):
    return normalise(q, text, today=TODAY)


def test_a_bare_maybe_is_asked_again_not_a_dont_know():
    assert _n(STAY_AGAIN, "Maybe.").status == "invalid"  # between yes and no (blind3 hs-096)
    assert _n(STAY_AGAIN, "Perhaps.").status == "invalid"
    assert _n(NPS, "maybe").status == "invalid"  # names no value
    assert _n(NPS, "maybe a seven").value == 7  # a hedged value still counts
    assert _n(PLAN, "Undecided.").status == "dont_know"
    assert _n(STAY_AGAIN, "I don't know.").status == "dont_know"


def test_dont_know_said_as_a_whole_answer_only():
    assert _n(PLAN, "I haven't decided yet.").status == "dont_know"
    assert _n(INSTALL, "I'll have to check my calendar.").status == "dont_know"
    assert _n(RIDES, "I lose count, honestly.").status == "dont_know"
    # near misses: a value comes with the words, so no code is stored
    assert _n(PLAN, "I haven't decided yet, probably Plus").value == "plus"
    assert _n(RIDES, "I lose count, ten or so").value == 10
    assert _n(INSTALL, "I'll have to check, maybe Friday").status != "dont_know"
    assert _n(PLAN, "I haven't decided between Plus and Ultra").status == "invalid"


def test_idioms_of_assent_are_yes():
    for text in ("Aye.", "Aye, we would.", "You bet.", "Oh, in a heartbeat.", "By all means.", "Without a doubt."):
        assert _n(STAY_AGAIN, text).value == "yes", text
    assert _n(STAY_AGAIN, "No, without a doubt.").value == "no"  # the plain no comes first
    assert _n(STAY_AGAIN, "I bet you'd like that.").status == "invalid"
    assert _n(STAY_AGAIN, "Aye right, as if.").status == "invalid"  # a scoffing no: asked again
    assert _n(STAY_AGAIN, "You bet I won't.").status == "invalid"
    assert _n(STAY_AGAIN, "In a heartbeat? Not a chance.").value != "yes"


HOTEL = load_definition(ROOT / "tests/corpus/answers/blind3/surveys/hotel_stay.yaml")
BOOKING = HOTEL.question("booking_channel")
AMENITIES = HOTEL.question("amenities")
REASON = load_definition(ROOT / "tests/corpus/answers/blind2/surveys/clinic_visit.yaml").question("reason")


def test_all_of_them_never_takes_in_the_none_choice():
    every = ["pool", "fitness", "spa", "restaurant", "room_service", "parking"]
    assert _n(AMENITIES, "all of them").value == every
    n = _n(AMENITIES, "All of them except parking, we came by train.")
    assert (n.value, n.method) == (every[:-1], "inferred")
    assert _n(AMENITIES, "none of them").value == ["none"]
    assert _n(AMENITIES, "all of them except the sauna thing").value == [c for c in every if c != "spa"]
    assert _n(AMENITIES, "all of them except the bar").status == "invalid"  # what is left out is unknown


def test_the_place_phoned_is_not_the_channel():
    n = _n(BOOKING, "Just phoned the front desk and booked.")
    assert (n.value, n.method) == ("phone", "inferred")
    assert _n(BOOKING, "front desk").value == "walk_in"
    assert _n(BOOKING, "walked up to the front desk and booked, after I phoned").value == "walk_in"  # read back
    assert _n(BOOKING, "I phoned the travel agent and booked").value == "travel_agent"  # the agent booked it
    assert _n(BOOKING, "I called the front desk").status == "invalid"  # 'called' names the phone choice too


def test_a_web_address_said_aloud_and_own_after_a_possessive():
    assert _n(BOOKING, "Through booking dot com.").value == "online_agency"
    assert _n(BOOKING, "booking.com").value == "online_agency"
    assert _n(BOOKING, "Directly on your own site.").value == "direct_web"
    assert _n(BOOKING, "the hotel's own website").value == "direct_web"
    assert _n(BOOKING, "booking").status == "invalid"
    assert _n(BOOKING, "on my own").status == "invalid"


def test_a_choice_by_its_number_in_the_list():
    n = _n(REASON, "Uh, number four.")
    assert (n.value, n.method) == ("vaccine", "ordinal")  # read back
    assert _n(REASON, "I'll take number three.").value == "follow_up"
    assert _n(REASON, "option 2").value == "sick_visit"
    assert _n(REASON, "number six").status == "invalid"  # beyond the five choices
    assert _n(REASON, "number four or five").status == "invalid"
    assert _n(REASON, "the number four bus").status == "invalid"
    assert _n(REASON, "number one hundred").status == "invalid"


CLEAN = HOTEL.question("cleanliness")


def test_one_mistyped_word_is_read_back_as_the_word_it_is_one_edit_from():
    for q, text, value in (
        (NPS, "eigth", 8),
        (NPS, "sevn", 7),
        (STAY_AGAIN, "yse", "yes"),
        (STAY_AGAIN, "yess", "yes"),  # yes or yeah? the same value either way
        (CLEAN, "spotles", 5),  # a one-word scale label
    ):
        n = _n(q, text)
        assert (n.value, n.method, n.lenient) == (value, "fuzzy", True), text
    assert _n(NPS, "ine").status == "invalid"  # one or nine
    assert _n(NPS, "elevn").status == "invalid"  # eleven: out of range stays out of range
    assert _n(STAY_AGAIN, "mo").status == "invalid"  # too short to correct
    assert _n(CLEAN, "very dirrty").status == "invalid"  # only a whole one-word answer
    assert _n(RIDES, "sevn").value == 7


GYM = load_definition(ROOT / "tests/corpus/answers/blind3/surveys/gym_membership.yaml")
TRAINER = GYM.question("personal_trainer")
WFH = Question(id="wfh", type="yes_no", text="Does anyone in your home work from home at least one day a week?")
USUALLY = Question(id="usually", type="yes_no", text="Do you usually ride the bus on weekdays?")


def test_less_often_than_the_least_asked_is_no():
    n = _n(WFH, "Only once a month.")
    assert (n.value, n.method) == ("no", "inferred")  # read back
    assert _n(WFH, "three days a week").value == "yes"
    assert _n(WFH, "once a month, sometimes twice a week").status == "invalid"  # both
    assert _n(USUALLY, "once a month").status == "invalid"  # no least frequency asked


def test_a_number_of_times_to_have_you_is_yes():
    for text in ("Once, for the free intro session.", "twice", "a few times"):
        n = _n(TRAINER, text)
        assert (n.value, n.method) == ("yes", "inferred"), text
    assert _n(TRAINER, "never once").value == "no"
    assert _n(TRAINER, "once, but not a personal one").status == "invalid"
    assert _n(STAY_AGAIN, "once").status == "invalid"  # not a have-you question


def test_personal_and_private_are_refusals_only_as_a_verdict_on_the_question():
    assert _n(TRAINER, "Yes, I had a personal trainer for a month.").value == "yes"
    assert _n(TRAINER, "No personal trainer for me").value == "no"
    for text in ("That's personal.", "Private.", "that's a personal question", "It's private, next."):
        assert _n(TRAINER, text).status == "refused", text


def test_an_english_word_is_never_taken_for_a_typo():
    # "for" and "tree" are no typos of four and three; said where a number stands they sound like
    # one (blind8/blind9: "Tree nights."), which is only ever read back (fuzzy), never stored as said
    for text, value in (("for", 4), ("tree", 3)):
        assert (_n(NPS, text).value, _n(NPS, text).method) == (value, "fuzzy")
    assert _n(NPS, "I'd go for it").status == "invalid"
    assert _n(RIDES, "once").value == 1  # a count of occasions, not a typo of one
    assert (
        _n(Question(id="h", type="number", text="How many people live in your household?", min=1, max=9), "once").status
        == "invalid"
    )


def _hotel(*answers):
    noon = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)
    policy = SurveyPolicy(HOTEL, {"first_name": "Sam"}, now=lambda: noon)
    policy.opening()
    policy.respond("yes")
    for said in answers:
        policy.respond(said)
    return policy


def _stored(actions):
    return {a.arguments["question_id"]: a.arguments for a in actions if isinstance(a, CallTool)}


def test_a_value_taken_back_marks_a_correction_of_the_question_it_names():
    p = _hotel("two", "November 26th")
    assert p.current.id == "cleanliness"
    p.respond("Oh wait, the check-in was the twenty-seventh, not the twenty-sixth.")
    assert p.phase == "confirm" and p.pending["n"].value == "2026-11-27"  # a day without a month: read back
    assert _stored(p.respond("yes"))["checkin_date"]["value"] == "2026-11-27" and p.current.id == "cleanliness"
    # near misses: a value taken back that names no earlier question answers the current one
    p = _hotel("two", "November 26th")
    said = p.respond("Four, not five.")
    assert "checkin_date" not in _stored(said) and p.current.id == "cleanliness"
    # a value taken back that names the current question answers it ("The pool, not the spa.")
    p = _hotel("two", "November 26th", "four", "online travel agency")
    assert p.current.id == "amenities"
    said = p.respond("The pool, not the spa.")
    if p.phase == "confirm":  # a negator beside a named choice is read back (answer_risk)
        said = p.respond("yes")
    assert _stored(said)["amenities"]["value"] == ["pool"]


def test_put_yes_for_a_question_named_by_its_words():
    p = _hotel("two", "November 26th", "four", "online travel agency", "the pool", "no")
    assert p.current.id == "recommend_hotel"
    said = p.respond("Before that, about staying again, put yes.")
    if p.phase == "confirm":  # a change said with "before that" is read back first (answer_risk)
        said = p.respond("yes")
    assert _stored(said)["would_return"]["value"] == "yes" and p.current.id == "recommend_hotel"
    p = _hotel("two", "November 26th", "four", "online travel agency", "the pool", "no")
    assert not _stored(p.respond("I'd put it at a seven, about staying again I'm not sure")).get("would_return")


def test_clauses_of_a_multi_choice_correction_that_build_one_list():
    p = _hotel("two", "November 26th", "four", "online travel agency", "the pool")
    assert p.current.id == "would_return"
    p.respond("Go back, we used room service too, so pool and room service.")
    # read back first (a value found in clauses), then stored
    assert p.phase == "confirm" and p.pending["n"].value == ["pool", "room_service"]
    assert _stored(p.respond("yes"))["amenities"]["value"] == ["pool", "room_service"]
    p = _hotel("two", "November 26th", "four", "online travel agency", "the pool")
    p.respond("Go back, we used room service, or was it the spa, so pool and spa.")
    assert p.phase != "confirm"  # two lists, neither holds the other: the question is asked again


def test_a_label_said_without_its_leading_article():
    assert _n(BOOKING, "online travel agency").value == "online_agency"  # label: "an online travel agency"
    assert _n(BOOKING, "travel agent").value == "travel_agent"
    assert _n(BOOKING, "the agency").status == "invalid"
    assert _n(AMENITIES, "fitness room and room service").value == ["fitness", "room_service"]


NIGHTS = HOTEL.question("nights")


def test_the_number_said_with_the_questions_own_unit():
    for text, value in (
        ("Three nights, four days.", 3),
        ("it was twenty-one nights, we were there three weeks for my son's wedding", 21),
    ):
        n = _n(NIGHTS, text)
        assert (n.value, n.method) == (value, "inferred"), text  # read back
    assert _n(NIGHTS, "four days").status == "invalid"  # another unit only: asked in nights
    assert _n(NIGHTS, "two nights and then three nights").status == "invalid"
    assert _n(NIGHTS, "three nights a month").status == "invalid"  # a rate
    assert _n(NIGHTS, "three nights, no, four nights").value == 4


def test_a_total_the_caller_ends_a_sum_with():
    n = _n(RIDES, "Twice a day, five days, so ten.")
    assert (n.value, n.method) == (10, "inferred")
    assert _n(RIDES, "three and four, that's seven").value == 7
    assert _n(RIDES, "ten, so maybe twelve").status == "invalid"  # a second guess, not a total
    assert _n(RIDES, "five or six, so ten").status == "invalid"


def test_just_the_one_to_how_many():
    assert _n(RIDES, "Just the one.").value == 1
    assert _n(RIDES, "just the one bus").status == "invalid"  # which one, not how many
    assert _n(NPS, "just the one").status == "invalid"


# ---- found by reading only the wrong values stored on the held-out corpus blind4 (safety) ----
LIBRARY = load_definition(ROOT / "tests/corpus/answers/blind4/surveys/library_visit.yaml")
CAR = load_definition(ROOT / "tests/corpus/answers/blind4/surveys/car_service.yaml")
SERVICES = LIBRARY.question("services_used")
PURPOSE = LIBRARY.question("visit_purpose")
EXPLAINED = CAR.question("explained_work")
NEXT_SERVICE = CAR.question("next_service")


def test_someone_else_dealt_with_it_is_a_dont_know_not_a_no():
    assert _n(EXPLAINED, "I didn't talk to anyone, my son handled all of it.").status == "dont_know"
    assert _n(EXPLAINED, "No, my son handled all of it").value == "no"  # a plain no is an answer
    assert _n(EXPLAINED, "My son handled it, and yes he did").value == "yes"
    assert _n(EXPLAINED, "I didn't talk to anyone.").value == "no"


def test_a_question_back_is_not_a_yes_or_no():
    assert _n(EXPLAINED, "Was it supposed to come Tuesday? I never got a date.").status == "invalid"
    assert _n(EXPLAINED, "Did he? No, he didn't.").value == "no"  # the plain no after it answers
    assert _n(EXPLAINED, "He never explained anything.").value == "no"


def test_a_choice_named_beside_a_dont_know_is_read_back_not_coded():
    n = _n(SERVICES, "Meeting rooms. Oh, and the book club, I forgot.")
    assert (n.value, n.method) == (["meeting_rooms", "book_clubs"], "inferred")
    assert _n(PURPOSE, "not sure, probably books").lenient
    assert _n(SERVICES, "I forgot").status == "dont_know"
    assert _n(PLAN, "Plus or Ultra, not sure yet").status == "invalid"  # two: asked again


def test_a_listed_item_that_names_no_choice_makes_the_list_read_back():
    n = _n(SERVICES, "Libby, and the photocopier once or twice.")
    assert (n.value, n.lenient) == (["printers"], True)  # never stored as the shorter list unread
    assert not _n(SERVICES, "the printers and the meeting rooms").lenient
    assert not _n(SERVICES, "printers, it was handy").lenient  # a remark, not an item


def test_the_opposite_of_the_choices_verb_is_read_back():
    n = _n(PURPOSE, "I just went to drop back some books that were due.")
    assert (n.value, n.lenient) == ("borrow_books", True)
    assert not _n(PURPOSE, "to get a book").lenient
    assert not _n(PURPOSE, "returning books and borrowing some more").lenient  # the label's verb too


def test_a_weekday_counted_from_another_date():
    n = _n(NEXT_SERVICE, "The Monday after New Year's.")
    assert (n.value, n.method) == ("2027-01-04", "inferred")  # never New Year's Day itself
    assert _n(NEXT_SERVICE, "the Friday before Christmas").value == "2026-12-18"
    assert _n(NEXT_SERVICE, "the week after Christmas").status == "invalid"  # seven days
    # on Wednesday 2 December the Monday after next is the 14th by both readings (read back)
    assert (_n(NEXT_SERVICE, "the Monday after next").value, _n(NEXT_SERVICE, "the Monday after next").method) == (
        "2026-12-14",
        "inferred",
    )
    assert _n(NEXT_SERVICE, "the day after Christmas").value == "2026-12-26"


def test_an_answer_taken_back_by_quoting_it():
    noon = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)
    campaign = load_definition(ROOT / "customario/campaigns/customer_feedback/customer_feedback.yaml")
    p = SurveyPolicy(campaign, {"first_name": "Sam"}, now=lambda: noon)
    p.opening()
    p.respond("yes")
    for said in ("six", "three", "yes", "online"):
        p.respond(said)
    current = p.current.id
    said = p.respond("Wait, I said online before, but it was the store.")
    if p.phase == "confirm":  # "wait", "but" beside the value: read back first (answer_risk)
        said = p.respond("yes")
    assert _stored(said)["channel"]["value"] == "store" and p.current.id == current
    assert current not in _stored(said)
    # near miss: the quoted words are no earlier answer, so nothing earlier changes
    said = p.respond("I said maybe before, but it was fine.")
    assert "channel" not in _stored(said) and "recommend" not in _stored(said)


def test_a_vague_how_often_is_no_stated_period():
    assert _n(WFH, "Occasionally.").status == "invalid"  # may still be weekly (blind hi-work_from_home-11)
    assert _n(WFH, "rarely").status == "invalid"
    assert _n(WFH, "a couple of times a year").value == "no"


SUGGESTIONS = GYM.question("suggestions")


def test_an_open_answer_beside_a_dont_know_is_stored_not_coded():
    for text in (
        "Um, I dunno, maybe, like, more parking? The lot is always full.",
        "idk man, better boxes? stuff was crushed",
        "I don't know, just everything.",
    ):
        n = _n(SUGGESTIONS, text)
        assert (n.status, n.value) == ("valid", text), text
    for text in (
        "I don't know.",
        "Hmm, I'm not sure.",
        "I honestly couldn't tell you.",
        "I don't know, nothing comes to mind.",
        "Not sure, I'll ask my husband.",
        "I don't know really.",
    ):
        assert _n(SUGGESTIONS, text).status == "dont_know", text


def test_someone_else_dealt_with_it_but_the_rest_reads_as_yes_or_no_is_asked_again():
    assert _n(EXPLAINED, "My wife did everything, they explained it to her fine I think").status == "invalid"
    assert _n(EXPLAINED, "I wasn't there, my husband dealt with it").status == "dont_know"
    assert _n(SUGGESTIONS, "I don't know, not much really").status == "dont_know"


VISITS_MONTH = GYM.question("visits_per_month")


def test_a_number_beside_every_day_that_agrees_with_it():
    assert _n(VISITS_MONTH, "Twenty-five, I'm there nearly every day.").value == 25
    assert _n(VISITS_MONTH, "about twenty-eight, I go every day").value == 28
    for text in (
        "two, I'm there every day",  # two a day?
        "twenty-five every day",  # no clause of its own
        "Four, every week",
        "Four, I go every week",  # four a week?
        "three times a week",
        "Thirty, I go every day, twice on Sundays",
    ):
        assert _n(VISITS_MONTH, text).status == "invalid", text
