"""The class behind held-out answers blind37's one wrong value (5 December 2026), in the team's own
phrasings (a dog-training club, a piano teacher):

- a choice named by its own word beside the caller's own person named by a kind of another choice
  ("My cousin, who happens to be my GP, told me to go": a cousin is a relative, a GP a doctor) names
  two choices: asked again (had stored the doctor at full confidence). The person of one clause,
  said alone, still names the choice ("my aunt, she trains dogs" stays family; "my vet sent me"
  stays the vet).
"""

from __future__ import annotations

import pytest

from customario.definitions import Choice, Question
from customario.dialogue.answers import normalise

_HEARD = Question(
    id="heard",
    type="single_choice",
    text="How did you hear about the dog-training club: your vet, a friend or relative, or online?",
    choices=[
        Choice(code="vet", label="your vet", synonyms=["vet", "veterinarian"]),
        Choice(code="family", label="a friend or relative", synonyms=["friend", "relative", "family"]),
        Choice(code="online", label="online", synonyms=["internet", "website"]),
    ],
)
_TEACHER = Question(
    id="teacher",
    type="single_choice",
    text="Who suggested piano lessons: a teacher at school, a family member, or nobody?",
    choices=[
        Choice(code="teacher", label="a teacher at school", synonyms=["teacher", "school"]),
        Choice(code="family", label="a family member", synonyms=["family", "relative"]),
        Choice(code="nobody", label="nobody"),
    ],
)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (_HEARD, "My brother-in-law, who's a vet, put me onto you."),
        (_HEARD, "The vet, my uncle, told us about it."),
        (_TEACHER, "My aunt, who is a teacher at my school, said I should."),
    ],
)
def test_one_person_named_by_two_choices_is_asked_again(question, text):
    assert normalise(question, text).status != "valid"


@pytest.mark.parametrize(
    ("question", "text", "code"),
    [
        (_HEARD, "My vet told me, she's brilliant.", "vet"),
        (_HEARD, "my aunt, she trains dogs herself", "family"),
        (_TEACHER, "My music teacher suggested it, my mum agreed.", "teacher"),
    ],
)
def test_one_person_named_once_keeps_the_choice(question, text, code):
    got = normalise(question, text)
    assert got.status == "valid" and got.value == code, got
