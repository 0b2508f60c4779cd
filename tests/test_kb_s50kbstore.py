"""Store knowledge-base classes of stop 50 (issue 11), in phrasings written here.

- A distributive ask ("how long does each take?", "what do both cost?") of two things one sentence
  answers in two clauses is read with both clauses (``kb_excerpt.asks_each``).
- A failure told after the time since the caller got the item ("It's been 45 days and the drive
  just failed") is an old failure: the dead-on-arrival rule is not read as its answer
  (``kb_arrival.failed_when_old``).

On a made-up kitchen-appliance shop; real SQLite.
"""

from __future__ import annotations

import pytest

from customario.escalation.kb_arrival import failed_when_new, failed_when_old
from customario.escalation.kb_excerpt import asks_each
from customario.escalation.knowledge import search

CAMPAIGN = "whisk_and_wire"
ARTICLES = """\
- question: How long does delivery take and which couriers do you use?
  answer: >-
    Orders placed before noon Central leave the same day. Ground delivery takes 4 to 6 business
    days, overnight 1 to 2. Every parcel goes by DHL or FedEx with a tracking link.
- question: How do exchanges and exchange vouchers work?
  answer: >-
    We send an exchange voucher by text for every accepted exchange. Bring the item in its sealed
    carton to any of our counters within 21 days.
- question: What guarantee do your appliances have?
  answer: >-
    Every appliance carries the maker's guarantee (2 years for mixers and 4 years for ovens). Items
    that are dead on arrival within 14 days are swapped by us directly.
"""


@pytest.mark.parametrize(
    "question",
    [
        "Ground or overnight, how many days does each one take?",
        "My mum's birthday is on Sunday. Ground or overnight — how long does each take?",
        "How long do ground and overnight delivery each take?",
    ],
)
def test_each_of_two_named_things_reads_both_clauses(shop, question):
    result = search(shop, question, campaign=CAMPAIGN)
    assert result.confident
    excerpt = result.best["excerpt"]
    assert "4 to 6" in excerpt and "1 to 2" in excerpt


def test_one_named_thing_still_reads_its_clause(shop):
    result = search(shop, "My mum's birthday is on Sunday. How long does overnight take?", campaign=CAMPAIGN)
    assert result.confident
    assert "1 to 2" in result.best["excerpt"] and "4 to 6" not in result.best["excerpt"]


def test_asks_each_needs_a_thing_only_one_clause_holds_for_two_clauses():
    clauses = ["Ground delivery takes 4 to 6 business days", "overnight 1 to 2"]
    assert asks_each("ground or overnight, how long does each take?", clauses)
    assert not asks_each("how long does overnight take?", clauses)  # no distributive word
    assert not asks_each("how long does each one take?", clauses)  # names neither
    assert not asks_each("does each overnight order take 1 to 2 days?", clauses)  # names one


@pytest.mark.parametrize(
    "question, old",
    [
        ("It's been 45 days and the mixer just failed. Do you swap it yourselves?", True),
        ("it has been about three months and my oven died", True),
        ("It's been 6 days and it died on me", False),  # new: the dead-on-arrival rule's
        ("The mixer failed to arrive, where is it?", False),  # no failure of the item
    ],
)
def test_time_since_got_told_before_a_failure(question, old):
    assert failed_when_old(question) is old


def test_a_new_item_that_failed_is_a_new_failure():
    assert failed_when_new("My new mixer failed on the first day")
    assert not failed_when_new("If my oven fails in year three, is it covered?")


def test_old_failure_is_not_read_the_dead_on_arrival_rule(shop):
    result = search(shop, "It's been 45 days and the mixer just failed. Do you swap it yourselves?", campaign=CAMPAIGN)
    read = [h.get("excerpt") or "" for h in result.hits[:1]] if result.confident else []
    assert not any(p.startswith("Items that are dead on arrival") for p in read)
