"""Words related to a word, read from the Princeton WordNet 3.0 database files (Debian ``wordnet-base``).

The knowledge base uses WordNet to find an article when the caller uses a different word for what
it says: a synonym ("refund" / "repay" / "return"), a derivationally related form ("refund" /
"refundable", "specialty" / "specialise"), or a narrower noun ("puppy" is a kind of "dog").

The files are read directly in their documented format (wndb(5WN): ``index.<pos>`` lines
``lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...``, sorted by
lemma; ``data.<pos>`` lines at byte offset ``synset_offset``: ``offset lex_filenum ss_type w_cnt
word lex_id... p_cnt [ptr_symbol offset pos source/target]... | gloss``) and lemmatised with the
exception lists and detachment rules of morphy(7WN). nltk's reader was measured first: version
3.10 refuses files outside its own data folders (symlinks included), needs a ``lexnames`` file
Debian does not ship and the separately downloaded nltk ``wordnet`` corpus for its 3.0 mapping, and
costs 1.1 s to import.

:func:`load` returns None (once logging one warning) when the files are absent; callers then work
without related words.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_ROOT = Path("/usr/share/wordnet")
POS = ("noun", "verb", "adj", "adv")
_POS_CHAR = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
# morphy(7WN) detachment rules: (suffix, ending) per part of speech.
_RULES = {
    "noun": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}
# Senses per part of speech that are followed: WordNet lists a word's senses most frequent first,
# and the rare ones ("change" as a coin) would relate words a caller never means together.
SENSES = 2
# Lexicographer files (lexnames(5WN)): the semantic class of a synset, by the number in its
# ``data.<pos>`` line ("noun.body" for body parts, "noun.person" for people, "verb.body" for
# bodily functions). Debian does not ship the ``lexnames`` file, so the documented list is here.
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
    "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
    "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
    "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather "
    "adj.ppl"
).split()
MISSING_WARNING = (
    "WordNet not found at %s: the knowledge base matches words and its own synonym table only. "
    "Install the Debian package wordnet-base for paraphrase matching."
)


class WordNet:
    """Read-only access to one WordNet 3.0 database folder. Raises FileNotFoundError when a file
    is missing."""

    def __init__(self, root: Path | str = DEFAULT_ROOT):
        self.root = Path(root)
        self._index: dict[str, dict[str, list[int]]] = {}
        self._exc: dict[str, dict[str, list[str]]] = {}
        for pos in POS:
            index: dict[str, list[int]] = {}
            with open(self.root / f"index.{pos}", encoding="latin-1") as fh:
                for line in fh:
                    if line.startswith(" "):
                        continue  # the licence header
                    f = line.split()
                    synset_cnt = int(f[2])
                    index[f[0]] = [int(x) for x in f[len(f) - synset_cnt :]]
            self._index[pos] = index
            exc: dict[str, list[str]] = {}
            with open(self.root / f"{pos}.exc", encoding="latin-1") as fh:
                for line in fh:
                    f = line.split()
                    if len(f) >= 2:
                        exc[f[0]] = f[1:]
            self._exc[pos] = exc
        self._data = {pos: open(self.root / f"data.{pos}", "rb") for pos in POS}  # noqa: SIM115
        self._lock = threading.Lock()

    def lemmas(self, word: str, pos: str) -> list[str]:
        """Base forms of ``word`` in WordNet as ``pos`` (morphy(7WN)): the word itself, its
        exception-list entries, then the forms the detachment rules give."""
        word = word.lower().replace(" ", "_")
        out = [word] if word in self._index[pos] else []
        out += [w for w in self._exc[pos].get(word, ()) if w in self._index[pos]]
        for suffix, ending in _RULES[pos]:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                base = word[: len(word) - len(suffix)] + ending
                if base in self._index[pos]:
                    out.append(base)
        return list(dict.fromkeys(out))

    def sense_count(self, word: str, pos: str) -> int:
        """How many senses WordNet gives the first base form of ``word`` as ``pos`` (0 when unknown):
        "carries" has 1 as a noun and 40 as a verb, "cards" 11 and 2."""
        forms = self.lemmas(word, pos)
        return len(self._index[pos][forms[0]]) if forms else 0

    def adverb_only(self, word: str) -> bool:
        """True when WordNet knows ``word`` only as an adverb ("already", "probably")."""
        return bool(self.lemmas(word, "adv")) and not any(self.lemmas(word, p) for p in ("noun", "verb", "adj"))

    def classes(self, word: str, pos: str, senses: int = 1) -> list[str]:
        """Lexicographer classes (:data:`LEXNAMES`, e.g. ``"noun.body"``) of the first ``senses``
        senses of ``word`` as ``pos``, most frequent sense first; [] when WordNet does not know it."""
        out: list[str] = []
        for lemma in self.lemmas(word, pos)[:1]:
            for offset in self._index[pos][lemma][:senses]:
                with self._lock:
                    fh = self._data[pos]
                    fh.seek(offset)
                    number = int(fh.readline().split(maxsplit=2)[1])
                out.append(LEXNAMES[number])
        return out

    @lru_cache(maxsize=4096)  # noqa: B019 - one reader per process (see load())
    def synonyms(self, word: str, pos: str, senses: int = SENSES) -> frozenset[str]:
        """Lemmas that share one of the first ``senses`` synsets of ``word`` as ``pos`` ("awaken" →
        "wake", "rouse", "arouse"); multi-word lemmas use spaces; ``word`` itself is included."""
        out = {word}
        for lemma in self.lemmas(word, pos):
            for offset in self._index[pos][lemma][:senses]:
                out.update(w.replace("_", " ") for w in self._synset(pos, offset)[0])
        return frozenset(out)

    def sense_lemmas(self, word: str, pos: str, sense: int) -> frozenset[str]:
        """Lemmas of the ``sense``-th synset (1-based, WordNet's order) of the first base form of
        ``word`` as ``pos`` ("heal", "verb", 1 → "heal", "mend"); multi-word lemmas use spaces; empty
        when WordNet has no such sense."""
        for lemma in self.lemmas(word, pos)[:1]:
            offsets = self._index[pos][lemma]
            if 1 <= sense <= len(offsets):
                return frozenset(w.replace("_", " ") for w in self._synset(pos, offsets[sense - 1])[0])
        return frozenset()

    @lru_cache(maxsize=4096)  # noqa: B019 - one reader per process (see load())
    def ancestors(self, word: str, pos: str = "noun", senses: int = SENSES, depth: int = 12) -> frozenset[str]:
        """Lemmas of every synset above the first ``senses`` senses of ``word`` through hypernym
        pointers, up to ``depth`` steps, the senses' own lemmas included ("machete" → "knife",
        "weapon", "instrument", ...); multi-word lemmas use spaces."""
        frontier = [offset for lemma in self.lemmas(word, pos)[:1] for offset in self._index[pos][lemma][:senses]]
        seen: set[int] = set()
        out: set[str] = set()
        for _ in range(depth):
            step = []
            for offset in frontier:
                if offset in seen:
                    continue
                seen.add(offset)
                words, pointers = self._synset(pos, offset)
                out.update(w.replace("_", " ") for w in words)
                step += [off for sym, p, off, _s, _t in pointers if sym in ("@", "@i") and p == pos]
            frontier = step
        return frozenset(out)

    def _synset(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, str, int, int, int]]]:
        """(words, pointers) of the synset at ``offset`` of ``data.<pos>``; a pointer is (symbol,
        pos, offset, source word number, target word number), 0 meaning the whole synset."""
        with self._lock:
            fh = self._data[pos]
            fh.seek(offset)
            line = fh.readline().decode("latin-1")
        f = line.split(" | ", 1)[0].split()
        w_cnt = int(f[3], 16)
        words = [f[4 + 2 * i].split("(")[0].lower() for i in range(w_cnt)]
        i = 4 + 2 * w_cnt
        p_cnt = int(f[i])
        pointers = []
        for j in range(p_cnt):
            sym, off, p, st = f[i + 1 + 4 * j : i + 5 + 4 * j]
            pointers.append((sym, _POS_CHAR[p], int(off), int(st[:2], 16), int(st[2:], 16)))
        return words, pointers

    @lru_cache(maxsize=20000)  # noqa: B019 - one reader per process (see load())
    def related(self, word: str) -> dict[str, str]:
        """Words related to ``word`` through its first :data:`SENSES` senses per part of speech:
        ``{other word: relation}`` with relation ``synonym`` (same synset), ``derived``
        (derivationally related form) or ``broader`` (a noun one step above ``word``, "puppy" →
        "dog"). Multi-word lemmas use spaces. ``word`` itself is not included."""
        out: dict[str, str] = {}
        for pos in POS:
            for lemma in self.lemmas(word, pos):
                for offset in self._index[pos][lemma][:SENSES]:
                    words, pointers = self._synset(pos, offset)
                    for w in words:
                        out.setdefault(w, "synonym")
                    number = words.index(lemma) + 1 if lemma in words else -1
                    for sym, p, off, source, target in pointers:
                        if sym == "+" and source == number and target:
                            other, _ = self._synset(p, off)
                            out.setdefault(other[target - 1], "derived")
                        elif sym in ("@", "@i") and pos == "noun":
                            other, _ = self._synset(p, off)
                            for w in other:
                                out.setdefault(w, "broader")
        low = word.lower()
        return {w.replace("_", " "): r for w, r in out.items() if w != low and w not in self.lemmas(low, "noun")}

    @lru_cache(maxsize=4096)  # noqa: B019 - one reader per process (see load())
    def one_sense(self, word: str) -> frozenset[str]:
        """The other lemmas of the one synset of ``word`` when WordNet gives it exactly one sense
        over every part of speech ("yrs" → "yr" → {"year", "twelvemonth"}, "info" → {"information"});
        empty for a word of several senses or none. Multi-word lemmas use spaces."""
        found = {(pos, off) for pos in POS for lemma in self.lemmas(word, pos) for off in self._index[pos][lemma]}
        if len(found) != 1:
            return frozenset()
        pos, offset = next(iter(found))
        own = {lemma for p in POS for lemma in self.lemmas(word, p)}
        return frozenset(w.replace("_", " ") for w in self._synset(pos, offset)[0] if w.lower() not in own)

    @lru_cache(maxsize=8192)  # noqa: B019 - one reader per process (see load())
    def glosses(self, word: str, pos: str, senses: int = SENSES) -> tuple[str, ...]:
        """Definitions (the gloss after ``|`` in ``data.<pos>``, examples included) of the first
        ``senses`` senses of the first base form of ``word`` as ``pos``, most frequent first: "meow",
        "noun" → ("the sound made by a cat (or any sound resembling this)",); () when unknown."""
        out = []
        for lemma in self.lemmas(word, pos)[:1]:
            for offset in self._index[pos][lemma][:senses]:
                with self._lock:
                    fh = self._data[pos]
                    fh.seek(offset)
                    line = fh.readline().decode("latin-1")
                out.append(line.split(" | ", 1)[1].strip() if " | " in line else "")
        return tuple(out)

    def noun_only(self, word: str) -> bool:
        """True when WordNet knows ``word`` as a noun and not as an adjective or adverb ("bins",
        "lodgers"; not "total", "more", "now")."""
        return bool(self.lemmas(word, "noun")) and not self.lemmas(word, "adj") and not self.lemmas(word, "adv")


_loaded: dict[str, WordNet | None] = {}
_load_lock = threading.Lock()


def is_kind_of(word: str, kind: str, senses: int = SENSES, depth: int = 12) -> bool:
    """True when ``kind`` is a lemma of ``word``'s first ``senses`` senses or of a synset up to
    ``depth`` hypernym steps above them ("suitcase" is a "bag", "bedroom" a "room"); False when the
    WordNet files are absent."""
    wn = load()
    return wn is not None and kind in wn.ancestors(word, "noun", senses, depth)


def load(root: Path | str | None = None) -> WordNet | None:
    """The process-wide reader for ``root`` (default :data:`DEFAULT_ROOT`; loaded on first use in
    about 0.35 s), or None after one logged warning when the WordNet files are not there."""
    root = DEFAULT_ROOT if root is None else root
    key = str(root)
    with _load_lock:
        if key not in _loaded:
            try:
                _loaded[key] = WordNet(root)
            except (FileNotFoundError, NotADirectoryError, PermissionError, ValueError, IndexError):
                log.warning(MISSING_WARNING, root)
                _loaded[key] = None
        return _loaded[key]
