"""Voice classes of 7 December 2026 (issue 11, stop 49), read from the answers blind53 voice sample.

- A lone auxiliary other than "would" ("didn't") heard in reply to "Would you like us to stop
  calling this number?" is neither yes nor no: through the telephone band a caller's "yes" came out
  as "didn't" and the call went on as if they had said no (us-f4-140 phone). It is asked again
  with 1 and 2 offered, as any unclear reply.
- Words the recogniser's dictionary lacks ("improvers", "motorway", "e-book") get a pronunciation
  built from dictionary words instead of dropping every phrase that holds them from the model.
- Don't-knows and refusals closed with a word of courtesy ("couldn't tell you, love") are in the
  closed questions' models, each form one the parser reads as its code.
"""

import pytest

from customario.conversation.voice.courtesy_forms import COURTESY_TAILS, courtesy_forms
from customario.conversation.voice.phrases import decoder_phrases
from customario.conversation.voice.pronounce import pronunciation
from customario.definitions import parse_definition
from customario.dialogue.answers import normalise
from customario.dialogue.optout import CONFIRM_QUESTION
from customario.dialogue.survey_flow import SurveyPolicy
from customario.dialogue.survey_readback import STOP_QUESTION_AUXILIARIES, other_auxiliary

SWIM = {
    "name": "swim_lessons",
    "kind": "survey",
    "consent": {"required": False},
    "questions": [
        {"id": "recommend", "type": "nps", "text": "How likely are you to recommend the school?"},
        {"id": "group", "type": "single_choice", "text": "Which group was your child in?",
         "choices": [{"code": "beginners", "label": "beginners"}, {"code": "improvers", "label": "improvers"},
                     {"code": "advanced", "label": "advanced"}]},
        {"id": "warm", "type": "yes_no", "text": "Was the pool warm enough?"},
        {"id": "swimmers", "type": "number", "text": "How many children swim with us?", "min": 0, "max": 8},
        {"id": "progress", "type": "scale", "text": "From 1 to 5, how much progress?", "min": 1, "max": 5},
    ],
}  # fmt: skip


def _campaign():
    return parse_definition(SWIM, "test")


def _stop_asked() -> SurveyPolicy:
    policy = SurveyPolicy(_campaign(), tz="UTC", channel="phone")
    policy.opening()
    said = policy.respond("stop calling me eight eight", confidence=0.0)
    assert said[-1].text == CONFIRM_QUESTION
    return policy


# --- a lone other auxiliary to the stop question -------------------------------------------------


@pytest.mark.parametrize("reply", ["didn't", "it did", "they won't", "don't"])
def test_other_auxiliary_to_the_stop_question_is_asked_again_with_keys(reply):
    policy = _stop_asked()
    said = policy.respond(reply, confidence=0.05)
    assert not policy.ended
    assert said[-1].text.startswith("Sorry, I didn't catch that. " + CONFIRM_QUESTION)
    assert said[-1].text.endswith("Or press 1 for yes or 2 for no.")
    done = policy.respond_keypad("1")
    assert policy.ended and any(getattr(a, "name", None) == "opt_out" for a in done)


@pytest.mark.parametrize("reply, ends", [("no", False), ("i wouldn't", False), ("yes", True)])
def test_the_stop_questions_own_answers_still_count(reply, ends):
    policy = _stop_asked()
    policy.respond(reply, confidence=0.4)
    assert policy.ended is ends


def test_typed_didnt_keeps_its_reading():
    policy = _stop_asked()
    said = policy.respond("didn't", confidence=None)
    assert not policy.ended and "carry on" in said[-1].text


def test_would_is_the_stop_questions_own_auxiliary():
    assert not other_auxiliary("i would", STOP_QUESTION_AUXILIARIES)
    assert not other_auxiliary("wouldn't", STOP_QUESTION_AUXILIARIES)
    assert other_auxiliary("didn't", STOP_QUESTION_AUXILIARIES)
    assert other_auxiliary("didn't")  # the read-back's own rule is unchanged


# --- pronunciations built from dictionary words ---------------------------------------------------

_DICT = {
    "improve": "IH M P R UW V",
    "motor": "M OW T ER",
    "way": "W EY",
    "e": "IY",
    "book": "B UH K",
    "bike": "B AY K",
    "box": "B AA K S",
    "party": "P AA R T IY",
    "hope": "HH OW P",
    "run": "R AH N",
    "rod": "R AA D",
    "hoover": "HH UW V ER",
    "hoo": "HH UW",
    "fibre": "F AY B ER",
    "glass": "G L AE S",
    "ride": "R AY D",
    "rides": "R AY D Z",
    "share": "SH EH R",
    "hare": "HH EH R",
}


@pytest.mark.parametrize(
    "word, said",
    [
        ("improvers", "IH M P R UW V ER Z"),
        ("improver", "IH M P R UW V ER"),
        ("motorway", "M OW T ER W EY"),
        ("motorways", "M OW T ER W EY Z"),
        ("e-books", "IY B UH K S"),
        ("bikes", "B AY K S"),
        ("boxes", "B AA K S IH Z"),
        ("parties", "P AA R T IY Z"),
        ("hoped", "HH OW P T"),
        ("rodded", "R AA D IH D"),
        ("runner", "R AH N ER"),
        ("book", "B UH K"),
        ("hoovered", "HH UW V ER D"),  # the dictionary stem, not "hoo" + a made-up "vere"
        ("fibreglass", "F AY B ER G L AE S"),  # "-ss" is no plural
        ("rideshare", "R AY D SH EH R"),  # the longer second part: not "rides" + "hare"
    ],
)
def test_a_missing_word_is_pronounced_from_its_parts(word, said):
    assert pronunciation(_DICT.get, word) == said


@pytest.mark.parametrize("word", ["gp", "xray", "1040", "lyft", "e-zzz"])
def test_no_pronunciation_without_parts(word):
    assert pronunciation(_DICT.get, word) is None


def test_the_recogniser_keeps_phrases_with_derived_words():
    pytest.importorskip("pocketsphinx")
    from customario.conversation.voice import _sphinx

    decoder = _sphinx._get_decoder()
    assert decoder.lookup_word("improvers") is None
    assert _sphinx._in_dictionary(decoder, "it was the improvers")
    assert not _sphinx._in_dictionary(decoder, "it was the qzxv")


# --- codes closed with a word of courtesy ---------------------------------------------------------


def test_every_courtesy_form_is_read_as_its_code_on_every_closed_question():
    for q in _campaign().questions:
        forms = courtesy_forms(q)
        assert "couldn't tell you love" in forms and "rather not thanks" in forms
        for form in forms:
            head = form.rsplit(" ", 1)[0]
            assert normalise(q, form).status == normalise(q, head).status in ("dont_know", "refused"), (q.id, form)


def test_courtesy_forms_are_in_the_models_and_follow_the_codes_allowed():
    q = _campaign().question("group")
    assert "couldn't tell you love" in decoder_phrases(q)
    no_dk = q.model_copy(update={"allow_dont_know": False})
    assert not any(f.startswith("couldn't tell you") for f in courtesy_forms(no_dk))
    assert "rather not thanks" in courtesy_forms(no_dk)
    assert all(f.rsplit(" ", 1)[1] in COURTESY_TAILS for f in courtesy_forms(q))
