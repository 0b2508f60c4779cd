"""Classes of wrong values stored on blind6 at first contact (only its wrong items were read; the
phrasings and questions here are our own). Each rule is general and has near misses that must keep
their reading or be asked again: a wrong value stored is worse than asking again."""

from datetime import date

from customario.definitions import Question
from customario.definitions.models import Choice
from customario.dialogue import yesno
from customario.dialogue.answers import LENIENT_METHODS, normalise

TODAY = date(2026, 12, 2)  # a Wednesday
BIKES = Question(id="bikes", type="number", text="How many bikes do you keep at home?", min=0, max=30)
TREES = Question(id="trees", type="number", text="How many trees did the crew plant in your garden?", min=1, max=50)
SPEND = Question(id="spend", type="number", text="How much did you spend on fuel last month, in dollars?", min=0)
LATE = Question(id="late", type="yes_no", text="Did the courier arrive on time?")
LONG = Question(id="long", type="yes_no", text="Did the repair take more than an hour?")
HELPFUL = Question(id="helpful", type="yes_no", text="Was the driver helpful?")
RATING = Question(id="rating", type="nps", text="How likely are you to recommend us, from 0 to 10?")
PICKUP = Question(id="pickup", type="date", text="When should we pick up the old boiler?")
ADDONS = Question(
    id="addons",
    type="multi_choice",
    text="Which add-ons did you order: gift wrap, express shipping, insurance, or none?",
    choices=[
        Choice(code="gift_wrap", label="gift wrap", synonyms=["wrapping"]),
        Choice(code="express", label="express shipping", synonyms=["express", "next day"]),
        Choice(code="insurance", label="insurance", synonyms=["cover"]),
        Choice(code="none", label="none of these", synonyms=["none", "nothing"]),
    ],
)


def _n(q, text):
    return normalise(q, text, today=TODAY)


def test_things_counted_in_parts_are_added_up_and_read_back():
    got = _n(BIKES, "Two tandems and a unicycle.")
    assert (got.value, got.method in LENIENT_METHODS) == (3, True)
    assert _n(TREES, "three apples, plus one pear").value == 4
    # only some parts name what is asked: is the rest one of them? Asked again, never guessed
    assert _n(TREES, "Twelve trees and two shrubs.").status == "invalid"
    assert _n(BIKES, "Two road bikes and a scooter.").status == "invalid"
    # ... unless WordNet says it is: a tandem is a bike (summed, read back)
    assert _n(BIKES, "Two road bikes and a tandem.").value == 3
    # near misses: a part without its number, or no list of things, is not a sum
    assert _n(BIKES, "Two bikes and some scooters.").status == "invalid"
    assert _n(BIKES, "Zero, I sold them all.").value == 0
    assert _n(BIKES, "Four, I think.").value == 4
    assert _n(SPEND, "Two hundred and fifty.").value == 250


def test_a_measure_of_power_volume_or_area_is_never_a_count():
    for text in ("It's a 6.6 kW system.", "about 300 litres", "the 40 square metre one", "a 5 kilowatt unit"):
        assert _n(TREES, text).status == "invalid", text
    assert _n(TREES, "Six, all apple trees.").value == 6


def test_a_double_negative_is_asked_again_never_a_no():
    for text in (
        "I wouldn't say they didn't turn up on time.",
        "It's not like it didn't take ages.",
        "Not that he wasn't helpful.",
    ):
        q = LATE if "time" in text else LONG if "ages" in text or "didn't." in text else HELPFUL
        assert _n(q, text).status == "invalid", text
    assert yesno.double_negative("i wouldn't say we didn't wait long")
    # near misses: one negation per clause keeps its reading
    assert _n(HELPFUL, "No, he wasn't, not at all.").value == "no"
    assert _n(LONG, "It didn't, no.").value == "no"
    assert _n(LONG, "Not at the moment.").status != "valid" or _n(LONG, "Not at the moment.").value == "no"
    assert not yesno.double_negative("not at the moment")


def test_a_no_beside_the_negated_opposite_agrees_with_it():
    got = _n(LATE, "Wasn't late, no.")
    assert (got.value, got.method) == ("yes", "inferred")
    assert _n(LATE, "No, it wasn't late at all.").value == "yes"
    assert _n(LATE, "Nope, it was late again.").value == "no"
    assert _n(LATE, "It was delayed.").value == "no"


def test_a_choice_taken_back_later_in_the_answer_is_left_out():
    assert _n(ADDONS, "Gift wrap. Oh and insurance. No, not the insurance, I removed it.").value == ["gift_wrap"]
    assert _n(ADDONS, "Express and gift wrap, oh wait, scratch the gift wrap.").value == ["express"]
    # near misses: "not just" adds, and a choice said again after its "not" stays
    assert _n(ADDONS, "Gift wrap and insurance, not just gift wrap.").value == ["gift_wrap", "insurance"]
    assert _n(ADDONS, "Not express, just the insurance.").value == ["insurance"]


def test_british_and_australian_week_counts():
    assert _n(PICKUP, "A fortnight today.").value == "2026-12-16"
    assert _n(PICKUP, "in a fortnight").value == "2026-12-16"
    assert _n(PICKUP, "Two weeks today").value == "2026-12-16"
    assert _n(PICKUP, "a week tomorrow").value == "2026-12-10"
    assert _n(PICKUP, "A week on Friday.").value == "2026-12-11"
    # near miss: "two weeks ago today" is not moved into the future
    assert _n(PICKUP, "Two weeks ago today").value != "2026-12-16"


def test_a_value_said_with_sarcasm_is_read_back():
    got = _n(RATING, "Oh sure, a ten, if you enjoy being on hold all day.")
    assert (got.value, got.method in LENIENT_METHODS) == (10, True)
    assert _n(RATING, "Yeah right, nine.").method in LENIENT_METHODS
    # near misses: plain enthusiasm is taken as said
    assert _n(RATING, "Oh, a ten, easily!").method not in LENIENT_METHODS
    assert _n(RATING, "Ten if you ask me.").method not in LENIENT_METHODS


# ---------------------------------------------------------------- in the conversation (real SQLite)
def _talk(db, settings, lines):
    import asyncio
    from datetime import datetime, timezone

    from customario.conversation.engine import TextConversation
    from customario.definitions.catalog import resolve_campaign

    stored = resolve_campaign(db, "customer_feedback")
    now = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)

    async def go():
        conv = await TextConversation.start(db, settings, stored, channel="simulation", now=lambda: now)
        replies = []
        for line in lines:
            if conv.ended:
                break
            replies.append(await conv.send(line))
        await conv.close()
        return conv, replies

    conv, replies = asyncio.run(go())
    rows = {r["question_id"]: r for r in db.query("SELECT * FROM answers WHERE call_id = ?", [conv.call_id])}
    return conv, replies, rows


def _settings(db_path):
    from customario.config import load_settings

    return load_settings(env={}, db=str(db_path), load_dotenv_file=False)


def test_an_earlier_choice_taken_back_with_an_afterthought_is_changed(db, db_path):
    import json

    conv, replies, rows = _talk(
        db,
        _settings(db_path),
        ["yes", "nine", "four", "yes", "online", "Hmm, it was by phone, not online, I forgot.", "yes"],
    )
    assert "by phone" in replies[-2][0]  # read back, then changed on the yes
    assert json.loads(rows["channel"]["value"]) == "phone"
    assert "praise" not in rows  # the correction is no answer to the question being asked


def test_ending_the_survey_in_so_many_words_is_no_answer_to_a_yes_no_question(db, db_path):
    conv, replies, rows = _talk(
        db, _settings(db_path), ["yes", "nine", "four", "I don't want to do this survey anymore."]
    )
    assert conv.ended
    assert "delivered_on_time" not in rows and set(rows) == {"recommend", "satisfaction"}


def test_a_score_names_the_recommendation_question_and_number_words_name_none():
    from customario.dialogue import references

    wait = Question(id="wait", type="scale", text="Rate the wait, from one, too long, to four, no wait.", min=1, max=4)
    nps = Question(id="recommend", type="nps", text="How likely are you to recommend us, from 0 to 10?")
    questions = [wait, nps, Question(id="notes", type="open", text="Anything to make your visit better?")]
    asked = ["wait", "recommend", "notes"]
    ref = references.find_reference("Actually change my score to a four.", questions, asked)
    assert ref is not None and ref.question.id == "recommend"
    ref = references.find_reference("Can you make that rating a two instead", questions, asked)
    assert ref is not None and ref.question.id == "wait"
    # near miss: naming the current question's own choices is an answer, not a correction
    assert references.find_reference("Express, exact change.", [ADDONS], ["addons"]) is None
