"""A learned answer whose question names its action by a phrasal verb is answered directly only when the
caller names that action (s56urg, from kb blind66: "Can you put in new extensions for me?" was read the
learned answer about taking out extensions another salon put in). The caller may name it as the phrasal
verb with words between, by a WordNet synonym or a word related to one, or by a phrase WordNet lists as
a verb; otherwise the learned article is held just below the threshold and may only be offered.
Phrasings are the team's own."""

from __future__ import annotations

from customario.escalation.kb_learned import OTHER_ACTION, asks_action, held_for_action, learned_action
from customario.escalation.knowledge import SearchResult


def _learned(question: str, confidence: float = 0.9) -> dict:
    return {
        "id": 11,
        "source": "supervisor",
        "question": question,
        "answer": "Yes, we can; it is charged by the hour and needs a booking.",
        "confidence": confidence,
        "refused": None,
        "kind": None,
    }


def _result(query: str, hit: dict) -> SearchResult:
    return SearchResult(query=query, terms=query.lower().split(), hits=[hit], threshold=0.6)


def test_the_phrasal_verb_of_a_learned_question_is_found():
    assert learned_action("Will you take down the old satellite dish the last owner put up?") == ("take", "down")
    assert learned_action("Can my brother pick up the parcel for me?") == ("pick", "up")
    # a preposition is not a particle: "out of stock", "up to Canada"
    assert learned_action("Is the blue kettle out of stock?") is None
    assert learned_action("Do you send parcels up to Canada?") is None


def test_the_action_is_asked_in_other_words():
    action = ("take", "down")
    assert asks_action("could you take that old dish down for us", action)
    assert asks_action("do you dismantle satellite dishes", action)
    pick = ("pick", "up")
    assert asks_action("can my son collect the parcel on Friday?", pick)
    assert not asks_action("can you put up a new dish?", action)


def test_a_learned_answer_is_held_when_another_action_is_asked():
    res = _result("Can you put up a new satellite dish?", _learned("Will you take down the old satellite dish?"))
    assert held_for_action(res, 0.6)
    assert not res.confident
    assert res.best["refused"] == OTHER_ACTION.format("take down")
    assert 0.5 <= res.best["confidence"] < 0.6


def test_a_learned_answer_is_held_when_only_the_thing_is_named():
    res = _result("Do you do satellite dishes?", _learned("Will you take down the old satellite dish?"))
    assert held_for_action(res, 0.6)
    assert res.best["confidence"] == 0.59


def test_a_learned_answer_is_kept_when_the_action_is_asked():
    res = _result("can u pull down the dish on my roof", _learned("Will you take down the old satellite dish?"))
    assert not held_for_action(res, 0.6)
    assert res.confident and res.best["confidence"] == 0.9


def test_a_learned_answer_is_kept_when_another_verb_of_its_question_is_asked():
    learned = _learned("I want to shave off my beard to donate it, do you do that?")
    res = _result("Can I donate my beard at your barbers?", learned)
    assert not held_for_action(res, 0.6)
    assert res.confident


def test_the_action_named_as_a_noun_is_asked():
    assert asks_action("is there a kerbside pickup?", ("pick", "up"))
    assert asks_action("Do you offer a pick-up service?", ("pick", "up"))


def test_a_learned_answer_is_kept_when_words_beyond_the_thing_are_asked():
    learned = _learned("Can my brother pick up the parcel at your depot?")
    res = _result("could he just fetch the parcel from the depot", learned)
    assert not held_for_action(res, 0.6)
    assert res.confident
