"""Property-based fuzzing of the YAML, JSON and CSV readers (issue 15, Deliver 4; badinput stream).

Whatever the bytes, a reader either returns data or raises a CustomarioError (one `Error:` line
for the CLI): never another exception. Well-formed documents round-trip.
"""

import json
import math
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from customario.definitions.files import decode_text, load_json_text
from customario.definitions.yamlio import load_yaml, to_plain
from customario.errors import CustomarioError, InputDataError

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Printable text: line-break and control characters are folded by YAML's own rules (emitter quirks).
printable = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85\ufeff"), max_size=40
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    printable,
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.text(string.ascii_letters + "_", min_size=1, max_size=10), inner, max_size=5),
    ),
    max_leaves=30,
)
yaml_alphabet = st.sampled_from(
    list("ab:- \n\t[]{}&*!|>'\"#%@`,?.0123456789eE+_\\") + ["!!python/object", ".nan", "<<", "---", "\x00", "\u2028"]
)


def _only_our_errors(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except CustomarioError as exc:
        assert exc.render().strip()
        return None


@FUZZ
@given(st.text(max_size=300))
def test_yaml_reader_never_crashes_on_text(text):
    _only_our_errors(load_yaml, "fuzz.yaml", text)


@FUZZ
@given(st.lists(yaml_alphabet, max_size=80).map("".join))
def test_yaml_reader_never_crashes_on_yaml_shaped_text(text):
    _only_our_errors(load_yaml, "fuzz.yaml", text)


@FUZZ
@given(st.binary(max_size=300))
def test_text_decoding_never_crashes(raw):
    _only_our_errors(decode_text, raw, "fuzz.bin")


def _yaml_dump(value) -> str:
    """JSON text is YAML 1.2 (a flow document), without depending on a YAML emitter's quoting."""
    return json.dumps({"doc": value}, ensure_ascii=False)


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=0) or a == b
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


@FUZZ
@given(documents)
def test_yaml_documents_round_trip(value):
    loaded = load_yaml("doc.yaml", _yaml_dump(value))
    assert _same(value, to_plain(loaded)["doc"])


@FUZZ
@given(st.text(max_size=300))
def test_json_reader_never_crashes(text):
    _only_our_errors(load_json_text, text, "fuzz.json")


@FUZZ
@given(documents)
def test_json_documents_round_trip(value):
    assert _same(value, load_json_text(json.dumps(value), "doc.json"))


@pytest.mark.parametrize(
    "text", ["[" * 100_000, '{"a":' * 60_000, "NaN", "[1e400]", '{"a": 1, "a": 2}', '["\\ud800"]', str(2**64)]
)
def test_json_hostile_inputs_are_input_errors(text):
    with pytest.raises(InputDataError):
        load_json_text(text, "hostile.json")


csv_alphabet = st.sampled_from(list('ab,"\n\r\t; ') + ["question", "answer", "tags", "\x00", "é"])


@FUZZ
@given(st.lists(csv_alphabet, max_size=60).map("".join))
def test_kb_csv_reader_never_crashes(text):
    from pathlib import Path

    from customario.escalation.kb_import import _read_csv

    _only_our_errors(_read_csv, Path("fuzz.csv"), "question,answer,tags\n" + text)


@FUZZ
@given(st.binary(max_size=200))
def test_kb_import_of_random_files_never_crashes(tmp_path_factory, raw):
    from customario.escalation.kb_import import read_articles

    folder = tmp_path_factory.mktemp("kb")
    for suffix in (".yaml", ".json", ".csv"):
        path = folder / f"fuzz{suffix}"
        path.write_bytes(raw)
        _only_our_errors(read_articles, path)


@FUZZ
@given(st.binary(min_size=1, max_size=200))
def test_lead_reader_never_crashes(tmp_path_factory, raw):
    from customario.leads.reader import inspect_file, read_chunks, resolve_columns

    path = tmp_path_factory.mktemp("leads") / "fuzz.csv"
    path.write_bytes(b"name,phone\n" + raw)

    def read():
        info = inspect_file(path)
        for _df, _lines in read_chunks(info):
            resolve_columns(info.columns, None, str(path))
        return info

    _only_our_errors(read)


def test_yaml_int_made_of_a_sign_and_underscores_is_our_error():
    # hypothesis found it: ruamel's int constructor raises IndexError on "+_"
    _only_our_errors(load_yaml, "fuzz.yaml", "+_")
