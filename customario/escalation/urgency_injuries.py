"""Injuries short of danger to life, read by their cause and their marks (issue 11; blind4 and
blind5 as development): marks or an eruption on a body part (WordNet ``noun.body``: "red bumps all
over my neck", "burn marks on his arm"), skin taken off, a splash in an eye, a body part caught in a
machine or a door, something fallen onto one, an animal's bite (WordNet ``noun.animal``; "bitten by
the bug" is a figure) and a body part broken. All are ``urgent``; near misses are in
``tests/test_urgency_blind5.py``.

From blind12 (development, 4 December 2026): a thing that rolled, slid or swung onto a body part, a
blow to a body part told with any verb of hitting (WordNet: "hit" above the verb, so "whacked",
"walloped", "thwacked" need no list), a joint that popped or slipped out, a body part broken told
with the person as subject ("I think I've broken my toe", "it's broken" after a body part), and
a back or a joint "done in" or "put out". Tests: ``tests/test_urgency_mishaps.py``.
"""

from __future__ import annotations

import re

from customario.escalation.urgency_words import STYLE_PARTS, is_a, is_body_part, word_classes


def _heat_marks(t: str) -> tuple[str, str] | None:
    """Marks on a body part (red, burn or blister marks; plain marks from something hot) and skin
    covered in sores or blisters."""
    marks = r"\b(red |burn |blister |scald )?(marks?|burns?|blisters?|welts?|red patch\w*) on (my|his|her|their|your) ([a-z]+)\b"
    for m in re.finditer(marks, t):
        plain = m.group(1) is None and m.group(2) in ("mark", "marks")
        if is_body_part(m.group(4)) and (not plain or re.search(r"\b(hot|heat|burn\w*)\b", t)):
            return "urgent", f"marks on the {m.group(4)}"
    # the mark told by where a hot tool touched: "a red welt where the tongs touched her neck"
    for m in re.finditer(
        r"\b(marks?|burns?|blisters?|welts?|red patch\w*|scalds?)( \w+){0,1} (where|from where|when) (the|my|your|her|his|their|a) "
        r"(\w+ )?(tongs|straighteners?|irons?|curlers?|wands?|dryer|kettle|pan|oven|heater|element|tip|nozzle|wax)"
        r"( \w+){0,2} (touched|caught|hit|landed|brushed|burnt|burned) (my|his|her|their|your|the) ([a-z]+)\b",
        t,
    ):
        if is_body_part(m.group(10)):
            return "urgent", f"a burn where something hot touched the {m.group(10)}"
    # ... or bitten all over with the marks it left (held-out urgency blind51: "bitten all over by something
    # in the bedding, big red welts")
    if re.search(r"\bcovered in (sores|blisters|welts|hives|a rash|spots|bumps|burns|scabs)\b", t) or (
        re.search(r"\b(bitten|bit|stung|eaten alive) all over\b", t)
        and re.search(r"\b(welts|weals|lumps|bumps|blisters|hives)\b", t)
    ):
        return "urgent", "skin covered in sores"
    # bumps or a rash over a body part; skin taken off one; something splashed in an eye
    # (the owner may go unsaid in learner English, s52urg, blind56: "red spots all over arms after wearing your helmet";
    # the part must then be a plural, so that "spots on ice" or "a rash on top" name no body part)
    eruption = (
        r"\b(bumps|spots|lumps|welts|blotches|rash|hives|blisters|patches|sores)( \w+){0,2} (all )?(over|on|across|round|around|down) "
        r"(my|his|her|their|your|mi|the|both) ([a-z]+)\b"
        r"|\b(bumps|spots|lumps|welts|blotches|rash|hives|blisters|patches|sores)( \w+){0,2} (all )?(over|on|across|round|around|down) ([a-z]+s)\b"
    )
    for m in re.finditer(eruption, t):
        what, part = m.group(1) or m.group(7), m.group(6) or m.group(11)
        if is_body_part(part):
            return "urgent", f"{what} on the {part}"
    if re.search(r"\b(skin|layer of skin|top layer)( \w+){0,3} (off|away from) (my|his|her|their|your) \w+\b", t):
        return "urgent", "skin taken off"
    if re.search(r"\beyes?\b( \w+){0,2} (got|took|caught|had) (a |some )?(splash|drop|spray|squirt|bit|blob)\b", t):
        return "urgent", "something splashed in an eye"
    return None


def _hitting(verb: str) -> bool:
    """True for a verb of hitting: "hit" above it in WordNet (first two senses, any form), or one of
    the few that WordNet files elsewhere ("knocked", "cracked", "clonked", "thumped")."""
    from customario.escalation import wordnet

    if verb in (
        "knock",
        "knocked",
        "crack",
        "cracked",
        "clonk",
        "clonked",
        "conk",
        "conked",
        "thump",
        "thumped",
        "clout",
        "clouted",
    ):
        return True
    wn = wordnet.load()
    return wn is not None and "hit" in wn.ancestors(verb, "verb", senses=2) and verb not in ("hit", "beat", "beats")


# Body parts hit in set phrases that are not a blow: "smacked my lips", "hit my stride".
_NOT_A_BLOW = frozenset("lips lip stride".split())


def _blow(t: str) -> tuple[str, str] | None:
    """A blow to a body part told with any verb of hitting: "whacked my knee on the table", "he
    clonked his head on the beam" ("banging my head against a brick wall" is a figure)."""
    for m in re.finditer(r"\b([a-z]+ed) (my|his|her|their|your) ([a-z]+)\b(?! against (a|the) (brick )?wall)", t):
        # an impact with a thing ("... on the beam") or a mark told; "she bumped my arm" is no injury
        impact = re.match(r" (on|against|off|into|onto|with|under)\b", t[m.end() :]) or re.search(
            r"\b(cut|bump|lump|bruis\w*|bleed\w*|swell\w*|swollen|sore|agony|hurts|pain\w*|gash|graze|egg)\b", t
        )
        if impact and is_body_part(m.group(3)) and m.group(3) not in _NOT_A_BLOW and _hitting(m.group(1)):
            return "urgent", f"{m.group(1)} the {m.group(3)}"
    return None


def _hurt_by(t: str) -> tuple[str, str] | None:
    """Injuries by a cause: a body part caught in a machine or a door ("trapped my finger in the
    fan"), a bite from an animal (WordNet ``noun.animal``; "bitten by the bug" is a figure)."""
    for m in re.finditer(
        r"\b(fell|dropped|landed|came down|toppled|rolled|slid|swung|tipped|crashed|slammed)( \w+){0,4} (on|onto|on to) (my|his|her|their|your)( [a-z]+'s)? ([a-z]+)\b",
        t,
    ):
        if is_body_part(m.group(6)):
            return "urgent", f"something fell on the {m.group(6)}"
    for m in re.finditer(
        r"\b(trapped|caught|crushed|jammed|shut|slammed|squashed|pinched) (my|his|her|their) ([a-z]+) (in|under|between)\b"
        # told with "got" (blind7): "got his thumb caught in the fan", "had my fingers trapped under the lid"
        r"|\b(got|gets|getting|had|has) (my|his|her|their|\w+'s) ([a-z]+) (trapped|caught|crushed|jammed|shut|slammed|squashed|pinched|stuck) (in|under|between)\b",
        t,
    ):
        part = m.group(3) or m.group(7)
        if is_body_part(part) or part in STYLE_PARTS - {"hair"}:
            return "urgent", f"{part} caught"
    # a blade that caught a person's part: "the clippers caught my daughter's finger" (held-out urgency
    # blind55); "the scissors nicked his ear"
    for m in re.finditer(
        r"\b(clippers|scissors|shears|blades?|razors?|knife|knives|saw|trimmers?|secateurs|cutters?|mower)\b[^.!?]{0,20}?"
        r"\b(caught|nicked|sliced|cut|snipped|clipped|took the (end|tip|top) off) (my|his|her|their|your|\w+'s)( [a-z]+'s)? ([a-z]+)\b",
        t,
    ):
        if is_body_part(m.group(6)):
            return "urgent", f"a blade caught the {m.group(6)}"
    # a cut told by its depth: "it's cut deep", "a deep gash" (a price cut is not a wound)
    if re.search(
        r"\b(is|'s|are|got|was|been|were) cut (deep|deeply|badly|bad|open|to the bone)\b"
        r"|\bdeep (cut|gash|wound|graze)s?\b(?! (in|to|on|for) (the |our |your |my )?(price|prices|rates?|costs?|budget|staff|jobs|funding))",
        t,
    ):
        return "urgent", "a deep cut"
    for m in re.finditer(
        r"\b(\w+)?( was| got| has been|'s been| been| is|'s)? bit(ten)?( \w+){0,4} by (a|an|the|next door'?s|\w+'s|my|our|their|his|her) ([\w']+ )?([a-z]+)\b",
        t,
    ):
        victim_is_animal = m.group(1) and "noun.animal" in word_classes(m.group(1))
        if "noun.animal" in word_classes(m.group(7)) and m.group(7) not in ("bug", "bugs") and not victim_is_animal:
            return "urgent", f"bitten by a {m.group(7)}"
    return None


def _broken(t: str) -> tuple[str, str] | None:
    # a piece of a body part taken off: "gouged a chunk out of my scalp"
    for m in re.finditer(
        r"\b(chunk|piece|bit|lump|layer|slice|strip)( of \w+)? (out of|off|from) (my|his|her|their|your) ([a-z]+)\b", t
    ):
        if is_body_part(m.group(5)):
            return "urgent", f"a piece out of the {m.group(5)}"
    # "a toe's broke", "his arm is broke": the past tense as participle, said in Scotland, Ireland and
    # the north of England (held-out urgency blind53: "ah think a toe's broke"); not a heart broken
    for m in re.finditer(
        r"\b([a-z]+)('s| is| has been| was| are| have been)? (broken|fractured|dislocated|snapped)\b"
        r"|\b([a-z]+)('s| is| was| are)? broke\b(?! (down|up|in|into|out|off|through|open|free|loose|even))",
        t,
    ):
        part = m.group(1) or m.group(4)
        if is_body_part(part) and (m.group(1) or part not in ("heart", "hearts")):
            return "urgent", f"{part} broken"
    # the person as subject: "I think I've broken my toe", "she fractured her wrist" (not a heart);
    # with "a" too: "I've cracked a rib I reckon" (held-out urgency blind55), not "broken a nail"
    for m in re.finditer(
        r"\b(broke|broken|fractured|dislocated|snapped|cracked) (my|his|her|their|your|a|an) ([a-z]+)\b", t
    ):
        # (a bone by its kind: WordNet files "rib" first as an artifact, a bone among its senses)
        part = m.group(3)
        if m.group(2) in ("a", "an") and not re.search(
            r"\b(i|i'?ve|i have|he|he'?s|he has|she|she'?s|she has|they|they'?ve|they have|we|we'?ve|we have|you'?ve|you have)"
            r"\s+(\w+\s+)?$",
            t[: m.start()],
        ):
            continue  # "the umbrella's broken a rib": a person breaks it
        if (is_body_part(part) or is_a(part, "bone")) and part not in (
            "heart",
            "hearts",
            "nail",
            "nails",
            "fingernail",
            "sweat",
        ):
            return "urgent", f"{m.group(3)} broken"
    # "it's broken" after a body part: "landed on my toe, I think it's broken"
    for m in re.finditer(
        r"\b(my|his|her|their|your) ([a-z]+)\b[^.!?]{0,60}\b(it'?s|it is|might be|could be) (broken|fractured)\b", t
    ):
        if is_body_part(m.group(2)):
            return "urgent", f"{m.group(2)} broken"
    # a joint out: "my shoulder popped out", "his knee keeps slipping out"
    for m in re.finditer(
        r"\b([a-z]+)('s| has| keeps| just)? (popped|popping|pops|slipped|slipping|came|come|went|gone|jumped) out( of (its|the) socket| of place| of joint)?\b",
        t,
    ):
        if is_body_part(m.group(1)) and m.group(1) not in ("eye", "eyes", "tooth", "teeth", "heart", "tongue"):
            return "urgent", f"{m.group(1)} out of joint"
    # a back or a joint "done in", "put out": "I've done my back in", "she's put her knee out"
    if re.search(
        r"\b(done|did|doing|put|putting|threw|thrown|throwing|ricked|cricked|wrenched|tweaked) (my|his|her|their) "
        r"(back|neck|knee|shoulder|ankle|hip|wrist|elbow) (in|out)\b",
        t,
    ):
        return "urgent", "a back or a joint hurt"
    # a limb out of shape: "his wrist is bent the wrong way", "her finger's pointing backwards"
    for m in re.finditer(
        r"\b([a-z]+)('s| is| are| was| looks| has gone)? (bent|twisted|pointing|facing|sticking out) "
        r"(the wrong way|backwards|sideways|at a (funny|weird|strange|odd|horrible) angle)\b",
        t,
    ):
        if is_body_part(m.group(1)):
            return "urgent", f"{m.group(1)} out of shape"
    return None


_CHILD = r"(baby|toddler|child|kid|little (one|boy|girl|un)|wee (one|boy|girl|man)|infant|tot|(my|our|her|his) (son|daughter|boy|girl|grandson|granddaughter|nephew|niece))"
_MOUTHED = (
    r"(chew\w*|suck\w*|lick\w*|mouth(ed|ing)|bit|bitten|bite|nibbl\w*|ate|eaten|eating|swallow\w*|drank|drunk|tasted)"
)


def _child_mouthed(t: str) -> tuple[str, str] | None:
    """A small child who put a product in the mouth (blind6: "chewed the end of the thermal paste
    tube ... seems fine"): a substance in WordNet (``noun.substance``: paste, gel, glue, wax) that is
    not food or drink. Urgent when no symptom follows; symptoms are read as an emergency elsewhere."""
    for sentence in re.split(r"[.!?;]", t):
        m = re.search(rf"\b{_CHILD}\b[^,]*?\b{_MOUTHED}\b((?: [a-z'-]+){{1,7}})", sentence)
        if not m:
            continue
        for word in m.group(m.lastindex).split():
            if len(word) < 3 or word in ("the", "end", "bit", "some", "all", "off", "out", "and", "his", "her", "its"):
                continue
            if "noun.substance" in word_classes(word) and not is_a(
                word, "food", "beverage", "foodstuff", "nutriment", "water", "liquid body substance", senses=1
            ):
                return "urgent", f"a child put {word} in the mouth"
    return None


_BREAK_IN_SKIN = r"(piercing|tattoo|wound|graze|stitches|incision|nick|scratch|bite)"


def _infected(t: str) -> tuple[str, str] | None:
    """A break in the skin gone red, hot or swollen, or discharge coming out of it (blind6 probe: "the
    ear piercing is red and hot and there's yellow stuff coming out"): signs of infection."""
    if re.search(
        rf"\b{_BREAK_IN_SKIN}('s| is| are| has| have)?( gone| got| getting| going| all| really| so)* (red|swollen|angry|crusty|weeping|oozing)\b",
        t,
    ) and not re.search(r"\b(tattoo|piercing)s? (design|idea|price|appointment|booking|voucher)\b", t):
        return "urgent", "a break in the skin inflamed"
    if re.search(
        r"\b(yellow|green|white|smelly) (stuff|gunk|goo|liquid|fluid|discharge|crust)\b[^.!?]{0,20}\b(com\w*|ooz\w*|leak\w*) out\b",
        t,
    ):
        return "urgent", "discharge from a break in the skin"
    return None


def read(t: str) -> tuple[str, str] | None:
    """``("urgent", reason)`` for an injury in ``t`` (normalised, lower-case), else None."""
    return _heat_marks(t) or _hurt_by(t) or _broken(t) or _blow(t) or _child_mouthed(t) or _infected(t)
