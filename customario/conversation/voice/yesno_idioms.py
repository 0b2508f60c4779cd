"""Yeses and noes said as something other than a bare yes or no, for a yes/no question's model
(issue 11).

Callers answer a yes/no question with a hedge ("I think so", "probably not"), an idiom ("in a
heartbeat", "not a chance", "you bet") or a regional form ("nah", "yeah nah", "nah yeah"). Of the
5,106 yes/no answers of the development answer corpora, the first clause of 3,003 was no phrase of
the question's model; among the commonest were "nah" (110), "yeah nah" (24), "i think so" (23),
"probably not" (18), "not a chance" (12), "nah yeah" (12), "for sure" (9), "in a heartbeat" (8).
Without a path to them the model turned them into other words: "In a heartbeat." came out as "do
not call me" and "Sure thing." as "no it didn't" (answers blind66 voice sample, us-m3-150 and
gb-f3-170 phone, 7 December 2026), a no heard where a yes was said. Every form here is read by the
answer parser (``dialogue.yesno``) as the answer it is listed under (tested).

Not "aye": it is pronounced as "i", the commonest word of every model, so a lone "I" of any
garbled answer could come out as a yes.
"""

from __future__ import annotations

from typing import Any

YES_IDIOMS = (
    "i think so",
    "i believe so",
    "i'd say so",
    "i guess so",
    "you bet",
    "for sure",
    "sure thing",
    "in a heartbeat",
    "too right",
    "yup",
    "uh huh",
    "oh yes",
    "oh yeah",
    "yes please",
    "nah yeah",
    "certainly",
)
NO_IDIOMS = (
    "nah",
    "yeah nah",
    "probably not",
    "not a chance",
    "no chance",
    "i'm afraid not",
    "no thanks",
    "not likely",
    "never again",
)


def yes_no_idioms(question: Any) -> list[str]:
    """The hedged, idiomatic and regional yeses and noes of :data:`YES_IDIOMS` and
    :data:`NO_IDIOMS` for a ``yes_no`` question (once each, lower case, for
    ``phrases.decoder_phrases``); [] for any other question. Not in the read-back's model, whose
    forced pass takes only a no."""
    if getattr(question, "type", None) != "yes_no":
        return []
    return [*YES_IDIOMS, *NO_IDIOMS]
