"""pocketsphinx decoding, meant to run inside the worker process (see :mod:`.stt`).

pocketsphinx holds the GIL while it decodes (0.4-1.3 s event-loop stalls even via a thread,
FACTS.md), so the live session decodes in a separate process; this module imports only numpy and
pocketsphinx so that process starts quickly. The PyPI wheel bundles the en-US acoustic model,
language model and dictionary, so ``Decoder()`` needs no download.

Per-question language models are built from the expected phrases with pocketsphinx's own
``ArpaBoLM``; each gets a small decoder of its own, cached by content.
"""

from __future__ import annotations

import hashlib
import math
import os
import tempfile

import numpy as np

SPHINX_RATE = 16000
_MAX_SEARCHES = 64

_decoder = None
_searches: dict[str, object] = {}
_tmpdir: str | None = None
_read_back = None
# Decoder settings for the small per-question language models (public pocketsphinx parameters):
# a language weight of 10 instead of 6.5 and the 8 best Gaussians per frame instead of 4. On 73
# sampled answers x 6 caller variants (3 through the telephone band) the first pass got 197 instead
# of 176 values right, every variant gaining (issue 11, docs/conversations.md); the open-vocabulary
# model keeps the defaults its language model was tuned with.
SMALL_LM_CONFIG = {"lw": 10.0, "topn": 8}
# Confidence reported for a reply taken from the forced yes/no pass: it always picks a form, so it
# is never certain (the policy reads the words of a read-back reply, not this figure).
FORCED_CHOICE_CONFIDENCE = 0.5
# Confidence reported for an answer taken from the forced answer pass (``decode``'s ``forced``):
# below every read-back threshold (the campaign's ``confirm_below``, 0.3 for a yes/no answer), so
# the policy reads it back and stores it only after the caller's yes.
FORCED_ANSWER_CONFIDENCE = 0.1
_forced: dict[str, object] = {}


def _get_decoder():
    global _decoder
    if _decoder is None:
        from pocketsphinx import Decoder

        # fwdflat=False is ~30 % faster at similar accuracy on short answers (FACTS.md).
        _decoder = Decoder(loglevel="FATAL", fwdflat=False)
    return _decoder


_pronounced: dict[str, str | None] = {}


def _say(decoder, word: str) -> str | None:
    """``word``'s pronunciation: the bundled dictionary's, else one built from dictionary words
    (``pronounce.pronunciation``: "improvers", "motorway", "e-book"), cached; None if neither."""
    if word not in _pronounced:
        from customario.conversation.voice.pronounce import pronunciation

        _pronounced[word] = pronunciation(decoder.lookup_word, word)
    return _pronounced[word]


def _in_dictionary(decoder, phrase: str) -> bool:
    return all(_say(decoder, w) is not None for w in phrase.split())


def _decoder_for(phrases: tuple[str, ...] | None):
    """The decoder for ``phrases``: the open-vocabulary one, or a small cached one whose language
    model and dictionary hold only the expected phrases' words (pronunciations from the bundled
    dictionary). Adding an LM search to the big decoder costs seconds (it indexes the whole
    130k-word dictionary); a small decoder loads in ~20 ms."""
    global _tmpdir
    base = _get_decoder()
    if not phrases:
        return base
    # Phrases may repeat on purpose (repetition weights the n-gram counts).
    known = [p for p in phrases if _in_dictionary(base, p)]
    if not known:
        return base
    key = "q" + hashlib.sha1("\n".join(known).encode()).hexdigest()[:16]
    if key in _searches:
        return _searches[key]
    from pocketsphinx import Decoder
    from pocketsphinx.lm import ArpaBoLM

    lm = ArpaBoLM(text="\n".join(known), case="lower", add_start=True)
    lm.compute()
    if _tmpdir is None:
        _tmpdir = tempfile.mkdtemp(prefix="customario-sphinx-")
    lm_path = os.path.join(_tmpdir, key + ".arpa")
    dict_path = os.path.join(_tmpdir, key + ".dict")
    with open(lm_path, "w", encoding="utf-8") as fh:
        lm.write(fh)
    words = sorted({w for p in known for w in p.split()})
    with open(dict_path, "w", encoding="utf-8") as fh:
        fh.writelines(f"{w} {_say(base, w)}\n" for w in words)
    if len(_searches) >= _MAX_SEARCHES:
        _searches.pop(next(iter(_searches)))
    _searches[key] = Decoder(loglevel="FATAL", fwdflat=False, lm=lm_path, dict=dict_path, **SMALL_LM_CONFIG)
    return _searches[key]


def _read_back_decoder():
    """A small decoder whose only search is the read-back grammar (``phrases.read_back_grammar``)."""
    global _read_back, _tmpdir
    if _read_back is None:
        from pocketsphinx import Decoder

        from customario.conversation.voice.forced_passes import READ_BACK_NO, READ_BACK_YES, read_back_grammar

        base = _get_decoder()
        if _tmpdir is None:
            _tmpdir = tempfile.mkdtemp(prefix="customario-sphinx-")
        words = sorted({w for p in (*READ_BACK_YES, *READ_BACK_NO, "uh um oh well") for w in p.split()})
        dict_path = os.path.join(_tmpdir, "readback.dict")
        gram_path = os.path.join(_tmpdir, "readback.gram")
        with open(dict_path, "w", encoding="utf-8") as fh:
            fh.writelines(f"{w} {_say(base, w)}\n" for w in words)
        with open(gram_path, "w", encoding="utf-8") as fh:
            fh.write(read_back_grammar())
        _read_back = Decoder(loglevel="FATAL", fwdflat=False, jsgf=gram_path, dict=dict_path)
    return _read_back


def _forced_decoder(forms: tuple[str, ...]):
    """A small decoder whose only search is the forced answer grammar of ``forms``
    (``phrases.forced_grammar``), cached by content; None when a word of a form is not in the
    bundled dictionary."""
    global _tmpdir
    key = "f" + hashlib.sha1("\n".join(forms).encode()).hexdigest()[:16]
    if key in _forced:
        return _forced[key]
    from pocketsphinx import Decoder

    from customario.conversation.voice.forced_passes import FORCED_LEAD, forced_grammar

    base = _get_decoder()
    known = tuple(f for f in forms if _in_dictionary(base, f))
    if not known:
        return None
    if _tmpdir is None:
        _tmpdir = tempfile.mkdtemp(prefix="customario-sphinx-")
    words = sorted({w for p in (*known, *FORCED_LEAD) for w in p.split()})
    dict_path = os.path.join(_tmpdir, key + ".dict")
    gram_path = os.path.join(_tmpdir, key + ".gram")
    with open(dict_path, "w", encoding="utf-8") as fh:
        fh.writelines(f"{w} {_say(base, w)}\n" for w in words)
    with open(gram_path, "w", encoding="utf-8") as fh:
        fh.write(forced_grammar(known))
    if len(_forced) >= _MAX_SEARCHES:
        _forced.pop(next(iter(_forced)))
    _forced[key] = Decoder(loglevel="FATAL", fwdflat=False, jsgf=gram_path, dict=dict_path)
    return _forced[key]


def _forced_answer(samples: np.ndarray, forms: tuple[str, ...]) -> str | None:
    """The answer form of ``forms`` the forced answer grammar finds in ``samples``, or None."""
    from customario.conversation.voice.forced_passes import forced_form

    decoder = _forced_decoder(forms)
    if decoder is None:
        return None
    hyp = _run(decoder, samples)
    return forced_form(hyp.hypstr, forms) if hyp is not None else None


def _open_second_pass(samples: np.ndarray, forms: tuple[str, ...], first: str) -> str | None:
    """The short reply of ``forms`` (``forced_passes.open_forms``: "not really", "no idea",
    "skip") that a language model of only those forms hears in ``samples`` as a whole and that the
    open model's transcript ``first`` agrees with on a word (``forced_passes.open_form``), or
    None. Runs on every spoken open answer: one small-model decode, ~5 % of the open one."""
    from customario.conversation.voice.forced_passes import open_form

    decoder = _decoder_for(forms)
    if decoder is _get_decoder():
        return None
    hyp = _run(decoder, samples)
    return open_form(hyp.hypstr, forms, first) if hyp is not None else None


def _run(decoder, samples: np.ndarray):
    decoder.start_utt()
    decoder.process_raw(samples.astype("<i2").tobytes(), no_search=False, full_utt=True)
    decoder.end_utt()
    return decoder.hyp()


def decode(
    pcm: bytes,
    sample_rate: int,
    phrases: tuple[str, ...] | None = None,
    yes_no: bool = False,
    again_said: bool = False,
    forced: tuple[str, ...] | None = None,
) -> tuple[str, float, int]:
    """Recognise one utterance. ``pcm`` is mono int16 little-endian at ``sample_rate`` Hz.

    Returns ``(text, confidence 0..1, worker pid)``; text is lower case, filler tokens removed,
    ``""`` when nothing was recognised. ``phrases`` restricts recognition to a small language
    model of expected replies; ``None`` uses the open-vocabulary model.

    ``yes_no``: the utterance replies to a read-back ("I heard seven, is that right?"). When the
    language model pass hears at most one word that means nothing there
    (``phrases.read_back_unclear``), a second pass with a forced yes/no grammar runs, and a complete
    no form it finds is returned with :data:`FORCED_CHOICE_CONFIDENCE`. Until 4 December 2026 a yes
    form was returned too (through the telephone band "yes" came out as "their" or "again"; on 12
    caller variants that took right read-back replies from 77 % to 85 %), but on a held-out accent
    the forced grammar turned "no" into "sure" and confirmed wrong values (docs/conversations.md,
    blind19): a read-back is a safety check, so only its safe answer may be forced.

    ``again_said``: the read-back is said once more because the caller's last reply was only
    "again" (``survey_readback.HEARD_AGAIN``); a lone "again" heard now goes to the forced pass
    too (the telephone band made "yes" into "again" in 45 of 71 replies on us-f4-140), while the
    first one is left to the dialogue, which says the read-back again (a caller's "again?" came
    out of the forced pass as a yes in most tries).

    ``forced``: the complete short answers of the pending closed question
    (``phrases.forced_answers``). When the language model pass heard nothing or at most two words
    that mean nothing there (``phrases.answer_unclear``: a lone "five" through the telephone band
    came out as "i", "four" as "all"), a second pass with a grammar of only those answers runs, and
    a complete answer it finds is returned with :data:`FORCED_ANSWER_CONFIDENCE`, which the policy
    always reads back ("I heard five, is that right?"). With ``phrases`` None (an open question)
    ``forced`` holds the short replies that add nothing, don't-knows and refusals
    (``forced_passes.open_forms``): a second pass with a model of only those runs, and a whole form
    that the open transcript agrees with on a word is returned at that confidence, read back too
    (:func:`_open_second_pass`).
    """
    from customario.conversation.voice.audio import resample

    samples = np.frombuffer(pcm, dtype="<i2")
    if sample_rate != SPHINX_RATE:
        samples = resample(samples, sample_rate, SPHINX_RATE)
    hyp = _run(_decoder_for(phrases), samples)
    words = [] if hyp is None else [w for w in hyp.hypstr.split() if not w.startswith(("<", "[", "++"))]
    text = " ".join(words)
    if yes_no:
        from customario.conversation.voice.forced_passes import READ_BACK_NO, read_back_form, read_back_unclear

        if read_back_unclear(text) or (again_said and text == "again"):
            forced = _run(_read_back_decoder(), samples)
            form = read_back_form(forced.hypstr) if forced is not None else None
            if form is not None and form in READ_BACK_NO:
                # Only a no: a forced grammar always picks a form, and through the telephone band a
                # held-out accent's "no" came out of it as "sure" or "of course" (answers blind19,
                # held-sc-m4-165 phone: 7 wrong values confirmed so in 60 items). A yes it finds is
                # left unclear, and the dialogue asks the read-back again.
                return form, FORCED_CHOICE_CONFIDENCE, os.getpid()
    elif forced and phrases is None:
        form = _open_second_pass(samples, tuple(forced), text)
        if form is not None:
            return form, FORCED_ANSWER_CONFIDENCE, os.getpid()
    elif forced:
        from customario.conversation.voice.forced_passes import answer_unclear

        if answer_unclear(text, forced):
            form = _forced_answer(samples, tuple(forced))
            if form is not None:
                return form, FORCED_ANSWER_CONFIDENCE, os.getpid()
    if hyp is None:
        return "", 0.0, os.getpid()
    return text, confidence_of(hyp.prob, words), os.getpid()


# Posterior of the best path (pocketsphinx's lattice ``hyp.prob``, 0..1) at which a reading counts
# as certain. It was 0.25 (right recognitions of short answers had posteriors around 0.1-0.3, wrong
# ones mostly below 0.03), but on the 12 caller variants 4 of 23 answers heard at 0.8 or more on
# that scale were wrong and stored ("zero" and "Too much!" as "eleven" at posteriors 0.28 and 0.21,
# "Faster shipping." as "but it's" at 0.21). At 0.5 those are read back; 1.0 (the posterior itself)
# also read back or re-asked right answers ("I'd rather not say" at 0.199 fell under the policy's
# unsure-refusal floor) with no further gain (issue 11, docs/conversations.md).
POSTERIOR_FOR_CERTAIN = 0.5


def confidence_of(posterior: float, words: list[str]) -> float:
    """The recogniser's confidence (0..1) from the best path's posterior probability: scaled so
    that :data:`POSTERIOR_FOR_CERTAIN` and above give 1.0. Nothing heard gives 0."""
    try:
        p = float(posterior)
    except (TypeError, ValueError):
        return 0.0
    if not words or not math.isfinite(p) or p <= 0:
        return 0.0
    return round(max(0.0, min(1.0, p / POSTERIOR_FOR_CERTAIN)), 3)


def warm_up() -> int:
    """Load the decoder (≈0.2-0.5 s) so the first real utterance is not slower; returns the pid."""
    _get_decoder()
    return os.getpid()


def serve(stdin=None, stdout=None) -> None:
    """Worker loop: read pickled ``(pcm, sample_rate, phrases, yes_no, again_said, forced)`` requests (see :func:`decode`),
    write pickled replies.

    A reply is ``("ok", (text, confidence, pid))`` or ``("error", message)``. Ends at end of input.
    """
    import pickle
    import sys

    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    _get_decoder()
    while True:
        try:
            request = pickle.load(stdin)
        except EOFError:
            return
        try:
            reply = ("ok", decode(*request))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises
            reply = ("error", f"{type(exc).__name__}: {exc}")
        pickle.dump(reply, stdout)
        stdout.flush()


if __name__ == "__main__":
    serve()
