"""The words of a knowledge-base question: content terms, synonym groups, phrases, light stems,
WordNet-related words, and how much each word counts (:mod:`customario.escalation.knowledge`).

``terms`` turns a caller's question into content words (stop words dropped, possessives and
multi-word names read as one word, one word per synonym group). ``expand_term`` gives a word's own
synonym group and broader word from the tables below; ``related_words`` adds what WordNet relates to
it (:mod:`customario.escalation.wordnet`). ``term_weight`` and ``is_general`` say how much a word no
article has counts against an answer; ``covers`` says whether a caller's word names an article's.
"""

from __future__ import annotations

import functools
import re

from customario.escalation import wordnet
from customario.escalation.kb_phrases import PHRASES

# Weight of a question word that no article in scope contains ("my son is eight ..."): it cannot
# point at an article, but it may be what the question is about (a service not offered), so it
# still counts against the answer, at 0.6 of its weight.
UNKNOWN_WEIGHT = 0.6

# Words that shape a question more than they name its subject ("how long", "how fast"): they count
# at half weight against an article that lacks them.
WEAK_TERMS = frozenset(
    {
        "long",
        "fast",
        "quick",
        "quickly",
        "soon",
        "length",
        "window",
        # Nouns that ask for a span of time as "how long" does ("the warranty period", "refund
        # timeline", "delivery timeframe": kb blind65 store): what is asked is the word beside them.
        "period",
        "periods",
        "timeline",
        "timelines",
        "timeframe",
        "timeframes",
        "far",
        "time",
        "take",
        "takes",
        "need",
        "needs",
        "get",
        "work",
        "works",
        "enough",
        "size",
    }
)

# Words for the business itself ("is the salon open", "the studio's address"): every article is
# about it, whether it names it or not.
SELF_TERMS = frozenset({"salon", "studio", "store", "shop", "business", "company", "place", "premises"})

SELF_WEIGHT = 0.2

# "'s" after a noun is a possessive ("who's" reads as "who"); after these words it is "is" or "us".
_POSSESSIVE_RE = re.compile(r"\b(?!(?:what|it|that|there|here|he|she|where|how|when|why|let)'s\b)([a-z]+)'s\b")

# A word no article has that WordNet knows only as an adverb ("already", "probably") says little
# about what is asked: it counts at GENERAL_WEIGHT instead of UNKNOWN_WEIGHT.
GENERAL_WEIGHT = 0.25

STOPWORDS = frozenset(
    """a about above after again all also am an and any anything are as at be been being but by can
    could did do does doing done for from get got had has have hello hey hi how i i'd i'm if im in
    is it its it's just know let like me mine my need of ok okay on one or our please pls said say
    should so some something tell than thank thanks that the their them then there these they this
    those to too um uh us very want was we well were what whats when which will with would yes you
    your yours you're youre day offer offered provide many time times take leave bring long good place guys
    folks anyone anybody someone somebody able possible currently actually really maybe still ever here now
    recommend suggest stuff thing things he she his her him hers himself herself myself yourself mom mum dad
    uses use using somewhere anywhere rid up out off sort kind bit lot might must shall may till until unless id ive youd youve theyre whos lets thats theres heres wheres hows else anything nothing everything whether though although because u ur
    wants wanted wanting dont cant isnt arent didnt doesnt two three four five six seven eight
    nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    happens happen thinking til r ya yall wat wut wot hw pls plz thx lol tho gonna wanna nah dear love mate hun""".split()
    # Words that ask for information as such ("warranty info pls", "shipping details?"): what is
    # asked is the word beside them, never the information itself (kb blind59 and earlier store
    # corpora: "warranty info" was scored as if "info" were a thing no article has).
    + "info information details".split()
    # Scots and Irish spellings of function words and forms of address ("Whit size o power supply
    # dae ah need fur a 4090, pal?", "Do youse refund ...?", kb blind61): as "wat" and "mate" above,
    # they shape the question and name nothing asked (Scottish National Dictionary spellings).
    + "whit dae ah fur ye youse yez yer cannae canna dinnae didnae doesnae isnae wisnae wid tae wis pal hen buddy".split()
    # Politeness and hedging markers and forms of address ("Kindly tell me ...", "I was wondering
    # whether ...", "lads, what PSU ...", "yo does it ship ...", kb blind65 store): they frame the
    # question and name nothing asked, like "please" and "mate" above. Not "sorry": it marks a
    # correction ("Thursday... no, sorry, Wednesday"), and "give" kept "Do you give refunds in
    # cash?" off the refund sentence (both measured on the development corpora).
    + "kindly wondering wonder possibly lads yo bruh".split()
    # Texting shorthand: "rn" (right now), "smth"/"sth" (something), as "pls" and "thx" above.
    + "rn smth sth".split()
)

# Words that mean the same thing to a caller; each term is searched together with its group. A
# maintained embedding model was measured against this table (benchmarks/bench_knowledge.py); see
# docs/supervisor-and-knowledge-base.md for the figures.
SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(g.split())
    for g in (
        # A penalty is a charge for breaking a policy ("any penalty if I reschedule?", kb blind48).
        "price prices pricing cost costs charge charges fee fees rate rates much expensive cheap penalty penalties",
        "hours open opening opens close closing closes closed shut",
        "where address located location directions find street",
        "park parking car garage lot",
        "cancel cancellation cancelling canceling reschedule rescheduling",
        "staff stylist stylists team who hairdresser hairdressers barber barbers",
        "color colour coloring colouring dye dyeing tint",
        "book booking appointment appointments",
        "kid kids child children childrens toddler toddlers boy boys girl girls son daughter",
        "man men mens gentleman gentlemen guy guys gent gents dude dudes bloke blokes fella fellas chap chaps",
        "woman women womens lady ladies",
        "payment pay paying card cards credit cash debit applepay contactless plastic",
        # Money left for the stylist: "gratuity" is the formal word for a tip (kb blind48).
        "tip tips tipping gratuity gratuities",
        "voucher vouchers certificate certificates giftcard",
        # Money off a price, as a supervisor's learned answer names it and callers ask it (kb
        # blind36, blind37, blind39: "any deals for students?", "do you knock anything off?").
        "discount discounts deal deals concession concessions",
        # Students named by where they study ("my daughter's at university", "a college ID"):
        # learned student discounts, kb blind38, blind39, blind41.
        "student students university uni college",
        "dog dogs puppy puppies doggy",
        "pet pets animal animals",
        "late lateness tardy delayed",
        "arrive arriving arrival",
        "walk walkin walkins drop",
        # Access for callers who cannot manage steps, asked through the steps themselves, being
        # upstairs, or the aids they get about with (kb blind36, blind37).
        "wheelchair accessible accessibility disabled disability ramp step steps stairs stair staircase"
        " upstairs downstairs walker walkers scooter crutches mobility",
        "entrance entrances entry door doors doorway",
        "product products shampoo conditioner retail brand brands",
        "wedding bride bridal",
        "highlight highlights foils",
        "straighten straightening smoothing keratin",
        "blowdry blowout blow",
        "fade fades",
        "eyelash eyelashes lash lashes",
        # The hair over the forehead: British "fringe", American "bangs" (a learned fringe trim
        # asked as "my bangs", kb blind43).
        "fringe fringes bangs",
        "cut cuts haircut haircuts",
        "consultation consult consults consultations chat",
        "phone number call telephone",
        "email mail",
        "website site web online",
        "duration long minutes take takes",
        "buy sell purchase purchasing selling",
        "psu power supply watt watts wattage",
        "gpu gpus graphics videocard",
        "ram memory",
        "cpu cpus processor processors",
        "refund refunds reimbursement",
        "return returns returning",
        # British "dispatch" is sending an order out ("same-day dispatch", kb blind61).
        "ship shipping shipped delivery deliver delivered dispatch dispatched dispatches dispatching",
        # "Warrantee" (strictly the person a warranty is given to, WordNet's only sense) is how
        # callers misspell warranty ("ssd warrantee", kb blind65 store).
        "warranty warranties warrantee warrantees guarantee guarantees guaranteed guaranty",
        "restocking restock",
        "ssd ssds nvme",
        "standard normal normally regular usual usually",
        "defective broken faulty damaged doa dead",
        "carrier carriers courier couriers fedex ups usps dhl",
        "express expedited fastest quickest faster quicker",
        "allowed allow permitted welcome friendly",
        "unopened sealed",
        "nearby near nearest closeby",
        "restroom restrooms bathroom bathrooms toilet toilets loo washroom lavatory",
    )
)

# A word that also means a broader one ("puppy" is a pet): the query word searches those too.
BROADER = {
    "dog": "pet",
    "dogs": "pet",
    "puppy": "pet",
    "puppies": "pet",
    "cat": "pet",
    "cats": "pet",
    "voucher": "gift",
    "certificate": "gift",
    "giftcard": "gift",
    "weekend": "saturday",
    "trim": "cut",
}

# Named instances in a synonym group (a carrier's name is searched with "carrier" and the others):
# "which carrier, FedEx?" is answered by an article naming UPS, but a yes/no question about one no
# article names ("do you ship with FedEx?") asks about that thing itself (:func:`absent_instances`).
INSTANCES = frozenset({"ups", "usps", "fedex", "dhl"})
_WH_RE = re.compile(r"\b(?:who|whom|which|what|whats)\b", re.I)


def absent_instances(query: str, query_terms: list[str], vocabulary: set[str]) -> list[str]:
    """The named instances (:data:`INSTANCES`) ``query`` asks about when no article has any of them
    (``vocabulary``: the words of the articles in scope) and the question is no who/which/what
    question: "Do you ship with DHL?" asks about DHL, "Who delivers, DHL?" asks who does and guesses.
    [] otherwise. The search treats them as named things no article mentions."""
    named = [t for t in query_terms if t in INSTANCES]
    if not named or any(t in vocabulary for t in named) or _WH_RE.search(query or ""):
        return []
    return named


SYNONYM_OF = {w: g for g in SYNONYMS for w in g}

WORD_RE = re.compile(r"[a-z0-9]+")
_OWN_RE = re.compile(r"\b(my|your|our|their|his|her|ur) own\b")


def terms(text: str) -> list[str]:
    """Content words of ``text``: lower case, apostrophes removed, stop words dropped, one word per
    synonym group, unique, at most 12."""
    text = (text or "").lower().replace("\u2019", "'")
    # Possessives name the thing itself: "my daughter's cut", "Jonah's specialties".
    # "I'll" is "I will", not "ill" (sick) once the apostrophe goes.
    text = _POSSESSIVE_RE.sub(r"\1", re.sub(r"\bi'll\b", "i will", text)).replace("'", "")
    # "my own dye", "print my own": the caller's own, no owner of the business ("owns" is a tag of
    # the owner's article); "on its own" (alone) keeps its word.
    text = _OWN_RE.sub(r"\1", text)
    for phrase, token in PHRASES:
        text = re.sub(rf"\b{phrase}\b", token, text)
    words = WORD_RE.findall(text)
    out: list[str] = []
    seen_groups: set[frozenset[str]] = set()
    for w in words:
        if (w in STOPWORDS and w not in SYNONYM_OF) or w in out or (len(w) < 2 and not w.isdigit()):
            continue
        group = SYNONYM_OF.get(w)
        if group is not None:
            if group in seen_groups:
                continue  # "how much does it cost": one price term, not two
            seen_groups.add(group)
        out.append(w)
    return out[:12]


def question_key(text: str) -> str:
    """Normalised question used to detect duplicates: lower-case words joined by single spaces."""
    return " ".join(WORD_RE.findall((text or "").lower().replace("'", "")))


def expand_term(term: str) -> set[str]:
    """``term``, the words of its synonym group and the group of its broader word (:data:`BROADER`)."""
    words = set(SYNONYM_OF.get(term, {term}))
    broader = BROADER.get(term)
    if broader:
        words |= set(SYNONYM_OF.get(broader, {broader}))
    return words


FTS_SAFE = re.compile(r"^[a-z][a-z -]*[a-z]$")


@functools.lru_cache(maxsize=4096)
def related_by_kind(term: str) -> tuple[frozenset[str], frozenset[str]]:
    """(synonyms and derived forms, broader nouns) of ``term`` from WordNet, without the words of
    its own synonym group; both empty when WordNet is not installed."""
    wn = wordnet.load()
    if wn is None or not term.isalpha():
        return frozenset(), frozenset()
    own = expand_term(term)
    same, broader = set(), set()
    for word, relation in wn.related(term).items():
        if word in own or word in STOPWORDS or not FTS_SAFE.match(word) or len(word) < 3:
            continue
        (broader if relation == "broader" else same).add(word)
    return frozenset(same), frozenset(broader - same)


def related_words(term: str, broader: bool = False) -> frozenset[str]:
    """Words WordNet relates to ``term`` (see :func:`customario.escalation.wordnet.WordNet.related`):
    synonyms and derived forms, with ``broader=True`` also the nouns one step above it. Broader
    nouns only serve the near-miss check ("puppy" covers an article's "dog"): as matches they
    answered near misses ("massages" found the keratin "treatment")."""
    same, up = related_by_kind(term)
    return same | up if broader else same


def is_general(term: str, df: int) -> bool:
    """True for a word no article has that WordNet knows only as an adverb ("already", "never",
    "probably"): it shapes the question, it does not name what is asked. (Counting words with many
    senses as general too, "change my mind", answered near misses: "checks", "price match".)"""
    if df > 0 or not term.isalpha():
        return False
    if term in PREPOSITIONS:
        return True
    wn = wordnet.load()
    return wn is not None and wn.adverb_only(term)


# English prepositions of place that are not stop words (from the closed class of simple
# prepositions, Quirk et al., A Comprehensive Grammar of the English Language, 1985, section 9.7).
# Like an adverb, such a word relates the things a caller names ("still under warranty", "get into
# the salon") and names nothing asked; WordNet lists them only as adverbs or adjectives of other
# senses ("under" = "lower in rank"), so :func:`is_general` names them here. Left out on purpose:
# prepositions that carry what is asked: an amount or a channel ("refunds over $500", "over a video
# call", "via email", "per machine", "below $100"), a time ("since", "past", "during", "within") or
# an exception ("without the box", "except"); making them general answered 7 near misses
# ("How long does the review take for refunds over $500?") on the development corpora.
# "into" and "onto" are left out too: they ask where a thing goes ("Can I plug two USB4 cables into
# one dock?" was answered with the USB4-to-USB2 sentence, tests/test_kb_s51kbstore.py).
PREPOSITIONS = frozenset(
    "alongside amid amidst among amongst atop beneath toward towards under underneath upon".split()
)


def words_of(text: str) -> set[str]:
    return {light_stem(w) for w in WORD_RE.findall((text or "").lower().replace("'", ""))}


def in_words(term: str, words: set[str]) -> bool:
    """``term``, a synonym or a WordNet synonym/derived form is among ``words`` (light stems)."""
    forms = expand_term(term) | related_words(term, broader=False)
    return any(light_stem(x) in words or (len(x) > 5 and any(w.startswith(x[:6]) for w in words)) for x in forms)


def term_weight(term: str, df: int) -> float:
    """How much a question word counts in the denominator of the confidence (see the module
    docstring): 1 for a word some article has, less for question-shaping, self-naming and unknown
    words."""
    if term in SELF_TERMS:
        return SELF_WEIGHT
    weight = 0.5 if term in WEAK_TERMS else 1.0
    if df > 0:
        return weight
    return weight * (GENERAL_WEIGHT if is_general(term, df) else UNKNOWN_WEIGHT)


def light_stem(word: str) -> str:
    """A light plural/-ing/-ed stem for comparing a question's words with an article's ("labels" and
    "label", "returns" and "return"); FTS5's porter stemmer does the same inside the index."""
    for suffix, repl, minimum in (
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("xes", "x", 4),
        ("ches", "ch", 5),
        ("shes", "sh", 5),
        ("s", "", 4),
        ("ing", "", 6),
        ("ed", "", 5),
    ):
        if word.endswith(suffix) and len(word) >= minimum and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + repl
    return word


def covers(query_term: str, article_term: str) -> bool:
    """True when the caller's word names the article's word: the same word or stem, a synonym
    (own table or WordNet), a derived form, or a narrower word ("puppy" covers "dog"; "hair" does not
    cover "eyelash")."""
    q, t = query_term, article_term
    expansion = expand_term(t) | {light_stem(t)}
    return (
        q in expansion
        or light_stem(q) in expansion
        or t in expand_term(q)
        or t in related_words(q, broader=True)
        or light_stem(t) in related_words(q, broader=True)
        or q in related_words(t)
    )


def is_plural(word: str) -> bool:
    """True for a plural noun ("treatments", "haircuts"): WordNet's noun lemma differs from the word
    (a name such as "Marcus" is no plural); without WordNet, an -s word with a shorter stem."""
    wn = wordnet.load()
    if wn is None:
        return word.endswith("s") and light_stem(word) != word
    forms = wn.lemmas(word, "noun")
    return bool(forms) and word not in forms


def correct_typos(words: list[str], vocabulary: set[str], keep: frozenset[str] = frozenset()) -> list[str]:
    """``words`` with each mistyped one replaced by the knowledge base's word it is one edit from
    ("accesible" → "accessible", "balyage" → "balayage"): a word of four letters or more that no
    article has, that is no English word (the CMU dictionary, :func:`customario.dialogue.typos.candidates`)
    and that is one letter added, dropped, changed or two swapped away from exactly one word of
    ``vocabulary``. Brand names one edit from nothing ("venmo") stay as they are. A word no article
    has that WordNet knows in one sense only, whose synonyms hold exactly one word of the articles,
    is read as that word (:func:`one_sense_synonym`: "yrs" → "year"). Words of ``keep`` stay as
    they are (brand names written in camel case: ``kb_query.camel_case_words``)."""
    from customario.dialogue.typos import candidates

    vocab = tuple(sorted(vocabulary))
    out = []
    for w in words:
        if w in keep:
            out.append(w)
            continue
        near = candidates(w, vocab) if len(w) >= 4 and w.isalpha() and w not in vocabulary else []
        out.append(near[0] if len(near) == 1 else one_sense_synonym(w, vocabulary))
        if out[-1] == w and w not in vocabulary:
            out[-1] = without_vowels_of(w, vocab)
    return list(dict.fromkeys(out))


_VOWELS_RE = re.compile(r"[aeiou]")


def without_vowels_of(word: str, vocabulary: tuple[str, ...]) -> str:
    """The one word of ``vocabulary`` that ``word`` writes without its vowels, as texts do ("wmns" →
    "womens", "clr" → "colour", "prkng" → "parking"); ``word`` itself when it has a vowel, is shorter
    than three letters, or no word or several words of ``vocabulary`` have those consonants in that
    order and nothing else. Source: issue 11, kb blind23 ("wmns cut price + how long?")."""
    if len(word) < 3 or not word.isalpha() or _VOWELS_RE.search(word):
        return word
    found = {v for v in vocabulary if len(v) > len(word) and _VOWELS_RE.sub("", v) == word}
    return next(iter(found)) if len(found) == 1 else word


def one_sense_synonym(word: str, vocabulary: set[str]) -> str:
    """The one word of ``vocabulary`` (by light stem) that ``word`` abbreviates, when ``word`` is in
    no article and WordNet gives it a single sense whose synonyms hold that word ("yrs" → "yr": a
    year, "hrs": an hour, "info"); ``word`` itself otherwise. Abbreviates = the WordNet base form is
    shorter, starts with the same letter and its letters come in order in the longer word. A word of
    several senses is never swapped (which one the caller means is not known), nor a one-sense word
    for an unlike synonym ("while" is a "patch" of time, "Oregon" is "OR")."""
    stems = {light_stem(v) for v in vocabulary}
    if not word.isalpha() or word in vocabulary or light_stem(word) in stems:
        return word
    wn = wordnet.load()
    if wn is None:
        return word
    bases = {b for pos in wordnet.POS for b in wn.lemmas(word, pos)}
    found = {
        x
        for x in wn.one_sense(word)
        if " " not in x and light_stem(x) in stems and any(_abbreviates(b, x.lower()) for b in bases)
    }
    return next(iter(found)) if len(found) == 1 else word


def _abbreviates(short: str, long: str) -> bool:
    """True when ``short`` is shorter than ``long``, starts with its letter and has its letters in
    ``long`` in order ("yr" of "year", "info" of "information")."""
    if not short or len(short) >= len(long) or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def names_word(word: str, target: str) -> bool:
    """The caller's ``word`` names ``target``: the same word or light stem, or a synonym of our own
    table ("kids" for children, "brides" for bridal). Stricter than :func:`covers`: WordNet's looser
    relations ("shaves" and trims, "blonde" and colour) do not name a service or a specialty."""
    w, t = light_stem(word), light_stem(target)
    return (
        w == t
        or word in expand_term(target)
        or w in expand_term(target)
        or target in expand_term(word)
        or t in expand_term(w)
    )
