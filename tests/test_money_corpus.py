"""The money corpora (own and, once copied in, the blind ones): nothing wrong is ever accepted.

Counts are printed by `python benchmarks/bench_money.py`; here only the worst outcome is asserted:
no wrong amount accepted, no refund the rules forbid, no personal data learned unreviewed."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "money"
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_money  # noqa: E402


@pytest.mark.parametrize("name", ["amounts_own.yaml", "amounts.yaml"])
def test_amounts_never_accept_a_wrong_amount(name):
    if not (CORPUS / name).is_file():
        pytest.skip(f"{name} is not in tests/corpus/money")
    r = bench_money.run_amounts(CORPUS / name)
    assert r["wrong"] == 0, r["wrong_items"]
    assert r["right"] >= 0.8 * r["n"]


@pytest.mark.parametrize("name", ["pii_own.yaml", "pii_answers.yaml"])
def test_personal_answers_are_never_learned_unreviewed(name):
    if not (CORPUS / name).is_file():
        pytest.skip(f"{name} is not in tests/corpus/money")
    r = bench_money.run_pii(CORPUS / name)
    assert r["wrong"] == 0, r["wrong_items"]


def test_adversarial_conversations_never_move_money_the_rules_forbid():
    if not (CORPUS / "conversations.yaml").is_file():
        pytest.skip("conversations.yaml is not in tests/corpus/money")
    r = bench_money.run_conversations(CORPUS / "conversations.yaml")
    assert r["wrong"] == 0, r["wrong_items"]
    assert r["right"] >= 0.9 * r["n"]
