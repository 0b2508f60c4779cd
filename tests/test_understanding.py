"""Understanding callers you can trust (issue 11): confidence and read-backs, out of range never in
range, corrections to any earlier answer, the don't-know probe, and the answer corpora (text)."""

import asyncio
import csv
import io
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from customario.config import load_settings
from customario.conversation.engine import TextConversation
from customario.definitions import Campaign, Question
from customario.definitions.catalog import add_campaign, resolve_campaign
from customario.dialogue import references
from customario.dialogue.answers import normalise
from customario.dialogue.policy import CallTool
from customario.dialogue.survey_flow import SurveyPolicy

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)
NPS = Question(id="recommend", type="nps", text="How likely?")


@pytest.fixture
def settings(db_path):
    return load_settings(env={}, db=str(db_path), load_dotenv_file=False)


def _talk(db, settings, stored, lines):
    async def go():
        conv = await TextConversation.start(db, settings, stored, channel="simulation", now=lambda: NOW)
        log = [(None, conv.opening)]
        for line in lines:
            if conv.ended:
                break
            log.append((line, await conv.send(line)))
        await conv.close()
        return conv, log

    return asyncio.run(go())


def _answers(db, call_id):
    return {r["question_id"]: r for r in db.query("SELECT * FROM answers WHERE call_id = ?", [call_id])}


def _survey(db, **understanding):
    base = resolve_campaign(db, "customer_feedback").campaign
    data = base.model_dump()
    data["name"] = "feedback_probe"
    data["understanding"] = {**data["understanding"], **understanding}
    stored, _ = add_campaign(db, Campaign.model_validate(data))
    return stored


def test_lenient_reading_is_read_back_and_stored_with_confidence(db, settings, cli):
    stored = resolve_campaign(db, "customer_feedback")
    conv, log = _talk(db, settings, stored, ["yes", "nine, no wait, eight", "yes", "four", "yes", "online", "faster"])
    assert "I heard eight, is that right?" in log[2][1][0]
    rows = _answers(db, conv.call_id)
    assert json.loads(rows["recommend"]["value"]) == 8 and rows["recommend"]["confirmed"] == 1
    assert rows["recommend"]["method"] == "text:self-corrected" and rows["recommend"]["confidence"] < 0.8
    assert rows["satisfaction"]["confirmed"] == 0 and rows["satisfaction"]["confidence"] == 1.0
    shown = cli("calls", "show", str(conv.call_id))
    assert shown.exit_code == 0 and "confidence" in shown.stdout and "confirmed" in shown.stdout
    shown = json.loads(cli("calls", "show", str(conv.call_id), "--json").stdout)
    assert {a["question_id"]: a["confirmed"] for a in shown["answers"]}["recommend"] == 1


def test_a_no_to_the_read_back_re_asks_and_two_noes_store_invalid(db, settings):
    stored = resolve_campaign(db, "customer_feedback")
    conv, log = _talk(db, settings, stored, ["yes", "the second one", "no", "four"])
    # nps: "the second one" is no number → re-ask; then a lenient scale answer is read back.
    assert "0 to 10" in log[2][1][0]
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy.respond("yes")
    out = policy.respond("six, no wait, seven")
    assert policy.phase == "confirm" and "seven" in out[0].text
    out = policy.respond("no")
    assert policy.phase == "question" and "how likely" in out[0].text.lower()
    out = policy.respond("six, no wait, seven")
    out = policy.respond("no, that's wrong")
    records = [a for a in out if isinstance(a, CallTool) and a.name == "record_answer"]
    assert records and records[0].arguments["status"] == "invalid" and records[0].arguments["value"] is None
    assert policy.current.id == "satisfaction"


def test_no_with_the_right_value_in_it(db):
    stored = resolve_campaign(db, "customer_feedback")
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy.respond("yes")
    policy.respond("seven, no wait, eight")
    out = policy.respond("no, six")
    records = [a for a in out if isinstance(a, CallTool) and a.name == "record_answer"]
    assert records[0].arguments["value"] == 6


def test_voice_confidence_below_the_threshold_is_read_back(db):
    stored = resolve_campaign(db, "customer_feedback")
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy.respond("yes", confidence=0.95)
    out = policy.respond("seven", confidence=0.4)
    assert policy.phase == "confirm" and out[0].text == "I heard seven, is that right?"
    out = policy.respond("yes", confidence=0.9)
    rec = [a for a in out if isinstance(a, CallTool)][0].arguments
    assert rec["value"] == 7 and rec["confirmed"] and rec["method"] == "voice:exact" and rec["confidence"] == 0.4
    out = policy.respond("four", confidence=0.97)
    rec = [a for a in out if isinstance(a, CallTool)][0].arguments
    assert rec["value"] == 4 and not rec["confirmed"]


def test_a_spoken_number_heard_beside_stray_fragments_is_read_back_even_when_certain(db):
    # blind3, us-klatt2-190 through the phone band: "Somewhere between eight and nine." was heard
    # as "five out it" at confidence 1.0 and stored as 5. Fillers alone ("uh seven") are not stray.
    stored = resolve_campaign(db, "customer_feedback")
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy.respond("yes", confidence=0.95)
    out = policy.respond("five out it", confidence=1.0)
    assert policy.phase == "confirm" and out[0].text == "I heard five, is that right?"
    assert not [a for a in out if isinstance(a, CallTool)]
    policy.respond("no", confidence=0.9)
    out = policy.respond("uh seven", confidence=1.0)
    rec = [a for a in out if isinstance(a, CallTool)][0].arguments
    assert rec["value"] == 7 and not rec["confirmed"]
    # Typed text is not speech: "five out it" typed is the parser's exact reading, stored at once.
    typed = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    typed.opening()
    typed.respond("yes")
    rec = [a for a in typed.respond("five out it") if isinstance(a, CallTool)][0].arguments
    assert rec["value"] == 5


def test_a_spoken_refusal_or_dont_know_below_the_read_back_threshold_is_asked_again(db):
    """'Minus two.' heard as 'i refuse' at 0.31 (held-out corpus blind3, us-f4-140 through the phone
    band) had been stored as a refusal: a code is never read back, so below ``confirm_below`` it is
    asked again; heard surely it is stored."""
    stored = resolve_campaign(db, "customer_feedback")
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy.respond("yes", confidence=0.95)
    out = policy.respond("i refuse", confidence=0.307)
    assert not [a for a in out if isinstance(a, CallTool)] and policy.phase != "confirm"
    out = policy.respond("i don't know", confidence=0.6)
    # the caller's last try before the re-ask limit: read back, never stored as a code without a yes
    assert not [a for a in out if isinstance(a, CallTool)] and policy.phase == "confirm"
    out = policy.respond("no", confidence=0.9)
    assert not [a for a in out if isinstance(a, CallTool)] and policy.current.id == "recommend"
    out = policy.respond("seven", confidence=0.95)
    recs = [a.arguments for a in out if isinstance(a, CallTool) and a.name == "record_answer"]
    assert [(r["question_id"], r["status"], r["value"]) for r in recs] == [("recommend", "valid", 7)]
    out = policy.respond("i refuse", confidence=0.95)
    rec = [a for a in out if isinstance(a, CallTool)][0].arguments
    assert (rec["question_id"], rec["status"]) == ("satisfaction", "refused")


@pytest.mark.parametrize(
    "text",
    [
        "eleven!",
        "twelve out of ten",
        "a hundred",
        "minus one",
        "seven or eight",
        "between fifty and sixty",
        "nine point five",
    ],
)
def test_out_of_range_is_never_in_range(text):
    assert normalise(NPS, text).status == "invalid"


@pytest.mark.parametrize("text", ["idk", "no idea", "not sure", "dunno", "beats me", "I have no clue"])
def test_dont_know_phrasings(text):
    assert normalise(NPS, text).status == "dont_know"


def test_dont_know_probe_when_the_campaign_asks_for_it(db, settings):
    stored = _survey(db, dont_know_probe=True)
    conv, log = _talk(db, settings, stored, ["yes", "idk", "maybe a six", "no idea", "no idea"])
    assert "best guess" in log[2][1][0]
    rows = _answers(db, conv.call_id)
    assert json.loads(rows["recommend"]["value"]) == 6
    assert rows["satisfaction"]["status"] == "dont_know"  # probed once, then stored
    plain = resolve_campaign(db, "customer_feedback")
    conv, log = _talk(db, settings, plain, ["yes", "idk"])
    assert _answers(db, conv.call_id)["recommend"]["status"] == "dont_know"


def test_change_any_earlier_answer_by_naming_it(db, settings):
    stored = resolve_campaign(db, "customer_feedback")
    conv, log = _talk(
        db,
        settings,
        stored,
        [
            "yes",
            "six",
            "four",
            "actually can you change my first answer to nine",
            "yes",
            "online",
        ],
    )
    assert "changed that to nine" in log[4][1][0] and "arrive on time" in log[4][1][0]
    rows = _answers(db, conv.call_id)
    assert json.loads(rows["recommend"]["value"]) == 9 and json.loads(rows["delivered_on_time"]["value"]) == "yes"


def test_go_back_to_a_named_question_then_resume(db, settings):
    stored = resolve_campaign(db, "customer_feedback")
    conv, log = _talk(
        db, settings, stored, ["yes", "six", "four", "go back to the recommendation question", "eight", "yes"]
    )
    assert "recommend" in log[4][1][0].lower()
    assert "arrive on time" in log[5][1][0]  # back to where the caller was
    rows = _answers(db, conv.call_id)
    assert json.loads(rows["recommend"]["value"]) == 8 and json.loads(rows["delivered_on_time"]["value"]) == "yes"


def test_question_references():
    stored_questions = [
        NPS,
        Question(id="sat", type="scale", text="How satisfied were you?", min=1, max=5),
        Question(id="on_time", type="yes_no", text="Did it arrive on time?"),
    ]
    asked = ["recommend", "sat", "on_time"]
    ref = references.find_reference("change my first answer to nine", stored_questions, asked)
    assert ref.question.id == "recommend" and ref.payload == "nine"
    ref = references.find_reference("I meant yes for the arrive on time one", stored_questions, asked)
    assert ref.question.id == "on_time" and ref.payload == "yes"
    assert references.find_reference("nine", stored_questions, asked) is None
    assert references.find_reference("the first one", stored_questions, asked) is None
    assert references.wants_repeat("what?") and references.wants_repeat("sorry, can you repeat that")
    assert not references.wants_repeat("seven")


def test_what_repeats_the_question_without_counting_an_attempt(db, settings):
    stored = resolve_campaign(db, "customer_feedback")
    conv, log = _talk(db, settings, stored, ["yes", "what?", "sorry?", "what?", "seven"])
    assert all("recommend" in log[i][1][0] for i in (2, 3, 4))
    row = _answers(db, conv.call_id)["recommend"]
    assert json.loads(row["value"]) == 7 and row["attempts"] == 1


def test_exports_show_confidence_and_confirmed(db, settings):
    from customario.analysis.exports import write_responses

    stored = resolve_campaign(db, "customer_feedback")
    _talk(db, settings, stored, ["yes", "nine, no wait, eight", "yes", "four", "yes", "online", "faster"])
    out = io.StringIO()
    write_responses(db, stored, out, "long")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    rec = next(r for r in rows if r["question_id"] == "recommend")
    assert rec["confirmed"] == "1" and float(rec["confidence"]) < 0.8 and rec["method"] == "text:self-corrected"
    out = io.StringIO()
    write_responses(db, stored, out, "wide")
    wide = list(csv.DictReader(io.StringIO(out.getvalue())))[0]
    assert wide["recommend"] == "8" and wide["recommend_confirmed"] == "1" and wide["satisfaction_confidence"] == "1.0"


def test_own_text_corpus_meets_the_targets():
    """Issue 11 target on the team's own corpus: >= 98 % right, nothing wrong stored as valid."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from answer_corpus import load_corpus, run_item, summarise

    items, surveys, today = load_corpus(ROOT / "tests/corpus/answers/own.yaml")
    assert len(items) >= 400
    verdicts = [run_item(i, surveys, today) for i in items]
    s = summarise(verdicts)
    wrong = [(v.item["id"], v.item["text"], v.stored) for v in verdicts if v.verdict == "wrong"]
    assert s["wrong"] == 0, wrong
    assert s["right"] / s["n"] >= 0.98, s


def test_noise_music_cough_and_silence_at_8_and_48_khz_give_no_answer():
    """Bad input by voice: nothing is heard as an answer, so the policy re-prompts (never a value)."""
    import numpy as np

    from customario.conversation.voice import _sphinx
    from customario.conversation.voice.phrases import decoder_phrases

    rng = np.random.default_rng(3)
    phrases = tuple(decoder_phrases(NPS))
    for rate in (8000, 48000):
        t = np.arange(int(rate * 1.5)) / rate
        music = sum(np.sin(2 * np.pi * f * t) for f in (261.6, 329.6, 392.0)) * 3000
        cough = np.zeros(int(rate * 1.2))
        cough[int(rate * 0.4) : int(rate * 0.65)] = rng.normal(0, 9000, int(rate * 0.65) - int(rate * 0.4))
        for pcm in (music, cough, rng.normal(0, 20, int(rate * 1.5))):
            text, conf, _pid = _sphinx.decode(pcm.astype("<i2").tobytes(), rate, phrases)
            heard = normalise(NPS, text)
            assert heard.status != "valid" or conf < 0.8


def test_voice_subset_stores_nothing_wrong():
    """A few spoken answers through the product recogniser (the fast subset of bench_answers.py):
    out of range is re-asked, nothing wrong is stored; read-backs are answered by voice too."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from answer_corpus import load_corpus, run_item
    from bench_answers import voice_hearing
    from voice_variants import Variant

    from customario.conversation.voice.stt import Recogniser

    items, surveys, today = load_corpus(ROOT / "tests/corpus/answers/own.yaml")
    pick = {
        "cu-recommend-01",
        "cu-recommend-39",
        "cu-recommend-04",
        "cu-delivered_on_time-01",
        "cu-channel-07",
        "cu-recommend-55",
        "cu-satisfaction-02",
        "ga-visited-19",
    }
    chosen = [i for i in items if i["id"] in pick]
    rec = Recogniser()
    try:
        hear = voice_hearing(Variant("klatt3-175", "en-us+klatt3", 175), rec)
        verdicts = [run_item(i, surveys, today, hear) for i in chosen]
    finally:
        rec.close()
    assert len(verdicts) == len(pick)
    assert [v.item["text"] for v in verdicts if v.verdict == "wrong"] == []
    assert sum(v.verdict == "right" for v in verdicts) >= len(verdicts) - 2


def test_an_unsure_open_transcript_is_read_back_and_a_no_asks_again(db):
    stored = resolve_campaign(db, "customer_feedback")
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy._ask(stored.campaign.question("improve"))
    out = policy.respond("pasta shooting", confidence=0.05)
    assert policy.phase == "confirm" and out[0].text == "I heard pasta shooting, is that right?"
    out = policy.respond("no", confidence=0.9)
    assert policy.phase == "question" and not [a for a in out if isinstance(a, CallTool)]
    out = policy.respond("faster shipping", confidence=0.95)
    rec = [a for a in out if isinstance(a, CallTool)][0].arguments
    assert rec["value"] == "faster shipping" and not rec["confirmed"]
    typed = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    typed.opening()
    typed._ask(stored.campaign.question("improve"))
    out = typed.respond("honestly nothing")
    assert [a for a in out if isinstance(a, CallTool)][0].arguments["value"] == "honestly nothing"


def test_the_opposite_of_the_asked_word_answers_yes_no_and_is_read_back():
    """ "Not late at all" to "did it arrive on time?" is a yes, "it came late" a no: inferred
    readings, so they are read back; a bare code word inside a longer answer ("on my phone" for the
    choice "by phone") is read back too."""
    on_time = Question(id="on_time", type="yes_no", text="Did your parcel arrive on time?")
    for text, value in (("Not late at all.", "yes"), ("it was never delayed", "yes"), ("It came two days late", "no")):
        n = normalise(on_time, text)
        assert (n.value, n.lenient) == (value, True), text
    assert normalise(on_time, "yes, on time").value == "yes" and not normalise(on_time, "yes, on time").lenient
    unrelated = Question(id="again", type="yes_no", text="Would you order again?")
    assert normalise(unrelated, "it was late").status == "invalid"
    how = Question(
        id="how",
        type="single_choice",
        text="How did you order?",
        choices=[{"code": "phone", "label": "by phone", "synonyms": ["called"]}, {"code": "online", "label": "online"}],
    )
    assert normalise(how, "I ordered on my phone.").lenient
    assert not normalise(how, "I ordered by phone.").lenient and normalise(how, "phone").method == "exact"


def test_spoken_open_answers_below_the_campaign_threshold_are_read_back_and_dates_get_a_model(db):
    """A spoken open answer below ``understanding.confirm_open_below`` (0.5) is read back; a date
    question is recognised against the ways of saying a day, with the garbage words, not the open
    vocabulary."""
    from customario.conversation.voice.phrases import decoder_phrases

    stored = resolve_campaign(db, "customer_feedback")
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy._ask(stored.campaign.question("improve"))
    out = policy.respond("faster shooting", confidence=0.3)
    assert policy.phase == "confirm" and out[0].text == "I heard faster shooting, is that right?"
    assert stored.campaign.understanding.confirm_open_below == 0.5
    day = Question(id="visit", type="date", text="When did you visit?")
    phrases = decoder_phrases(day)
    for p in (
        "the day after tomorrow",
        "last friday",
        "the fourteenth of december",
        "december thirty first",
        "two weeks ago",
        "i don't know",
        "skip",
    ):
        assert p in phrases, p
    assert "weather" in phrases  # the garbage path: other speech comes out as words


def test_a_spoken_open_answer_of_only_function_words_is_asked_again(db):
    stored = resolve_campaign(db, "customer_feedback")
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy._ask(stored.campaign.question("improve"))
    out = policy.respond("that", confidence=1.0)
    assert not [a for a in out if isinstance(a, CallTool)] and policy.current.id == "improve"
    out = policy.respond("nothing really", confidence=0.9)
    assert [a for a in out if isinstance(a, CallTool)][0].arguments["value"] == "nothing really"


def test_a_spoken_yes_no_inside_other_words_is_read_back():
    on_time = Question(id="on_time", type="yes_no", text="Did it arrive on time?")
    campaign = Campaign(name="t", kind="survey", questions=[on_time, NPS])
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy._ask(on_time)
    policy.respond("um not really of question", confidence=0.45)
    assert policy.phase == "confirm"
    # a bare "no" heard clearly is stored; heard at 0.45 it may be what is left of a short reply
    # whose own words were lost ("Sure was." heard as "no" through the phone band), so it is read
    # back below confirm_below (stop 47, voice: see docs/conversations.md)
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy._ask(on_time)
    out = policy.respond("no", confidence=0.9)
    assert [a for a in out if isinstance(a, CallTool)][0].arguments["value"] == "no"
    policy = SurveyPolicy(campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy._ask(on_time)
    policy.respond("no", confidence=0.45)
    assert policy.phase == "confirm"


def _pending_five(stored):
    policy = SurveyPolicy(stored.campaign, tz="UTC", now=lambda: NOW)
    policy.opening()
    policy.respond("yes", confidence=0.95)
    out = policy.respond("five", confidence=0.4)
    assert policy.phase == "confirm" and out[0].text == "I heard five, is that right?"
    return policy


@pytest.mark.parametrize("reply", ["definitely staff", "yes by phone", "sure, the friendly staff", "yeah online"])
def test_a_yes_heard_beside_another_answer_does_not_confirm_a_read_back(db, reply):
    # The offline voice benchmark's caller said "the friendly staff" to "I heard five, is that
    # right?"; pocketsphinx heard "definitely staff" and five was stored as confirmed.
    policy = _pending_five(resolve_campaign(db, "customer_feedback"))
    out = policy.respond(reply, confidence=0.9)
    assert not [a for a in out if isinstance(a, CallTool)]
    assert policy.phase == "confirm" and "Please say yes or no" in out[0].text


@pytest.mark.parametrize("reply", ["yes", "yeah that's right, thanks", "Yep, you got it", "spot on", "yes, five"])
def test_a_plain_or_restated_yes_confirms_a_read_back(db, reply):
    policy = _pending_five(resolve_campaign(db, "customer_feedback"))
    out = policy.respond(reply, confidence=0.9)
    rec = [a for a in out if isinstance(a, CallTool)][0].arguments
    assert rec["value"] == 5 and rec["confirmed"]


def test_a_yes_with_another_value_reads_the_new_value_back(db):
    policy = _pending_five(resolve_campaign(db, "customer_feedback"))
    out = policy.respond("yep, nine", confidence=0.9)
    assert not [a for a in out if isinstance(a, CallTool)]
    assert policy.phase == "confirm" and out[0].text == "I heard nine, is that right?"
    out = policy.respond("yes", confidence=0.9)
    assert [a for a in out if isinstance(a, CallTool)][0].arguments["value"] == 9


def test_a_risk_read_back_is_stored_with_its_reasons_and_shown(db, settings, cli):
    """The first-contact risk read-back (on by default): the confirmed answer is stored, its method
    names why it was read back however many reasons there are, and `calls show` and the exports
    show it (issue 11, safe19: a method longer than 40 characters used to fail the tool, and the
    answer was lost)."""
    from customario.analysis.exports import write_responses

    stored = resolve_campaign(db, "customer_feedback")
    lines = [
        "yes",
        "eight",
        "four",
        "Yes, no problem at all, sorry, it came the day they said.",
        "yes",
        "online",
        "faster",
    ]
    conv, log = _talk(db, settings, stored, lines)
    assert "I heard yes, is that right?" in log[4][1][0]
    row = _answers(db, conv.call_id)["delivered_on_time"]
    assert json.loads(row["value"]) == "yes" and row["confirmed"] == 1
    how, reasons = row["method"].split("+risk:")
    assert how.startswith("text:") and {"contrast", "elsewhere"} <= set(reasons.split(","))
    shown = json.loads(cli("calls", "show", str(conv.call_id), "--json").stdout)
    answer = {a["question_id"]: a for a in shown["answers"]}["delivered_on_time"]
    assert answer["method"] == row["method"] and answer["confirmed"] == 1
    out = io.StringIO()
    write_responses(db, stored, out, "long")
    rec = next(r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["question_id"] == "delivered_on_time")
    assert rec["method"] == row["method"] and rec["confirmed"] == "1"


@pytest.mark.parametrize(
    "request_again",
    ["Sorry, could you repeat that?", "Could you repeat the question? The line was awful.", "what was the question"],
)
def test_a_repeat_request_to_an_open_question_is_no_answer(db, settings, request_again):
    """An open question takes any words as valid; a turn that only asks to hear it again had been
    stored as the open answer (found by helper voice20, 5 December 2026)."""
    stored = resolve_campaign(db, "customer_feedback")
    open_q = next(q.id for q in stored.campaign.questions if q.type == "open")
    conv, log = _talk(
        db, settings, stored, ["yes", "eight", "yes", "four", "yes", "online", request_again, "faster delivery"]
    )
    answers = _answers(db, conv.call_id)
    assert json.loads(answers[open_q]["value"]) == "faster delivery", (log, dict(answers[open_q]))


def test_an_open_answer_that_also_asks_what_was_meant_is_kept(db, settings):
    stored = resolve_campaign(db, "customer_feedback")
    open_q = next(q.id for q in stored.campaign.questions if q.type == "open")
    text = "What do you mean? The staff at the returns desk were rude to my mother."
    conv, log = _talk(db, settings, stored, ["yes", "eight", "yes", "four", "yes", "online", text])
    assert json.loads(_answers(db, conv.call_id)[open_q]["value"]) == text, log
