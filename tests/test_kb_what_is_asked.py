"""The part of the profile the caller asked, not the one their story or a neighbouring word names
(issue 11): a story's days or people do not pick the item, a word naming another article's subject
holds back an article that only shares incidental words, joined questions take the part each asks,
the caller's situation chooses between parts that hold the ask alike, "the total" asks a price, and
what the caller does not want rules out the service whose name holds it. Phrasings are our own,
not the corpora's."""

import pytest

from customario.escalation.kb_fact import _joined_held, asked_part
from customario.escalation.kb_spoken import spoken_model_numbers
from customario.escalation.kb_suggest import suggestion
from customario.escalation.knowledge import search

SALON, STORE = "salon_reception", "pc_store_support"


@pytest.mark.parametrize(
    "question, fact, other",
    [
        # The story names weekdays; the ask names one day.
        ("I'm at the office Tuesday to Friday, so what time do you open on Saturday?", "9 am", "Tuesday"),
        ("My shifts are Thursdays and Fridays. When do you close on Wednesday?", "7 pm", "Thursday"),
        # The story after the ask names another service (children's cut) by its people.
        ("How long does a balayage take? My son has football at four.", "180 minutes", "30 minutes"),
        ("How long are highlights? I have to collect the kids from school after.", "150 minutes", "30 minutes"),
    ],
)
def test_the_ask_picks_the_item_not_the_story(kb, question, fact, other):
    result = search(kb, question, campaign=SALON)
    assert result.confident, result.best
    assert fact in result.best["excerpt"]
    assert other not in result.best["excerpt"]


def test_a_phrase_of_ours_names_the_words_of_a_service():
    """ "one shade all over" is read as a single-process colour, whose name it spells."""
    from customario.escalation.kb_service import _names_part

    assert _names_part("singleprocess", "single", ["single", "process", "colour"])
    # "colour correction" spells a word that is not in the name: it names no word of it.
    assert not _names_part("correction", "colour", ["single", "process", "colour"])


def test_a_whole_head_colour_is_timed_as_the_single_process(kb):
    result = search(kb, "How much time should I set aside for colouring my whole head one shade?", campaign=SALON)
    assert result.confident
    assert "90 minutes" in result.best["excerpt"]


@pytest.mark.parametrize(
    "question",
    [
        "how many hours before do I have to cancel for free",
        "how many hours ahead must I cancel so I don't pay anything?",
    ],
)
def test_a_word_naming_another_policy_holds_back_the_one_sharing_incidental_words(kb, question):
    """ "cancel" names the cancellation policy; the consultation policy only shares "hours",
    "before" and "free" ("48 hours before a first colour")."""
    result = search(kb, question, campaign=SALON)
    if result.confident:
        assert "24 hours" in result.best["excerpt"]
    else:
        offer = suggestion(result)
        assert offer is None or "48 hours" not in offer["answer"]
    assert not (result.confident and "48 hours" in result.best["excerpt"])


def test_each_of_two_joined_questions_takes_its_own_part():
    """The word itself outweighs a synonym of it, and the article's own subject words weigh half:
    the garage's name comes from the garage's clause, not from the street parking's."""
    article = {
        "question": "Where can I park? Is there parking nearby?",
        "answer": "Street parking is metered until 6 pm; the Mission-Bartlett garage is one block away on 21st Street.",
        "kind": "parking",
    }
    query = "which garage do people use when they visit, and on what street do I find it?"
    part = asked_part(query, {**article, "kind": None}, "")
    assert part is not None and "Mission-Bartlett" in part
    # "parking" is the article's own subject and the street clause's word; "garage" is the garage
    # clause's own word and only a synonym of the street clause's: the garage clause holds more.
    words, topic = ["name", "parking", "garage", "near"], article["question"]
    garage, street = (
        "the Mission-Bartlett garage is one block away on 21st Street",
        "Street parking is metered until 6 pm",
    )
    assert _joined_held(garage, words, topic) > _joined_held(street, words, topic)


def test_the_callers_situation_chooses_between_parts_that_hold_the_ask_alike(kb):
    """Both joined questions hold nothing of one part more than another ("keep part of the
    refund"): the part about what the caller did (installed a CPU) is read."""
    question = "I installed the CPU and it runs too hot for my cooler. Can I still return it, and do you keep part of the refund?"
    result = search(kb, question, campaign=STORE)
    offer = None if result.confident else suggestion(result)
    text = result.best["excerpt"] if result.confident else (offer or {}).get("answer", "")
    assert "15%" in text


@pytest.mark.parametrize(
    "question",
    [
        "I'd like a men's cut plus a beard trim, what's the total?",
        "what would the total be for a balayage and a keratin together",
    ],
)
def test_the_total_of_several_services_is_a_price_no_article_gives(kb, question):
    result = search(kb, question, campaign=SALON)
    assert not result.confident, result.best


@pytest.mark.parametrize(
    "question, answered",
    [
        ("women's cut, no blow-dry, how much?", None),
        ("how much is the women's haircut without the blow-dry part", None),
        # The blow-dry alone is still the blow-dry service.
        ("just a blow-dry, no haircut, how much?", "$45"),
    ],
)
def test_what_the_caller_does_not_want_rules_out_the_service_named_with_it(kb, question, answered):
    result = search(kb, question, campaign=SALON)
    if answered is None:
        assert not result.confident, result.best
    else:
        assert result.confident and answered in result.best["excerpt"]


def test_a_model_number_said_apart_from_its_suffix_is_joined():
    vocabulary = {"7800x3d", "7600x", "ddr5"}
    assert spoken_model_numbers("is the 7800 x3d ddr5 only", vocabulary) == "is the 7800x3d ddr5 only"
    assert spoken_model_numbers("does a 7600 x need new ram", vocabulary) == "does a 7600x need new ram"
    # Only into a word the articles use: an amount and its unit stay apart.
    assert spoken_model_numbers("my 750 w supply", vocabulary) == "my 750 w supply"


def test_a_model_number_said_apart_finds_its_article(kb):
    result = search(kb, "will the 7600 x take my old ddr4 kit", campaign=STORE)
    best = result.best if result.confident else suggestion(result)
    assert best is not None
    text = best["excerpt"] if result.confident else best["answer"]
    assert "DDR5" in text


@pytest.mark.parametrize("question", ["what warranty comes with a 4070 super", "4070 super warranty length?"])
def test_a_model_name_written_in_lower_case_is_still_an_example_of_its_kind(kb, question):
    """ "4070 super" is the articles' "RTX 4070 Super", a graphics card: the warranty rule for
    graphics cards covers it, its "super" does not set the question apart."""
    result = search(kb, question, campaign=STORE)
    offer = None if result.confident else suggestion(result)
    text = result.best["excerpt"] if result.confident else (offer or {}).get("answer", "")
    assert "3 years" in text
    assert "650 W" not in text


def test_a_word_for_a_kind_of_article_does_not_make_a_near_miss(kb):
    """ "policy" names a kind of article, not a subject: "your dead on arrival policy" is the
    warranty article's DOA rule, offered or answered, not refused as a near miss."""
    result = search(kb, "what's your dead on arrival policy?", campaign=STORE)
    offer = None if result.confident else suggestion(result)
    text = result.best["excerpt"] if result.confident else (offer or {}).get("answer", "")
    assert "dead on arrival" in text


@pytest.mark.parametrize(
    "question, person",
    [
        # kb blind13's wrong answer was read; these phrasings are our own
        ("is there someone good with kids?", "Jonah"),
        ("my daughter is nervous about haircuts, have you got anybody good with children?", "Jonah"),
        ("who does fades?", "Marcus"),
    ],
)
def test_a_person_asked_for_is_the_stylist_not_the_service_price(kb, question, person):
    result = search(kb, question, campaign=SALON)
    assert result.confident and person in result.best["excerpt"], result.best


def test_a_price_asked_for_a_kids_cut_is_still_the_service(kb):
    result = search(kb, "how much is a kids cut?", campaign=SALON)
    assert result.confident and "$28" in result.best["excerpt"]


@pytest.mark.parametrize(
    "question",
    ["what days are you open late?"],
)
def test_which_day_is_answered_with_the_whole_week(kb, question):
    """The caller compares the days (kb blind14's wrong answer, read 3 December): one day's hours
    would be a guess at the answer, the week's hours let the caller see it."""
    result = search(kb, question, campaign=SALON)
    assert result.confident, result.best
    assert "Saturday" in result.best["excerpt"] and "Tuesday" in result.best["excerpt"]


def test_which_day_is_never_one_days_hours(kb):
    for question in ("which day do you open earliest?", "Which evening are you open latest?"):
        result = search(kb, question, campaign=SALON)
        # the week's hours (its earliest or latest), never one day's article
        assert not result.confident or not result.best["question"].startswith("What are your hours on"), result.best


@pytest.mark.parametrize("question", ["wat is ur refnd polcy", "retrun polcy pls"])
def test_a_mistyped_word_for_the_whole_subject_reads_the_whole_article(kb, question):
    """ "policy" typed one letter off still asks for the whole subject (kb blind14's wrong answer,
    read 3 December): not one sentence of it."""
    result = search(kb, question, campaign=STORE)
    assert result.best is not None
    assert result.best["excerpt"] == result.best["answer"]
