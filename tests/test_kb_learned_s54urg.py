"""Learned answers asked again by a caller who names other kin or another friend (s54urg): the first
caller's "my mother" or "a friend" and the next caller's "my dad" or "my brother" are each caller's
circumstance, not the learned answer's subject; groups a business treats apart (students, teachers)
still keep a question apart. Phrasings are the team's own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from customario.escalation.kb_near_miss import kin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.mark.parametrize("word", ["mother", "mum", "grandad", "brother", "wife", "friend", "flatmate", "daughter"])
def test_kin_and_friends_are_kin(word):
    assert kin(word)


@pytest.mark.parametrize("word", ["student", "students", "teachers", "veterans", "neighbour", "staff", "delivery"])
def test_groups_and_things_are_not_kin(word):
    assert not kin(word)


def test_a_learned_answer_for_one_relative_is_found_for_another():
    from kb_corpus import run_scenario

    res = run_scenario(
        {
            "kb": "store",
            "question": "Can my husband collect the order I placed online?",
            "supervisor_answer": "Yes, anyone can collect an order with the order number and their own photo ID.",
            "paraphrases": ["Could my sister collect my online order?"],
            "near_misses": ["Do teachers get a discount?"],
        }
    )
    assert [v for _t, v in res["paraphrases"]] in (["right"], ["right after yes"])
    assert [v for _t, v in res["near_misses"]] == ["right"]


def test_a_learned_discount_for_one_group_still_keeps_another_group_apart():
    from kb_corpus import run_scenario

    res = run_scenario(
        {
            "kb": "store",
            "question": "Do you give a student discount?",
            "supervisor_answer": "Yes, students get 10% off with a valid student card.",
            "paraphrases": [],
            "near_misses": ["Is there a discount for teachers?", "Do pensioners get money off?"],
        }
    )
    assert [v for _t, v in res["near_misses"]] == ["right", "right"]
