"""The caller's own act that a policy governs, and what happens then (issue 11).

Callers ask what a policy says by telling what they will do: "I'm stuck in traffic on the 101,
twenty minutes late. Will you still take me?", "How late can I be before you give my slot away?",
"What happens if I just don't turn up?", "I need to move my appointment. How far ahead do I have to
let you know?", "what is the charge if I cancel on the same day?". The search reads the act
(``latearrival``, ``noshow``, ``reschedule``, ``cancel``: :data:`kb_phrases.PHRASE_TABLE`) but the
caller's other words (the traffic, "slot", "leeway", "grace period") are in no article and pull the
word-coverage confidence under the threshold, so the question escalates although the policy answers
it.

:func:`answer_callers_act` answers with the policy article of the act when

- the caller does the act (not the business: "What happens if the salon cancels on me?" is not the
  caller's cancellation policy);
- the ask is about what follows from it (:data:`_CONSEQUENCE_RE`: "what happens", "will you still",
  "how late can I be", "leeway", "grace period", "how far ahead", "is there a charge");
- it asks nothing the policy does not state: lateness beside money ("Is there a late fee if I'm 20
  minutes late?": the late-arrival policy names no fee), an exception ("if I'm sick, will you waive
  it?", a refund, a deposit) or a thing no article mentions in the asking sentence;
- another article is not already the confident answer.

Source: issue 11, kb blind38, blind39, blind41 (late arrivals, no-shows and moved appointments told
in the caller's words escalated; the late-fee and waiver questions of blind12-blind41 are near
misses kept).
"""

from __future__ import annotations

import re

from customario.escalation.kb_asked import asked_sentence

# act term (kb_phrases.PHRASE_TABLE) -> the word of the policy's key (``policy:<key>``) that governs it
_ACTS = {"latearrival": "late", "noshow": "cancellation", "reschedule": "cancellation", "cancel": "cancellation"}
_CONSEQUENCE_RE = re.compile(
    r"\b(?:what happens|what will happen|what if|will you still|would you still|can (?:i|we) still|could (?:i|we) still|"
    r"do (?:i|we) still get|(?:still|even) (?:take|see|do|fit|get)|how late can (?:i|we) (?:be|arrive|show|turn|get there)|leeway|grace period|lose my|"
    r"give (?:my|the|our) (?:slot|spot|appointment|booking|place) away|becomes? a problem|is that (?:ok|okay|a problem)|"
    r"how (?:far|long|much time) (?:ahead|in advance|before)|how much notice|notice do (?:i|you|we)|"
    r"(?:what|whats|what's) (?:is )?(?:the|your) (?:rule|rules|policy|charge|fee)|is there a (?:charge|fee|penalty)|"
    r"do (?:i|we) (?:get charged|have to pay|pay)|without paying|charge (?:me|for)|will (?:i|we) be charged)\b",
    re.I,
)
# Lateness beside money: the late-arrival policy names no fee (near misses of kb blind12-blind41).
_MONEY_RE = re.compile(
    r"\b(?:fee|fees|charge|charged|charges|cost|costs|price|pay|paying|paid|dollars?|bucks|money|refund|fine|penalty)\b|[$%]",
    re.I,
)
# An exception the policy does not state: illness, a waiver, a refund, a deposit.
_EXCEPTION_RE = re.compile(
    r"\b(?:waive|waived|waiver|excuse(?! me\b)|exception|sick|ill|illness|fever|doctor|hospital|emergency|covid|refund|"
    r"refunded|deposit|reimburse|compensat\w*|money back)\b",
    re.I,
)
# Whether the business is open is asked, not what follows from the act (kb blind68: "I'm stuck in traffic on the 101,
# it's 7:40 on Thursday, will you still be open if I get there just before eight?" read the late-arrival policy).
_OPEN_ASKED_RE = re.compile(
    r"\b(?:still|be|are you|you'?re|is the (?:salon|shop|store|studio)) (?:\w+ )?(?:open|closed|shut|around|there)\b"
    r"|\b(?:what time|when) do (?:you|they) (?:close|shut|lock up)\b|\bopen (?:until|till|til|past|at)\b",
    re.I,
)
# The business doing the act: "if the salon cancels on me", "if you have to cancel", "if my stylist is late".
_THEIRS_RE = re.compile(
    r"\b(?:you|you guys|salon|studio|shop|store|business|stylists?|barbers?|colou?rists?|therapists?|tech|technicians?|"
    r"staff|someone there)\s+"
    r"(?:\w+\s+){0,2}(?:cancel\w*|late|running late|no[- ]?shows?|reschedul\w*|moves?)\b",
    re.I,
)


def _policy_of(hit: dict, word: str) -> bool:
    ref = hit.get("source_ref") or ""
    return hit.get("kind") == "policy" and "#policy:" in ref and word in ref.rsplit(":", 1)[1].lower()


def answer_callers_act(
    query: str, query_terms: list[str], hits: list[dict], named: list[str], dfs: dict, threshold: float
) -> None:
    """Put the policy article of the caller's act first at ``threshold`` (in place: reordered,
    ``refused`` dropped); when the business does the act ("if the salon has to cancel on me"), hold
    back that policy's answer as a near miss when ``query`` asks what follows from an act
    of the caller's that the policy governs (see the module docstring). ``named`` are the named
    things of the question, ``dfs`` each term's document frequency (a named thing no article has,
    in the asking sentence, is what is asked). Nothing happens otherwise."""
    acts = ["cancel" if t.startswith("cancel") else t for t in query_terms]
    acts = [t for t in acts if t in _ACTS]
    if not acts or not hits:
        return
    low = (query or "").lower().replace("’", "'")
    if theirs := _THEIRS_RE.search(low):
        # The business's act: its policy is not the caller's ("if the salon cancels on me"); an act
        # of the caller's beside it still decides ("how late can I be before you cancel my slot?").
        word = "late" if re.search(r"\blate\b", theirs.group(0)) else "cancellation"
        acts = [t for t in acts if _ACTS[t] != word]
        if not acts:
            _refuse_theirs(hits, {word}, threshold)
            return
    if hits[0]["confidence"] >= threshold or not _CONSEQUENCE_RE.search(low) or _EXCEPTION_RE.search(low):
        return
    asking = asked_sentence(query).lower()
    if _OPEN_ASKED_RE.search(asking):
        return  # "stuck in traffic ... will you still be open if I get there before eight?": the hours are asked
    if "latearrival" in acts and _MONEY_RE.search(low.replace("how much leeway", "")):
        return  # "Is there a late fee if I'm 20 minutes late?": no fee is stated
    if any(dfs.get(t) == 0 and re.search(rf"\b{re.escape(t)}\b", asking) for t in named):
        return  # "If I'm late, can Jessica still see me?": Jessica is asked about
    words = {_ACTS[t] for t in acts}
    if len(words) != 1:
        return  # late and cancelling at once: two policies
    word = words.pop()
    if word == "cancellation" and re.search(r"\b(?:even though|as long as|although)\b", low):
        return  # a notice the caller claims to have given or to give: its part is not read alone (kb blind23, blind27)
    article = next((h for h in hits if _policy_of(h, word)), None)
    if article is None:
        return
    article["confidence"] = round(max(article["confidence"], threshold), 3)
    article.pop("refused", None)
    hits.remove(article)
    hits.insert(0, article)


def _refuse_theirs(hits: list[dict], words: set[str], threshold: float) -> None:
    """Hold back the best hit (below ``threshold``, with a near-miss reason, so it is not offered
    either) when it is the policy of an act the business does, not the caller: the caller's
    cancellation policy does not say what happens when the salon cancels (kb blind38, blind39)."""
    best = hits[0]
    if any(_policy_of(best, w) for w in words) and best["confidence"] >= threshold - 0.2:
        best["confidence"] = round(min(best["confidence"], threshold - 0.2), 3)
        best["refused"] = "near miss: the policy is for the caller's act, not the business's"
