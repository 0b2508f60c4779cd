"""Knowledge base sub-facts, paraphrases and near misses; urgency and emergencies (issue 11)."""

import sys
from pathlib import Path

import pytest

from customario.escalation.urgency import EMERGENCY_LINE, assess

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def kbdb():
    from kb_corpus import fresh_db

    db = fresh_db()
    yield db
    db.close()


@pytest.mark.parametrize(
    "question, fact, not_fact",
    [
        ("When do you close on Saturday?", "5 pm", "Tuesday"),
        ("price of a kid's cut?", "$28", "$40"),
        ("How much is a men's haircut?", "$40", "$65"),
        ("Is there a parking garage nearby?", "garage", None),
        ("Do I need a patch test?", "48 hours", "cancel"),
        ("How many watts for an RTX 4060?", "550 W", "1000 W"),
    ],
)
def test_the_sub_fact_asked_is_answered(kbdb, question, fact, not_fact):
    from kb_corpus import ask

    kb = "store" if "RTX" in question else "salon"
    confident, answer, _best = ask(kbdb, kb, question)
    assert confident and fact in answer
    assert not_fact is None or not_fact not in answer


@pytest.mark.parametrize(
    "question",
    [
        "How much is a beard trim?",
        "Do you do hair extensions?",
        "Can I pay with Venmo?",
        "What power supply does an RTX 5090 need?",
        "Does Jessica work on Saturdays?",
        "Do you do nails?",
    ],
)
def test_near_misses_escalate(kbdb, question):
    from kb_corpus import ask

    kb = "store" if "RTX" in question else "salon"
    assert not ask(kbdb, kb, question)[0]


def test_learned_answer_found_by_paraphrase_and_not_by_near_miss():
    from kb_corpus import run_scenario

    res = run_scenario(
        {
            "kb": "salon",
            "question": "Do you do eyelash extensions?",
            "supervisor_answer": "No, we don't do eyelash extensions.",
            "paraphrases": ["Can I get eyelash extensions?", "do you do lash extensions"],
            "near_misses": ["Do you do hair extensions?"],
        }
    )
    assert res["escalated_first"]
    assert [v for _t, v in res["paraphrases"]] == ["right", "right"]
    assert [v for _t, v in res["near_misses"]] == ["right"]


def test_own_kb_corpus_meets_the_wrong_answer_target():
    from kb_corpus import fresh_db, judge_near_miss, judge_paraphrase, load

    db = fresh_db()
    folder = ROOT / "tests/corpus/kb/own"
    paras = load(folder / "paraphrases.yaml")["questions"]
    misses = load(folder / "near_misses.yaml")["questions"]
    assert len(paras) >= 150 and len(misses) >= 100
    verdicts = [judge_paraphrase(db, i)[0] for i in paras]
    wrong = sum(v == "wrong" for v in verdicts) + sum(judge_near_miss(db, i)[0] == "wrong" for i in misses)
    assert wrong / (len(paras) + len(misses)) <= 0.02
    assert verdicts.count("right") / len(paras) >= 0.7


@pytest.mark.parametrize(
    "text, level",
    [
        ("My client collapsed and she's not breathing", "emergency"),
        ("I can't breathe, my throat is closing", "emergency"),
        ("The bleach burned my scalp", "urgent"),
        ("I got burnt by the straightener", "urgent"),
        ("I was injured in your store", "urgent"),
        ("I'm going to sue you", "urgent"),
        ("I'm burning through my budget", "normal"),
        ("Sue from the front desk said to call", "normal"),
        ("I have a hair emergency, my wedding is tomorrow", "normal"),
        ("What time do you open?", "normal"),
    ],
)
def test_urgency_by_stem_and_phrase(text, level):
    assert assess(text).level == level


def test_own_urgency_corpus():
    from bench_urgency import CORPORA, score

    r = score(CORPORA["own"])
    assert r["urgent_or_emergency_taken_for_normal"] == 0 and r["right"] / r["n"] >= 0.95


def test_salon_tells_an_emergency_to_call_emergency_services_first(db):
    from customario.campaigns.salon_reception.policy import SalonPolicy
    from customario.definitions.catalog import resolve_campaign
    from customario.dialogue.policy import CallTool, Say

    policy = SalonPolicy(resolve_campaign(db, "salon_reception"))
    policy.opening()
    actions = policy.respond("My client just collapsed and she's not breathing!")
    assert isinstance(actions[0], Say) and actions[0].text.startswith(EMERGENCY_LINE)
    call = next(a for a in actions if isinstance(a, CallTool))
    assert call.name == "escalate_to_supervisor" and call.arguments["priority"] == "urgent"
    actions = policy.respond("The dye burned my scalp")
    assert [a.name for a in actions if isinstance(a, CallTool)] == ["escalate_to_supervisor"]
    assert not any(isinstance(a, Say) and EMERGENCY_LINE in a.text for a in actions)


def test_help_request_priority_uses_urgency():
    from customario.escalation.help_requests import classify_priority

    assert classify_priority(["the colour burned my scalp"], [], [])[0] == "urgent"
    assert classify_priority(["I'm burning through my budget"], [], [])[0] == "medium"
