"""Spoken answers at a canal boat hire of the test's own (issue 11, voice20 of 5 December 2026): the
short don't-knows and refusals the forced answer pass may pick.

The forced answer pass runs only on an utterance the first pass heard as at most two words that
mean nothing there (``forced_passes.answer_unclear``); its grammar holds the question's short
answers and, besides the first five forms of each code, every don't-know and refusal of the
parser's own lists said in at most two words ("i'll pass", "next question", "beats me"). Each
form is coded by the answer parser as what it is, and a code taken from the pass is asked again
before it is read back: never stored without the caller's yes.

Model phrases, the parser and the policy only, no recogniser.
"""

from customario.conversation.voice import forced_for_policy
from customario.conversation.voice._sphinx import FORCED_ANSWER_CONFIDENCE
from customario.conversation.voice.forced_passes import FORCED_DONT_KNOW, FORCED_REFUSED, answer_unclear, forced_codes
from customario.conversation.voice.phrase_words import DONT_KNOW, REFUSED
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from customario.dialogue.policy import CallTool
from customario.dialogue.survey_flow import SurveyPolicy

CANAL_BOAT = {
    "name": "canal_boat",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "berths", "type": "number", "text": "How many berths did the boat have?", "min": 2, "max": 12},
        {"id": "locks", "type": "scale", "text": "How easy were the locks, from 1 to 5?", "min": 1, "max": 5},
        {"id": "route", "type": "single_choice", "text": "Which way did you cruise?",
         "choices": [{"code": "north", "label": "north to the aqueduct"},
                     {"code": "south", "label": "south to the basin"}]},
        {"id": "pets", "type": "yes_no", "text": "Did you bring a dog aboard?", "allow_refused": False},
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the hire?"},
    ],
}  # fmt: skip


def _campaign():
    return parse_definition(CANAL_BOAT, "test")


def test_every_short_code_of_the_parsers_lists_is_a_forced_form_and_is_coded_as_itself():
    campaign = _campaign()
    short_dont_know = {p for p in DONT_KNOW if len(p.split()) <= 2}
    short_refused = {p for p in REFUSED if len(p.split()) <= 2}
    assert {"beats me", "who knows", "no clue"} <= short_dont_know <= set(FORCED_DONT_KNOW)
    assert {"i'll pass", "next question", "not telling"} <= short_refused <= set(FORCED_REFUSED)
    # The first five of each stay (they were measured before the short forms joined them).
    assert FORCED_DONT_KNOW[:5] == ("i don't know", "don't know", "no idea", "not sure", "hard to say")
    assert FORCED_REFUSED[:5] == ("skip", "skip that", "pass", "no comment", "rather not say")
    for q in campaign.questions:
        for form in forced_codes(q):
            code = "dont_know" if form in FORCED_DONT_KNOW else "refused"
            assert normalise(q, form).status == code, (q.id, form)


def test_a_question_that_allows_no_refusal_gets_no_refusal_form():
    campaign = _campaign()
    pets = campaign.question("pets")
    assert not set(forced_codes(pets)) & set(FORCED_REFUSED)
    assert set(FORCED_DONT_KNOW) <= set(forced_codes(pets))
    assert "i'll pass" in forced_codes(campaign.question("locks"))


def test_a_short_code_heard_in_the_first_pass_is_not_sent_to_the_forced_pass():
    campaign = _campaign()
    q = campaign.question("berths")
    forms = [*forced_for_policy(_asking(campaign, "berths"))]
    assert "next question" in forms and "beats me" in forms
    assert not answer_unclear("next question", forms)  # heard whole: the policy reads it
    assert not answer_unclear("beats me", forms)
    assert answer_unclear("the", forms) and answer_unclear("", forms)
    assert normalise(q, "next question").status == "refused"


def _asking(campaign, qid: str) -> SurveyPolicy:
    policy = SurveyPolicy(campaign, channel="phone")
    policy.opening()
    answers = {"berths": "six", "locks": "four", "route": "north to the aqueduct", "pets": "no"}
    while policy.current is not None and policy.current.id != qid:
        policy.respond(answers[policy.current.id])
        while policy.phase == "confirm":
            policy.respond("yes")
    return policy


def test_a_refusal_picked_by_the_forced_pass_is_asked_again_then_read_back_never_stored_at_once():
    policy = _asking(_campaign(), "recommend")
    assert policy.current.id == "recommend"
    first = policy.respond("i'll pass", confidence=FORCED_ANSWER_CONFIDENCE)
    assert policy.phase == "question" and not any(isinstance(a, CallTool) for a in first)
    second = policy.respond("i'll pass", confidence=FORCED_ANSWER_CONFIDENCE)
    assert policy.phase == "confirm" and not any(isinstance(a, CallTool) for a in second)
    assert policy.pending["n"].status == "refused"
    stored = policy.respond("no")
    assert not any(isinstance(a, CallTool) and a.arguments.get("status") == "refused" for a in stored)
