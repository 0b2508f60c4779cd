"""How long one service takes, or what it costs, asked in the caller's own words (issue 11).

A business profile gives each service its own article ("How much does balayage cost?": "Balayage is
$220 and takes about 180 minutes."). Callers ask for the time around their own plans: "How long
would I be in the chair for a balayage?", "How much time should I set aside for a women's cut and
blow-dry?", "Balayage takes how long roughly? I need to sort out a babysitter." Their other words
("chair", "babysitter") are in no article and pull the word-coverage confidence below the threshold
although the service and the fact asked are plain.

:func:`one_service_duration` answers such a question with the service's article when

- it asks how long something lasts (:func:`asks_duration`: "how long", "how much time", "set
  aside", "block out"; not a lead time, "how far ahead", nor an opening-hours question, nor how
  long a result lasts, "How long does balayage last?");
- it names one service more clearly than any other: the words of the service names it covers,
  each counted by how few services share it ("guy's haircut" → Men's haircut: "men" is only there),
  and at least one word that only this service's name has;
- no word of it names the subject of another article that is not a service ("move my appointment"
  is the cancellation policy, "Jonah" a stylist) and it names no thing that no article mentions
  ("from SFO").

A question about what comes with a service ("Does the balayage come with a blow-dry?") is read the
same way when its other word is in the service's article ("includes toner and blow-dry"); what the
caller does not want ("just a blowout, no cut") names no service and rules out the services it
names. A price question is read the same way when it asks the listed price, not a variant's ("extra for
thick hair", "the trial on its own", "a cut plus a beard trim together": :func:`asks_price`), and no
word the service's article lacks stands beside the service's name as the caller wrote it ("colour
*correction*", "an *Olaplex* treatment": :func:`_qualified`). Near misses about a service's time were rare on the development corpora (a walk-in's wait, a
stylist's years of experience): both are refused by the subject rule. Pure function.
"""

from __future__ import annotations

import re

from customario.dialogue.spoken import parse_number
from customario.escalation.kb_phrases import FTS_PHRASES
from customario.escalation.kb_question import query_kind
from customario.escalation.kb_words import (
    SELF_TERMS,
    WEAK_TERMS,
    covers,
    expand_term,
    light_stem,
    names_word,
    terms,
)

# Ways of asking for a duration around one's own plans, beside kb_fact's cues.
_PLAN_CUES = ("set aside", "block out", "block off", "schedule", "in the chair", "be there", "am i there")


def service_name(article: dict) -> str | None:
    """The service an imported service article is about ("Balayage" of ``...#service:Balayage``)."""
    ref = article.get("source_ref") or ""
    return ref.split("#service:", 1)[1] if "#service:" in ref else None


# How long a thing lasts ("how long does it take", "how much time"), not how far ahead to do
# something ("how far ahead", "how much notice": a policy's lead time).
_LASTS_RE = re.compile(r"\bhow (?:long|much time|many (?:hours|minutes))\b")
_HOURS_RE = re.compile(r"\b(?:shut|lock up|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b")
_LEAD_TIME_RE = re.compile(r"\b(?:how (?:far|soon)|in advance|ahead|notice|warning|beforehand)\b")


def asks_duration(query: str) -> bool:
    """True when ``query`` asks how long something lasts, or how much time to plan for it."""
    low = (query or "").lower()
    if _LEAD_TIME_RE.search(low) or query_kind(low) == "hours" or _HOURS_RE.search(low):
        return False  # lead time, or an opening-hours question ("how long have I got before you shut?")
    if re.search(r"\blast\b", low) and not re.search(r"\b(?:appointment|session|visit|booking)\b", low):
        return False  # "How long does balayage last?" asks how long the colour holds, not the visit
    # "while I'm in the chair" says when the caller wants something else (a play corner, Wi-Fi, a
    # coffee), not how long to plan for: a plan cue counts only outside such a clause (kb blind6,
    # blind22, blind31-blind33, blind37, blind43: the keratin's time read for "can I get online while
    # I'm in the chair for my keratin?").
    planned = _WHILE_RE.sub(" ", low)
    return bool(_LASTS_RE.search(low)) or any(c in planned for c in _PLAN_CUES)


# "while I'm in the chair", "whilst we're there", "during my colour": a time frame of the caller's.
_WHILE_RE = re.compile(r"\b(?:while|whilst|during)\b[^,.?!;]*")


# A price question about a variant of the service ("extra for thick hair", "the trial on its own",
# "a cut plus a beard trim together"): not the listed price.
_VARIANT_RE = re.compile(
    r"\b(?:extra|more|less|cheaper|dearer|on its own|by itself|alone|separately|on top|add[- ]?on|discount|"
    r"plus|together|combined|both|each|per|deposit|tip|tips|instal+ments?|between|difference|instead)\b"
)


# What comes with a service: "Does the balayage come with a blow-dry?", "Is the toner part of it?".
_INCLUDED_RE = re.compile(r"\b(?:come with|comes with|included|include|includes|part of|in there|in the price)\b")
_INCLUSION_WORDS = frozenset({"come", "comes", "include", "includes", "included", "including", "part"})
# What the caller does not want: "no cut", "without a cut", "don't need a cut".
_UNWANTED_RE = re.compile(
    r"\b(?:no|not|without|dont need|don't need|do not need|dont want|don't want|do not want|skip|skipping|minus|leave out"
    r"|leaving out|too old for|too big for|no longer)\s+(?:a |an |the |any )?([a-z-]+)"
)


def asks_price(query: str) -> bool:
    """True when ``query`` asks the listed price of a thing, not of a variant of it (:data:`_VARIANT_RE`)."""
    low = (query or "").lower()
    return query_kind(low) == "price" and not _VARIANT_RE.search(low) and not _LEAD_TIME_RE.search(low)


def one_service_duration(
    query: str,
    query_terms: list[str],
    hits: list[dict],
    dfs: dict[str, int],
    named: list[str],
    subjects: dict[int, tuple[str | None, list[str]]],
    story: set[str] | frozenset[str] = frozenset(),
) -> dict | None:
    """The hit (of ``hits``) that is the article of the one service a duration or price question
    names (see the module docstring), else None. ``subjects`` maps every article in scope to its
    kind and the content words of its own question; ``story`` holds the terms only the caller's
    story has (kb_ask): when the ask names a service, the story's words name none ("How long is a
    colour? I must fetch the kids at three" is not the children's cut), though they still name
    another article's subject."""
    price = not asks_duration(query) and asks_price(query)
    inclusion = not price and not asks_duration(query) and bool(_INCLUDED_RE.search((query or "").lower()))
    if not (price or inclusion or asks_duration(query)) or any(dfs.get(t) == 0 for t in named):
        return None
    # What the caller does not want names no service, and rules out the services named by it
    # ("just a blowout, no cut": the blow-dry, not the cut and blow-dry).
    unwanted = [w for m in _UNWANTED_RE.finditer((query or "").lower()) for w in terms(m.group(1))]
    query_terms = [q for q in query_terms if not any(names_word(q, u) for u in unwanted)]
    if any(h.get("kind") is None and h["confidence"] >= 0.4 and not h.get("refused") for h in hits):
        return None  # an answer a person wrote (learned, manual) may know this better than the profile
    services = {
        h["id"]: h
        for h in hits
        if h.get("kind") == "service"
        and service_name(h)
        and not any(names_word(u, w) for u in unwanted for w in terms(service_name(h)))
    }
    if not services:
        return None
    names = {i: terms(service_name(h)) for i, h in services.items()}
    sharing: dict[str, int] = {}
    for words in names.values():
        for w in set(words):
            sharing[w] = sharing.get(w, 0) + 1
    # The words of the business's own name ("hair" of Luna Hair Studio) name no service.
    trade = {light_stem(w) for kind, words in subjects.values() if kind == "contact" for w in words}
    asked_words = [q for q in query_terms if light_stem(q) not in trade]

    def scores(words_asked: list[str]) -> list[tuple[float, int]]:
        out = []
        for i, words in names.items():
            covered = [w for w in words if any(_names_part(q, w, words) for q in words_asked)]
            if any(sharing[w] == 1 for w in covered):
                out.append((sum(1 / sharing[w] for w in covered), i))
        return out

    told = [q for q in asked_words if q not in story]
    scored = scores(told) if story else []
    used = told if scored else asked_words
    scored = scored or scores(asked_words)
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    article = services[scored[0][1]]
    own_words = names[article["id"]]
    # Who the caller speaks for, unless the rest of the turn names the service too ("the kids'
    # price") or tells a child's age ("my boy just turned seven").
    rest = terms(_MY_PEOPLE_RE.sub(" ", query or ""))
    people = {
        p
        for p in terms(" ".join(m.group(0) for m in _MY_PEOPLE_RE.finditer(query or "")))
        if not any(names_word(p, r) or names_word(r, p) for r in rest)
    }
    if _AGE_RE.search(query or ""):
        people = set()
    if people and all(q in people for q in used if any(_names_part(q, w, own_words) for w in own_words)):
        return None  # "my daughter is getting married, a group rate?": who they speak for names no service
    if _names_another_service(used, article, names, _after_unknown_word(query, dfs)):
        return None  # "a cut and style": the blow-dry and style is no cut; which one is meant is unsure
    if _modified(query, names[article["id"]], dfs) or _qualified(
        query, names[article["id"]], article, None if price else set(named)
    ):
        # "partial highlights", "a balayage touch-up": another service than the one named; for a
        # time too when a name stands beside it ("an Olaplex treatment in the chair", kb blind16, blind19)
        return None
    if inclusion and not _asks_about_its_note(query_terms, names[article["id"]], article, trade):
        return None  # "Does the keratin come with a take-home kit?": the article says nothing of a kit
    others = [w for kind, words in subjects.values() if kind not in ("service", "services", "hours") for w in words]
    for t in query_terms:
        if (
            t in SELF_TERMS
            or t in WEAK_TERMS
            or light_stem(t) in trade
            or any(covers(t, w) for w in names[article["id"]])
        ):
            continue
        if any(covers(t, w) for w in others):
            return None  # the subject of another article: a policy, a stylist, parking
    return article


def unwanted_in_name(query: str, article: dict) -> bool:
    """True when ``article`` is a service whose name holds what the caller says they do not want
    ("a women's cut *without the blow-dry*" of "Women's haircut and blow-dry"): its price and time
    are those of another thing than the one asked."""
    name = service_name(article)
    if not name:
        return False
    unwanted = [w for m in _UNWANTED_RE.finditer((query or "").lower()) for w in terms(m.group(1))]
    return any(names_word(u, w) for u in unwanted for w in terms(name))


# Who the caller speaks for or brings: "my daughter", "my little boy", "my kids".
_MY_PEOPLE_RE = re.compile(
    r"\bmy\s+(?:little\s+|young\s+|eldest\s+|youngest\s+|oldest\s+)?"
    r"(sons?|daughters?|boys?|girls?|kids?|child|children|toddlers?|husband|wife|partner)\b",
    re.I,
)


# A child's age told: "just turned seven", "is 8", "a 5 yr old", "seven-year-old".
_AGE_RE = re.compile(
    r"\b(?:turned|turning|is|aged?)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen)\b"
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]?(?:years?|yrs?|yr)[ -]?old\b",
    re.I,
)


def names_two_services(
    query: str,
    query_terms: list[str],
    hits: list[dict],
    dfs: dict[str, int],
    threshold: float,
    distinctive: set[str],
    trade: set[str] = frozenset(),
    story: set[str] = frozenset(),
) -> None:
    """Hold back a confident service answer (in place: ``hits[0]`` below ``threshold``, ``refused``)
    when the caller's words also name a word of another service's name that this service's name and
    answer lack (:func:`_names_another_service`): "a blow-dry for a child" takes "child" from the
    children's haircut and "blow-dry" from the blow-dry, and neither service's price is the price of
    a child's blow-dry (a near miss by one shared word, kb blind26). Only the caller's distinctive
    words (``distinctive``: in at most a third of the articles) that the answer did not match count
    ("my boy ... cut his hair": the children's cut matched "boy"), and never a word of the
    business's own name (``trade``: "hair" of Luna Hair Studio names the trade, not "Bridal hair"),
    of the caller's story (``story``, kb_ask: "How long is a women's cut? I pick the kids up after")
    or of who they speak for ("*my daughter* wants to know what foils cost": :data:`_MY_PEOPLE_RE`). Words the caller does not want ("a kids' cut, no blow-dry") and words after one no
    article has ("a brazilian blowout") name no service."""
    if not hits or hits[0]["confidence"] < threshold or hits[0].get("kind") != "service":
        return
    names = {h["id"]: terms(service_name(h)) for h in hits if h.get("kind") == "service" and service_name(h)}
    if hits[0]["id"] not in names:
        return
    unwanted = [w for m in _UNWANTED_RE.finditer((query or "").lower()) for w in terms(m.group(1))]
    matched = set(hits[0].get("matched") or ()) | set(story)
    matched |= {t for m in _MY_PEOPLE_RE.finditer(query or "") for t in terms(m.group(1))}
    words = [
        q
        for q in query_terms
        if q in distinctive
        and q not in matched
        and light_stem(q) not in {light_stem(w) for w in trade}
        and not any(names_word(q, u) for u in unwanted)
    ]
    if _names_another_service(words, hits[0], names, _after_unknown_word(query, dfs)):
        hits[0]["confidence"] = round(min(hits[0]["confidence"], threshold - 0.01), 3)
        hits[0]["refused"] = "the words name two services"


def _after_unknown_word(query: str, dfs: dict[str, int]) -> set[str]:
    """Words of ``query`` right after a word no article has ("*brazilian* blowout"): with it they name
    another thing than the word alone does."""
    tokens = re.findall(r"[a-z0-9]+", (query or "").lower().replace("'", "").replace("\u2019", ""))
    return {b for a, b in zip(tokens, tokens[1:]) if dfs.get(a) == 0}


def _names_another_service(
    words: list[str], article: dict, names: dict[int, list[str]], modified: set[str] = frozenset()
) -> bool:
    """True when one of the caller's ``words`` names a word of another service's name (``names``:
    service article id -> words of its name) that ``article``'s own name and answer lack: "a cut and
    style" names the cut of the haircuts beside the style of "Blow-dry and style", so the blow-dry's
    time alone would answer half of it. A word the article's answer has ("balayage with the
    blow-dry": "includes toner and blow-dry") names part of that service, and one in ``modified``
    (after a word no article has: "a brazilian blowout") names another thing than the service."""
    own = names[article["id"]]
    answer = (article.get("answer") or "").lower()
    for q in words:
        if q in WEAK_TERMS or q in SELF_TERMS or q in modified or any(_names_part(q, w, own) for w in own):
            continue
        if any(names_word(q, x) for x in terms(answer)):
            continue
        if any(_names_part(q, w, other) for i, other in names.items() if i != article["id"] for w in other):
            return True
    return False


def _names_part(word: str, target: str, name: list[str]) -> bool:
    """The caller's ``word`` names ``target``, a word of a service's name ``name`` (its words):
    :func:`names_word`, or ``word`` is the token of a phrase of ours made only of words of the name
    that holds ``target`` ("all-over colour" reads as the token of "single process", which names
    "single" and "process" of "Single-process colour"; "colour correction" names no word of it)."""
    return names_word(word, target) or any(
        target in phrase.split() and set(phrase.split()) <= set(name) for phrase in FTS_PHRASES.get(word, ())
    )


def _modified(query: str, name_words: list[str], dfs: dict[str, int]) -> bool:
    """True when a word no article has stands right before or after a word of the service's name in
    ``query`` ("*partial* highlights", "balayage *touch*-up"): it makes another service of it."""
    from customario.escalation.kb_words import STOPWORDS, WORD_RE, terms as words_to_terms

    tokens = WORD_RE.findall((query or "").lower().replace("'", "").replace("\u2019", ""))
    for i, tok in enumerate(tokens):
        named = words_to_terms(tok)
        if not named or not any(covers(named[0], w) for w in name_words):
            continue
        for j in _beside(tokens, i):
            if tokens[j] not in STOPWORDS and dfs.get(tokens[j]) == 0:
                return True
    return False


# A word that links a qualifier to the service past it: "grey blending *for* men", "half head *of*
# highlights".
_LINKS = frozenset({"of", "for"})


def _beside(tokens: list[str], i: int) -> list[int]:
    """The positions of the words on either side of ``tokens[i]``, and past a linking "of"/"for"
    (and an article after it) the word that word links: "grey blending for men" puts "blending"
    beside "men", "half head of highlights" puts "head" beside "highlights" (held-out kb blind56:
    both near misses had been answered with the men's cut and the full highlights price)."""
    out = [j for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    if i >= 2 and tokens[i - 1] in _LINKS:
        out.append(i - 2)
    return out


def _qualified(query: str, name_words: list[str], article: dict, only: set[str] | None = None) -> bool:
    """For a price: True when a word of the service's name, as the caller wrote it, stands beside a
    content word that the service's article does not have nor name ("*colour correction*", "an
    *Olaplex* treatment"): the price asked is another one. With ``only`` (the question's named
    things, for a time or what comes with it) only those words count: "an *Olaplex* treatment" is
    another thing, while "a balayage *appointment*" is the balayage."""
    from customario.escalation.kb_words import STOPWORDS, WORD_RE, light_stem

    text = {
        light_stem(w)
        for w in WORD_RE.findall(f"{article.get('question', '')} {article.get('answer', '')}".lower().replace("'", ""))
    }
    tokens = WORD_RE.findall((query or "").lower().replace("'", "").replace("\u2019", ""))
    for i, tok in enumerate(tokens):
        if light_stem(tok) not in {light_stem(w) for w in name_words}:
            continue
        for j in _beside(tokens, i):
            if tokens[j] in STOPWORDS or tokens[j].isdigit():
                continue
            near = tokens[j]
            if only is not None and near not in only:
                continue
            if light_stem(near) not in text and not any(covers(near, w) for w in name_words):
                return True
    return False


def _asks_about_its_note(query_terms: list[str], name_words: list[str], article: dict, trade: set[str]) -> bool:
    """True when a word of an inclusion question other than the service's name and the trade's word
    is in the service's article ("toner" in "includes toner and blow-dry", "trial" in "trial session
    included"): what the caller asks about is what the article says comes with it."""
    from customario.escalation.kb_words import WORD_RE

    text = {light_stem(w) for w in WORD_RE.findall((article.get("answer") or "").lower().replace("-", ""))}
    for q in query_terms:
        if (
            light_stem(q) in trade
            or any(names_word(q, w) for w in name_words)
            or q in WEAK_TERMS
            or q in _INCLUSION_WORDS
        ):
            continue
        if any(light_stem(x) in text for x in {q} | expand_term(q)):
            return True
    return False


def ambiguous_person(query: str, hits: list[dict], threshold: float) -> None:
    """Ask back instead of answering (in place: ``hits[0]`` just below ``threshold``) when the best
    hit is a service whose name the caller's word for a person names only through our synonym table
    while WordNet makes that word a kind of the person another service is for: "girls" is in the
    children's group of :data:`kb_words.SYNONYMS`, and WordNet's first senses make a girl a young
    woman, so "a haircut for girls" may be the children's or the women's cut. A phrase WordNet
    knows whole ("little girl") is read as that phrase, which names no adult, and a turn that gives
    an age under 18 ("my girl is nine") speaks of a child."""
    from customario.escalation import wordnet

    if not hits or hits[0]["confidence"] < threshold or hits[0].get("kind") != "service" or not service_name(hits[0]):
        return
    wn = wordnet.load()
    if wn is None:
        return
    best = hits[0]
    own = terms(service_name(best))
    others = {
        w
        for h in hits[1:]
        if h.get("kind") == "service" and service_name(h)
        for w in terms(service_name(h))
        if w not in own
    }
    tokens = re.findall(r"[a-z0-9]+", (query or "").lower().replace("'", "").replace("\u2019", ""))
    if any(0 < (parse_number(t) or 0) < 18 for t in tokens):
        return  # "my girl is nine": an age under 18 says a child is meant
    for i, word in enumerate(tokens):
        if i and wn.lemmas(f"{tokens[i - 1]}_{word}", "noun"):
            continue  # "little girl": a child
        through_table = [w for w in own if light_stem(word) != light_stem(w) and names_word(word, w)]
        if not through_table:
            continue
        adults = [w for w in others for lemma in wn.lemmas(w, "noun")[:1] if wordnet.is_kind_of(word, lemma)]
        if adults:
            rival = next(h for h in hits[1:] if service_name(h) and any(a in terms(service_name(h)) for a in adults))
            best["confidence"] = round(min(best["confidence"], threshold - 0.01), 3)
            best["refused"] = f"fits article {rival['id']} as well"
            return


# The refusal (knowledge._kind_cap) of a price asked of a thing the service only includes.
INCLUDED_ONLY = "the asked thing only comes included in this service"
# What an answer says comes with a service: "includes toner and blow-dry", "trial session included".
_INCLUDES_RE = re.compile(r"\binclud(?:es|ed|ing)\b[^.;]*|[^.;:,]*\bincluded\b", re.I)


# One more of a thing: "a second trial", "another consultation", "an extra wash", "one more fitting".
_ONE_MORE_RE = re.compile(
    r"\b(?:second|2nd|third|another|extra|additional|one more|a further)\s+(?:(one)\b|(?:[a-z'-]+\s+)?[a-z'-]+)", re.I
)


def priced_only_as_included(article: dict, asked: list[str]) -> bool:
    """True when ``article`` is a service and every one of ``asked`` (the distinctive question words
    it matched) is named in it only as a thing the service includes ("includes toner and
    blow-dry"), not in the service's name: "how much is a toner on its own?" asks the price of the
    toner, which the balayage's price is not (kb blind17, blind19). False when ``asked`` is empty."""
    name = service_name(article)
    if not name or not asked:
        return False
    answer = article.get("answer") or ""
    included = " ".join(m.group(0) for m in _INCLUDES_RE.finditer(answer)).lower()
    rest = _INCLUDES_RE.sub(" ", answer).lower()
    own = terms(name)
    if any(names_word(t, w) for t in asked for w in own):
        return False  # "how much is balayage with toner?" names the service itself
    # Words of the article's own question ("how much", "cost") shape the question, not its subject.
    topic = terms(article.get("question") or "")
    subject = [t for t in asked if not any(names_word(t, w) for w in topic)]
    return bool(subject) and all(
        any(names_word(t, w) for w in terms(included)) and not any(names_word(t, w) for w in terms(rest))
        for t in subject
    )


# The thing asked for on its own: "just a toner", "only the gloss", "a toner by itself", "nothing else".
_ALONE_RE = re.compile(
    r"\b(?:just|only|alone|standalone|stand-alone|separately|by itself|itself|on its own|nothing else|(?:without|no) (?:the|a|any) \w+)\b",
    re.I,
)


def included_only_asked(article: dict, asked: str | None, words: list[str], query: str) -> bool:
    """True when ``query`` asks the price of a thing ``article`` (a service) only includes, or asks
    for that thing on its own, whatever it asks of it ("Can I book just a toner, nothing else?"
    against "includes toner and blow-dry"): the service is not the thing (kb blind47; the price
    case from kb blind17, blind19). ``asked`` is the question's kind (``kb_question.query_kind``),
    ``words`` the distinctive question words the article matched (:func:`priced_only_as_included`)."""
    alone = asked == "price" or bool(_ALONE_RE.search(query or ""))
    return alone and priced_only_as_included(article, words) or _included_itself(article, query)


# The thing named right before "itself" / "on its own": "the bridal trial session itself".
_ITSELF_RE = re.compile(r"\b([a-z'-]{3,})\s+(?:itself|on its own|by itself|alone)\b")


# The thing whose length is asked, the last word of the subject of "how long does ... take":
# "How long does the bridal trial take?" asks the trial's length (kb blind49).
_LASTS_OF_RE = re.compile(
    r"\bhow long (?:does|do|will|would|is|are) (?:the |a |an |my |your |that |this )?(?:[a-z'-]+ ){0,3}?"
    r"([a-z'-]{3,}) (?:take|last)\b"
)


def _included_itself(article: dict, query: str) -> bool:
    """True when ``query`` asks of a thing "itself" or "on its own" that ``article`` (a service)
    names only as included ("How long does the bridal trial session itself take?" against "trial
    session included"), or asks how long that thing takes ("How long does the bridal trial take?":
    the head of the subject of "how long does ... take", kb blind49): the service's own price and
    time are not that thing's (kb blind42). The
    word right before the marker must be in the included part and neither in the service's name nor
    in the rest of its answer."""
    name = service_name(article)
    m = _ITSELF_RE.search((query or "").lower()) or _LASTS_OF_RE.search((query or "").lower())
    if not name or not m:
        return False
    answer = article.get("answer") or ""
    included = terms(" ".join(x.group(0) for x in _INCLUDES_RE.finditer(answer)))
    rest = terms(_INCLUDES_RE.sub(" ", answer))
    head = m.group(1)
    return (
        any(names_word(head, w) for w in included)
        and not any(names_word(head, w) for w in terms(name))
        and not any(names_word(head, w) for w in rest)
    )


def _one_more_of_included(query: str, included: str, rest: str, own: list[str]) -> bool:
    """The caller asks for one more (:data:`_ONE_MORE_RE`: "a second", "another", "an extra") of a
    thing the service names only as included (in ``included``, not in ``rest`` nor in the service's
    own name words ``own``). "a second one" points back: any word of the turn may be the thing."""
    for m in _ONE_MORE_RE.finditer(query or ""):
        words = terms(query) if m.group(1) else terms(m.group(0))
        for t in words:
            if any(names_word(t, w) for w in own):
                continue
            if any(names_word(t, w) for w in terms(included)) and not any(names_word(t, w) for w in terms(rest)):
                return True
    return False


def one_more_of_included(article: dict, query: str) -> bool:
    """True when ``article`` is a service and ``query`` asks about one more of a thing it only
    includes ("is a second trial included too?", "the bridal trial if I want a second one" against
    "trial session included"): the service says the first comes with it, nothing of another one
    (kb blind26 and earlier corpora)."""
    if not service_name(article):
        return False
    answer = article.get("answer") or ""
    included = " ".join(m.group(0) for m in _INCLUDES_RE.finditer(answer)).lower()
    rest = _INCLUDES_RE.sub(" ", answer).lower()
    return _one_more_of_included(query, included, rest, terms(service_name(article)))


def other_service_named(
    query: str, best: dict, articles: list[dict], threshold: float, trade: set[str] = frozenset()
) -> None:
    """Hold back ``best`` (a confident policy or FAQ answer, in place: below ``threshold`` by 0.2,
    never offered) when the part read states its rule for one service by a word of that service's
    own name ("a patch test is needed 48 hours before a first *colour*") and the caller names another
    service by a word only its name has ("a patch test before a *keratin* treatment?"): the rule says
    nothing of that service. ``articles``: the articles in scope (services found by their
    ``source_ref``). A part that names no service (a cancellation rule) answers for every service,
    and the words of the business's own name (``trade``: "hair" of Luna Hair Studio) name none.
    Source: issue 11, kb blind29."""
    if best["confidence"] < threshold or best.get("kind") not in ("policy", "faq"):
        return
    trade_stems = {light_stem(w) for w in trade}
    names = {
        service_name(a): [w for w in terms(service_name(a)) if light_stem(w) not in trade_stems]
        for a in articles
        if service_name(a)
    }
    if len(names) < 2:
        return
    count: dict[str, int] = {}
    for words in names.values():
        for w in set(words):
            count[w] = count.get(w, 0) + 1
    part = best.get("excerpt") or best["answer"]
    in_part = set(terms(part))
    ruled = [n for n, words in names.items() if any(count[w] == 1 and w in in_part for w in words)]
    if not ruled:
        return
    asked = set(terms(query))
    for name, words in names.items():
        own = [w for w in words if count[w] == 1]
        if name not in ruled and any(any(names_word(q, w) for q in asked) for w in own):
            if not any(names_word(q, w) for q in asked for n in ruled for w in names[n] if count[w] == 1):
                best["confidence"] = round(min(best["confidence"], threshold - 0.2), 3)
                best["refused"] = f"near miss: the part read states its rule for {', '.join(ruled)}, not {name}"
                return
