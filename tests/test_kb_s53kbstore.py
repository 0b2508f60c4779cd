"""Knowledge-base classes of stop 53 (store paraphrases only offered or escalated although the file
holds the answer), in the team's own phrasings: texting spellings of question words and digits for
"to" / "for" ("hw many days 2 ship back")."""

from __future__ import annotations

import pytest

from customario.escalation.knowledge import search

STORE = "pc_store_support"


def _read(r) -> str:
    return (r.best or {}).get("excerpt") or (r.best or {}).get("answer") or ""


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("how long 2 get my money back", "how long to get my money back"),
        ("what do i need 4 return a card", "what do i need for return a card"),
        ("hw do i send it back", "how do i send it back"),
        ("wat time do u ship", "what time do u ship"),
        # counts, times and compound sizes stay digits
        ("I bought 2 fans and 4 sticks", "I bought 2 fans and 4 sticks"),
        ("a 4 pin plug", "a 4 pin plug"),
        ("is there 2 day shipping", "is there 2 day shipping"),
        ("order by 2 pm", "order by 2 pm"),
        ("the RTX 4060 needs 550 W", "the RTX 4060 needs 550 W"),
    ],
)
def test_texting_words(said, read):
    from customario.escalation.kb_texting import texting_words

    assert texting_words(said) == read


def test_a_texted_how_many_days_reads_the_days_to_drop_the_return(kb):
    r = search(kb, "hw many days after the label comes 2 send my return back", campaign=STORE)
    assert r.confident and "14 days" in _read(r), _read(r)


def test_a_texted_2_before_a_place_is_to():
    from customario.escalation.kb_texting import texting_words

    assert texting_words("hw long does shipping take 2 ohio") == "how long does shipping take to ohio"
