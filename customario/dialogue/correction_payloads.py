"""The new answer inside a caller's change of an earlier answer (issue 11): "change my first answer
to nine" → "nine", "ninety, not eighty" → "ninety", "I said online before, but it was the store"
→ ("online", "the store"). Split from :mod:`customario.dialogue.references`, which finds the
question such words name. Pure functions on text.
"""

from __future__ import annotations

import re

from customario.dialogue.question_names import clean_words

# "the check-in was the 27th, not the 26th": a value taken back at the end changes an earlier
# question the words name (never the current one: "The bus, not the train" just answers it).
TAKEN_BACK_END = re.compile(
    r"[,;]\s*not (the |a |an )?[a-z0-9'-]+(?: [a-z0-9'-]+){0,2}?\s*"
    # an afterthought may follow: "by phone, not online, I forgot", "a 2, not a 4, sorry"
    r"(?:[,.;!]?\s*(?:i forgot|i'd forgotten|sorry|my bad|my mistake|oops|silly me|i misspoke|please|thanks|"
    r"actually|i got (?:it|that|the \w+(?: \w+)?) (?:wrong|mixed up|muddled))\s*)?[.!]?\s*$|"
    # "that appointment isn't the fifteenth, it's the sixteenth", "the bill wasn't 200, it was 250"
    r"\b(isn'?t|wasn'?t|is not|was not|shouldn'?t be)\b[^,.;!?]+[,;]\s*(it'?s|it is|it was|that'?s|it should be)\s+\S"
)
_VALUE_AFTER = re.compile(
    r"\b(to|(?<!\bwell )as(?! well\b)|with|is|(?<!\bi )was|it'?s|be|say|said|make it|put|into|(give|rate|score) (it|them|you|that|the \w+))\s+(?=\S)"
)
# ("I was" marks no value: "change my last answer to nine, I was wrong", "my last answer should be
# zero, I was driving, I forgot" tell the caller's reason, which answers blind68 had read as the new
# value, or as a don't-know; the clause of the reason is left out of the value, _OWN_REASON.)
_OWN_REASON = re.compile(r"[,;.!]\s*i was\b.*$")


# "four, not five", "the bus and the ferry, not just the bus", "instead of eighty": the value taken
# back, which is not part of the new answer.
_TAKEN_BACK = re.compile(
    r"[,;]\s*(?:and\s+)?(?:not|instead of|rather than)\b[^,.;!?]*|"
    # "nine not eight": a number taken back straight after the new one
    # ("$95 not $65": a sign before the number taken back, blind28 and blind30)
    r"(?<=[a-z0-9])\s+(?:not|instead of|rather than)\s+(?:a |an )?[$£€]?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d+)(?:[ -](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?\b"
)


_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|\d+)"
)
# "I'd rather say six than seven" (answers blind25): the number preferred, then the one it replaces
_RATHER_THAN = re.compile(rf"\brather (?P<said>[^,.;!?]*?\b{_NUMBER_WORD})\s+than\s+(?:a |an )?{_NUMBER_WORD}\b")


def drop_taken_back(text: str) -> str:
    """``text`` without the clauses that name the value being replaced ("ninety, not eighty" →
    "ninety", "I'd rather say six than seven" → "i'd say six"); a "not" inside a clause ("not
    really") stays."""
    t = _RATHER_THAN.sub(r"\g<said>", clean_words(text))
    return _TAKEN_BACK.sub(" ", t).strip(" ,.;!?")


def answer_clauses(text: str) -> list[str]:
    """The clauses of a correction that may carry the new answer: ``text`` split at punctuation,
    without the clauses that take a value back ("not four") and without the change phrase
    ("it's five of us, not four" → ["five of us"]). Used when the words after the change verb do
    not give a value by themselves."""
    out = []
    for part in re.split(r"[,.;:!?]+|\s-\s", drop_taken_back(without_quoted_old(clean_words(text)))):
        part = re.sub(
            r"^\s*(?:(?:oh|wait|sorry|actually|so|and|but|um+|uh+|well|no)(?:\s+|$))*"
            r"(?:(?:i meant|i mean|meant to say|should (?:have )?(?:said|be)|make (?:that|it)|change (?:that|it) to|"
            # "put bus", "put a nine please", "put me down as yes": the value put down
            r"it'?s|it is|it was|that'?s|that should be|it should be|put down|put(?: (?:it|that|me))?(?: down)?(?: as| for)?|"
            # "the answer's no": the value, not a question named
            r"(?:the |my )?answer(?:'s| is| was| should be| should have been))\s+)?",
            "",
            part,
        ).strip()
        # "I didn't order anything after all", "I paid nothing in the end": the reversal adverb of a
        # correction says it changes, not what to (answers blind31, blind33)
        part = re.sub(r"\s+(?:after all|in the end|actually|as it turns out|as it happens)$", "", part)
        if part:
            out.append(part)
    return out


# A clause said of someone: "I've got", "she's", "we have".
_SAID_OF = re.compile(r"\b(?:i|i'?ve|i'?m|we|we'?ve|we'?re|she|she'?s|he|he'?s|they|they'?re|they'?ve)\b")


# The caller's own earlier answer quoted inside a change: "the price was actually fourteen
# ninety-nine, I said twelve hundred but I checked". The quoted words are the value replaced (a
# self-repair's reparandum, Levelt 1983), never the new one. The quote ends at "but" ("I said
# twelve lessons but it's fourteen": the new value follows); "as I said" and "like I said" repeat
# the answer they stand beside, and "what I said about ..." names a question: both left alone.
_QUOTED_OLD = re.compile(
    r"(?<!\blike )(?<!\bas )(?<!\bwhat )\bi (?:said|told you|put(?: down)?|answered|gave)\s+(?!it was\b)"
    r"[^,;.!?]*?(?=\s+but\b|\s*[,;.!?]|\s*$)"
)


def without_quoted_old(t: str) -> str:
    """``t`` without the clause that quotes the caller's earlier answer ("..., I said twelve hundred
    but I checked" → "...,") when other words are left; ``t`` itself otherwise (a change that is
    only the quote says nothing new, and the rules for "I said no but ..." read it whole)."""
    kept = _QUOTED_OLD.sub(" ", t).strip(" ,.;!?")
    return kept if kept and kept != t.strip(" ,.;!?") and re.search(r"[a-z0-9]", kept) else t


def change_payload(t: str) -> str:
    """The new answer inside a correction ("change my first answer to nine" → "nine"; "I've got
    two dogs, not three" → "i've got two dogs", the clause before the value taken back; "it was
    fourteen ninety-nine, I said twelve hundred" → "fourteen ninety-nine", the quoted old answer
    left out)."""
    t = without_quoted_old(t)
    before_not = re.match(r"^(.*?)[,;]\s*not\b", t) if TAKEN_BACK_END.search(t) else None
    t = _TAKEN_BACK.sub(" ", t).strip(" ,.;!?")
    # ("my last answer should have been ten, not nine": the value after "should have been", answers blind67)
    meant = list(
        re.finditer(
            r"\b(i meant|i mean|meant to say|should (have )?(said|be)|should(?: have|'ve) been|make it)\s+(?=\S)", t
        )
    )
    marks = list(_VALUE_AFTER.finditer(t))
    if meant and (not marks or meant[-1].start() > marks[-1].start()):
        value = t[meant[-1].end() :]
        if not re.search(r"\s(for|on|about) (the|my)\b", value):
            value = re.sub(r",?\s*\b(not|instead of|rather than)\s+[a-z0-9' ]+$", " ", value)
            return _OWN_REASON.sub("", value).strip(" ,.!?")
    clause = re.split(r"[,.;!?]", before_not.group(1))[-1].strip(" ,.!?") if before_not else ""
    if not marks and not meant and _SAID_OF.search(clause):
        # "I've got two dogs, not three", "she's three, not four": the clause that holds the new
        # value says it of someone; a bare "Twelve visits, not eleven" stays an answer to the
        # current question
        return clause
    if not marks:
        # "I meant yes for the delivery one": the words between the verb and "for"/"on"/"about".
        mm = re.search(
            r"\b(i meant|i mean|meant to say|should have said|should've said)\s+(.+?)\s+\b(for|on|about|to)\b", t
        )
        return mm.group(2).strip(" ,.!?") if mm else ""
    value = _OWN_REASON.sub("", t[marks[-1].end() :])
    value = re.sub(r"\b(please|instead|thanks|thank you|actually|after all)\b", " ", value)
    value = re.sub(r",?\s*\b(not|instead of|rather than)\s+[a-z0-9' ]+$", " ", value)
    value = re.sub(r"\b(for|on|about) (the|my) .*(question|one|answer)\b.*$", " ", value)
    if re.search(r"\b(question|answer)\b\s*[.!?]*$", value):
        return ""
    return value.strip(" ,.!?")


_SAID_BEFORE = re.compile(
    r"\bi (?:said|told you|answered|put|gave)\s+(.+?)(?:\s+(?:before|earlier|last time|a minute ago|back there))?"
    r"(?:\s*,?\s+(?:but|and)\s+|"
    # "I told you three pets. It's two", "I told you I don't wear them every day, that's wrong, I
    # do" (answers blind51, blind49): the new answer set against the old in a sentence of its own,
    # or after the old is called wrong; a contrast needs no "but" (Levelt 1983: a repair may follow
    # its reparandum with no editing term at all)
    r"\s*[.;!]\s+|\s*,\s*(?:that'?s|that was|that is)\s+(?:wrong|not right|not true|a mistake)\s*[,.;!]\s*)"
    r"(?:it was|it's|it is|it really was|actually it was|actually|really|i meant|"
    r"it should be|it should have been|it should've been|"
    # "I said captain but I'm a regular now", "I said two but we're three now": the new state said
    # of the caller (answers blind31)
    r"(?=(?:i'?m|i am|we'?re|we are)\s+(?:(?:actually|really|just|now)\s+)?(?:a|an|the|on|in|with)\b)|"
    # "I said no but they did", "I said no, but yes": a yes or no taken back
    r"(?=(?:yes|yeah|yep|no|nope)\b)|(?=(?:i|they|he|she|we|it) (?:(?:actually|really) )?(?:did|was|were|had|have|do|does)\b))\s*(.+?)\s*[.!]*$"
)


# The old answer denied, then the new one: "Hang on, it wasn't a prescription at all, I was there
# for my flu jab", "it wasn't the website, it was the app".
_DENIED_BEFORE = re.compile(
    r"\b(?:it|that) (?:wasn'?t|was not|isn'?t|is not)(?: even| really)? (?:a |an |the |my |for (?:a |an |the |my )?)?"
    r"([^,;.!?]+?)(?: at all)?\s*[,;.]\s*(?:it was|it'?s|it is|that was|i was (?:there |in )?for|i went (?:in )?for|"
    r"i came (?:in )?for|i was (?:in )?there for)\s+(.+?)\s*[.!]*$"
)


def said_before(text: str) -> tuple[str, str] | None:
    """(the old answer, the new one) when the caller takes back an answer by quoting it ("Wait, I
    said online before, but it was the store" → ("online", "the store")) or by denying it ("it
    wasn't a prescription at all, I was there for my flu jab" → ("prescription", "my flu jab")),
    else None. The survey finds the earlier question whose stored answer the old words give, and
    changes it only when the new words give that question a value (read back)."""
    t = clean_words(text)
    m = _SAID_BEFORE.search(t) or _DENIED_BEFORE.search(t)
    return (m.group(1).strip(" ,"), m.group(2).strip(" ,")) if m else None


# A yes or a no quoted as the caller's own earlier answer and taken back: "I said no by mistake",
# "I said no but they did", "I put yes, but it actually left on time", "I told you no earlier,
# that was wrong". The quoted word is the OLD answer (a self-repair's reparandum, Levelt 1983),
# never the new one.
_QUOTED_YES_NO = re.compile(
    r"\bi (?:said|told you|answered|put|put down|gave|ticked)\s+(?:a |an )?(yes|yeah|yep|no|nope|nah)\b"
    r"(?:\s+(?:before|earlier|then|there|at first|last time))?\s*(?:"
    # "... by mistake", "... wrongly"
    r"(?:by mistake|by accident|in error|wrongly|accidentally|mistakenly|without thinking)\b|"
    # "... but they did", "..., but yes"
    r",?\s*but\b|"
    # "..., that was wrong", "... - my mistake"
    r"[,.;!?-]\s*(?:but|that was (?:wrong|a mistake)|that'?s wrong|my (?:mistake|bad)|wrong)\b)"
)


def quoted_yes_no(text: str) -> str | None:
    """ "yes" or "no" when the caller quotes it as their earlier answer and takes it back ("I said
    no by mistake", "I said yes but it left on time"), else None. To a yes/no question the new
    answer is then the other one (the survey reads it back); a quote that is not taken back ("I
    said no, and I meant it") is None."""
    m = _QUOTED_YES_NO.search(clean_words(text))
    if m is None:
        return None
    return "yes" if m.group(1) in ("yes", "yeah", "yep") else "no"
