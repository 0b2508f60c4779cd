"""Don't-knows and refusals said with a word of courtesy or a term of address after them (issue 11).

Callers close a short answer with "sorry", "thanks" or a term of address: "Couldn't tell you,
love.", "Rather not, thanks.", "I never counted, sorry." (216 lines of the development answer
corpora end so). The answer parser reads the tail as nothing after a code (``dialogue.codes``,
``dialogue.refusal_words``), but the per-question language models had no path from a short code to
such a word: through the telephone band "Couldn't tell you, love." came out as the choice names
"full that move" or "van and crew", and the don't-know was lost on both phone rows of the answers
blind53 voice sample (7 December 2026).
"""

from __future__ import annotations

from typing import Any

from customario.conversation.voice.phrase_words import DONT_KNOW, REFUSED

# The words callers close a code with, each one the parser sets aside after it. Not "mate": after
# "no idea", "dunno" or "beats me" the parser does not read it on every question, so a model path
# to it could turn a code into no answer.
COURTESY_TAILS = ("sorry", "thanks", "love", "dear")
# Codes the parser does not read with a tail after them ("pass love", "i'm not saying thanks",
# "i haven't decided dear" are no answer to it): left out, so that the model never makes a code the
# caller said into words the parser drops.
_UNTAILED = frozenset({"pass", "skip", "i'm not saying", "i haven't decided", "haven't decided yet"})
# Codes of at most this many words get the tails: longer ones are seldom closed so, and every form
# is one more path in the model.
_MAX_CODE_WORDS = 3


def courtesy_forms(question: Any) -> list[str]:
    """The short don't-knows (when ``question`` allows them) and refusals (when it allows them) of
    at most three words, each followed by each of :data:`COURTESY_TAILS` ("couldn't tell you
    love", "rather not thanks"); every form is read by the answer parser as its code (tested).
    Lower case, de-duplicated, once each (for ``phrases.decoder_phrases``); [] for a question that
    allows neither code."""
    codes = [*(DONT_KNOW if getattr(question, "allow_dont_know", True) else ())]
    codes += [*(REFUSED if getattr(question, "allow_refused", True) else ())]
    heads = [c for c in codes if len(c.split()) <= _MAX_CODE_WORDS and c not in _UNTAILED]
    return list(dict.fromkeys(f"{h} {t}" for h in heads for t in COURTESY_TAILS))
