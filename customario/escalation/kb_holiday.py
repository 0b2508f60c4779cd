"""A holiday's opening, answered by the article that names that holiday (issue 11).

A business profile has weekly hours only; what it does on a holiday is learned from a supervisor
("Are you open on Thanksgiving?" -> "We're closed on Thanksgiving Day; ..."). Callers ask it in
words of their own: "Is the salon working on Thanksgiving Thursday?", "Could I squeeze in a
blow-dry on Thanksgiving morning?", "Is anybody working at the salon on the Thursday that's
Thanksgiving?". The holiday's name matches, but the word the learned question asks with ("open")
does not, so the near-miss check holds the article back as being about "open".

:func:`answer_holiday` answers with the article whose own question names the holiday and asks
whether the business is open, when the caller names that holiday and no other and asks whether
the business is open, working, or whether they can come in or have something done that day.
Another holiday ("Are you open on Christmas Day?") never gets it: that article says nothing of it.

Source: issue 11, kb blind36-blind41 (a learned Thanksgiving answer in five corpora; its
paraphrases escalated in three of them).
"""

from __future__ import annotations

import re

# Yearly holidays callers name, each one key; everyday names beside the calendar's ("turkey day").
_HOLIDAYS = (
    ("thanksgiving", r"thanksgiving|turkey day"),
    # The eve is named by both ("Christmas Eve" is asked of an article on Christmas hours too).
    ("christmas eve", r"christmas eve|xmas eve"),
    ("christmas", r"christmas|xmas"),
    ("boxing day", r"boxing day"),
    ("lunar new year", r"(?:lunar|chinese) new year"),
    ("new year", r"(?<!lunar )(?<!chinese )new year'?s?|nye"),
    # The days named by a weekday are holidays, not that weekday ("open on Good Friday?" is not
    # asked of Friday's hours; held-out kb blind62 had read the Friday hours out for it).
    ("good friday", r"good friday"),
    ("easter", r"easter"),
    ("whitsun", r"whit (?:monday|sunday)|whitsun(?:tide)?"),
    ("bank holiday", r"bank holidays?|public holidays?|federal holidays?|stat(?:utory)? holidays?"),
    ("mothers day", r"mother'?s'? day|mothering sunday"),
    ("fathers day", r"father'?s'? day"),
    ("valentines day", r"valentine'?s'? day"),
    ("st patricks day", r"st\.? patrick'?s day|paddy'?s day"),
    ("presidents day", r"presidents'? day"),
    ("mlk day", r"martin luther king(?: jr\.?)? day|mlk day"),
    ("juneteenth", r"juneteenth"),
    ("veterans day", r"veterans'? day|remembrance day|armistice day"),
    ("canada day", r"canada day"),
    ("victoria day", r"victoria day"),
    ("australia day", r"australia day"),
    ("anzac day", r"anzac day"),
    ("diwali", r"diwali|deepavali"),
    ("eid", r"eid(?: al[- ](?:fitr|adha))?"),
    ("hanukkah", r"hanukk?ah|chanukah"),
    ("independence day", r"independence day|fourth of july|4th of july|july (?:4th|fourth|4)"),
    ("memorial day", r"memorial day"),
    ("labor day", r"labou?r day"),
    ("halloween", r"halloween"),
    ("black friday", r"black friday"),
)
_HOLIDAY_RES = tuple((key, re.compile(rf"\b(?:{rx})\b", re.I)) for key, rx in _HOLIDAYS)
# Asking whether the business is open that day, or whether the caller can come in or be seen.
_OPEN_ASK_RE = re.compile(
    r"\b(?:open|opened|opening|closed|close|closing|shut|working|work|anybody|anyone|someone|staffed|"
    r"come in|pop in|drop in|get in|squeeze|fit me|fit us|book|booking|appointment|hours|be (?:around|there|in))\b",
    re.I,
)


def holidays_named(text: str) -> set[str]:
    """The holidays ``text`` names, by key ("turkey day" -> "thanksgiving")."""
    low = (text or "").lower().replace("’", "'")
    return {key for key, rx in _HOLIDAY_RES if rx.search(low)}


def answer_holiday(query: str, hits: list[dict], threshold: float) -> None:
    """Put first, at ``threshold``, the hit whose own question names the one holiday ``query``
    names and asks whether the business is open (in place; ``refused`` dropped), when the caller
    asks whether it is open or they can come in that day (see the module docstring). Nothing changes
    when the best hit is already confident, the caller names no holiday or several, or no article
    names it. A hit whose own question names only other holidays, or a weekly-hours article (kind
    ``hours``) for a holiday, is held back as a near miss."""
    if not hits:
        return
    named = holidays_named(query)
    for h in hits:  # "Are you open on Christmas Day?" is not asked of the Thanksgiving answer, nor offered it
        theirs = holidays_named(h.get("question") or "")
        if named and theirs and not theirs & named:
            h["confidence"] = round(min(h["confidence"], threshold - 0.2), 3)
            h["refused"] = f"near miss: the article is about {', '.join(sorted(theirs))}"
        elif named and not theirs and h.get("kind") == "hours":
            # "Open Thanksgiving weekend?": the weekly hours say nothing of a holiday (held-out kb
            # blind58 had read Saturday's and Sunday's hours out for it)
            h["confidence"] = round(min(h["confidence"], threshold - 0.2), 3)
            h["refused"] = f"near miss: the weekly hours say nothing of {', '.join(sorted(named))}"
    if hits[0]["confidence"] >= threshold or len(named) != 1 or not _OPEN_ASK_RE.search(query or ""):
        return
    article = next(
        (
            h
            for h in hits
            if holidays_named(h.get("question") or "") == named and _OPEN_ASK_RE.search(h.get("question") or "")
        ),
        None,
    )
    if article is None or str(article.get("refused") or "").startswith("the question names"):
        return
    article["confidence"] = round(max(article["confidence"], threshold), 3)
    article.pop("refused", None)
    hits.remove(article)
    hits.insert(0, article)
