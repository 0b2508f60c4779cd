"""Don't-knows said as a clause, for the per-question language models (issue 11).

The models knew the plain don't-knows (:data:`.phrase_words.DONT_KNOW`: "i don't know", "no idea",
"i can't remember") and a don't-know with what it is about ("i don't know how to rate that"). A
caller who cannot answer often says it with an adverb of sincerity inside ("I honestly don't
remember", "I really can't remember", "I can't really say"), with the subject left out ("Can't
remember, my husband organised it", "Couldn't say"), in British idiom ("Haven't the foggiest",
"I haven't a clue"), as a count lost ("I've lost count", "I didn't count"), as a check still to
make ("I'd have to check", "I'd need to check") or as too early a moment ("Too early to tell"): 53 of
the 185 spoken don't-knows of the development answers corpora blind40-blind48 (every writer) have
none of the known forms, and through the recogniser their words had no path.

The forms are built from the grammar of the don't-know (subject x adverb x verb of remembering or
saying), not from corpus lines; each is one the parser codes as don't know (``dialogue.codes``)
on every closed and date question, and each is in the models once (a light weight, as
:mod:`.refusal_forms`), so the question's own answers keep their weight.
"""

from __future__ import annotations

# Adverbs of sincerity said inside a don't-know ("I honestly don't remember").
SINCERITY = ("really", "honestly", "genuinely")
# The verbs of remembering and saying that a don't-know negates, with their subject ...
NOT_REMEMBERED = ("can't remember", "don't remember")
# ... and the same with the subject left out, or said with "really" after the modal.
CLIPPED = ("can't remember", "don't remember", "couldn't say", "i can't really say", "i couldn't tell you")
# Idioms of having no idea, a count lost, a check still to make, too early a moment.
IDIOMS = (
    "i haven't a clue",
    "haven't a clue",
    "haven't the foggiest",
    "i haven't the foggiest",
    "i've lost count",
    "lost count",
    "i didn't count",
    "i'd have to check",
    "i'd need to check",
    "too early to tell",
    "too early to say",
    "hard to tell",
    "it's gone out of my head",
    "i haven't made up my mind",
)


def dont_know_forms() -> list[str]:
    """Every don't-know of "i" x :data:`SINCERITY` x :data:`NOT_REMEMBERED` ("i honestly can't
    remember"), "i really couldn't say", :data:`CLIPPED` and :data:`IDIOMS`. Lower case,
    de-duplicated, stable order; each one the parser codes as don't know."""
    out = [f"i {a} {v}" for a in SINCERITY for v in NOT_REMEMBERED]
    out += ["i really couldn't say", *CLIPPED, *IDIOMS]
    return list(dict.fromkeys(out))
