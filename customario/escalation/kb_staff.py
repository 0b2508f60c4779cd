"""Who on the team does a thing, asked in the caller's own words (issue 11).

A business profile gives each stylist an article ("Marcus Lee is our stylist and specialises in
men's cuts, fades, beard trims."). Callers ask for the person by the work: "My teenage son wants a
fade, who does those?", "I want a bright purple, really vivid. Who's your colour person?", "I had a
box-dye disaster, who handles colour correction?". Their other words (teenage, disaster) pull the
word-coverage confidence below the threshold although one person plainly fits.

:func:`one_specialist` answers such a question with that person's article when

- it asks for a person: "who", "which stylist / barber / of your ...", "someone / somebody good
  with" (:data:`_WHO_RE`);
- the words of specialties it names point to one person only: at least one specialty word only
  that person has (fades → Marcus, vivid → Priya), and every specialty word it names that another
  person has is one this person has too ("colour correction": Sofia has both words, Priya only
  "colour"; "men's colour" names Marcus's "men" and the colourists' "colour": nobody);
- it names no thing that no article mentions ("Who does Japanese straightening?"); the words of
  the business's own name ("hair" of Luna Hair Studio) name no specialty.

Pure function.
"""

from __future__ import annotations

import re

from customario.escalation.kb_words import light_stem, names_word, terms

_WHO_RE = re.compile(
    r"\bwho(?:'?s| is| does| do| can| handles| should| would| on your)?\b|\bwhich (?:of your |one of your )?"
    r"(?:stylists?|barbers?|hairdressers?|colou?rists?|person|people|one|girls?|guys?|folks|staff|team|crew|"
    r"employees?|members? of (?:the |your )?(?:staff|team))\b|"
    r"\b(?:someone|somebody|anyone|anybody)\b[^?.]*\b(?:good|best|great|knows?|specialis|speciali[sz]es)",
    re.I,
)
_RELATIVES_RE = re.compile(r"\b(?:sons?|daughters?|boys?|girls?|husband|wife)\b", re.I)
_SPECIALTIES_RE = re.compile(r"speciali[sz]es in (.+?)\.?$", re.I)


def specialties(article: dict) -> list[str]:
    """Content words of a staff article's specialties ("men's cuts, fades, beard trims" → mens,
    cuts, fades, beard, trims); [] when the answer names none."""
    m = _SPECIALTIES_RE.search(article.get("answer") or "")
    return [light_stem(t) for t in terms(m.group(1))] if m else []


def one_specialist(
    query: str,
    query_terms: list[str],
    hits: list[dict],
    dfs: dict[str, int],
    named: list[str],
    subjects: dict[int, tuple[str | None, list[str]]],
) -> dict | None:
    """The staff hit (of ``hits``) whose specialties alone fit a question asking who does a thing
    (see the module docstring), else None; when the specialties named belong to different people
    and none has them all, the best hit, a stylist, is marked ``refused`` (not answered). The words of the business's own name (its contact
    article's question in ``subjects``: "Luna *Hair* Studio") name the trade, not a specialty
    ("bright pink hair" is no "bridal hair")."""
    if not _WHO_RE.search(query or "") or any(dfs.get(t) == 0 for t in named):
        return None
    trade = {light_stem(w) for kind, words in subjects.values() if kind == "contact" for w in words}
    # "My daughter wants bright pink hair": who the caller brings is no specialty (a kids' cut).
    # (Taken out of the words before reading them: "son" and "kids" are one synonym group.)
    query_terms = [q for q in terms(_RELATIVES_RE.sub(" ", query)) if light_stem(q) not in trade]
    staff = [h for h in hits if h.get("kind") == "staff" and specialties(h)]
    # Per person: the caller's words that name one of their specialties.
    named_by = {h["id"]: {q for q in query_terms if any(names_word(q, w) for w in specialties(h))} for h in staff}
    named_by = {i: qs for i, qs in named_by.items() if qs}
    every = set().union(*named_by.values()) if named_by else set()
    fits = [
        h
        for h in staff
        if named_by.get(h["id"])
        and named_by[h["id"]] == every
        and any(all(q not in qs for j, qs in named_by.items() if j != h["id"]) for q in named_by[h["id"]])
    ]
    if len(fits) == 1:
        return fits[0]
    if len(named_by) > 1 and hits and hits[0].get("kind") == "staff" and hits[0]["id"] in named_by:
        # The specialties named belong to several people and none has them all ("Who does men's
        # colour?": Marcus does men, the colourists colour): no one of them is the answer.
        hits[0]["refused"] = "the specialties named belong to different people"
    return None
