"""Definitions: valid shipped campaigns, and bad YAML reported with file:line:column."""

from pathlib import Path

import pytest

from customario.definitions import evaluate_when, load_definition, render_template
from customario.errors import ExitCode, InputDataError

REPO = Path(__file__).resolve().parent.parent
GOOD = """\
name: fb
kind: survey
opening: "Hi {{first_name|there}}"
questions:
  - id: recommend
    type: nps
    text: How likely?
  - id: why
    type: open
    text: Why?
    when: recommend <= 6
"""


def write(tmp_path, text, name="d.yaml"):
    p = tmp_path / name
    p.write_text(text)
    return p


@pytest.mark.parametrize("path", sorted((REPO / "customario" / "campaigns").glob("*/*.yaml")))
def test_shipped_definitions_validate(path):
    c = load_definition(path)
    assert c.name == path.stem


def test_valid_survey(tmp_path):
    c = load_definition(write(tmp_path, GOOD))
    assert [q.id for q in c.questions] == ["recommend", "why"]
    assert c.question("recommend").bounds == (0, 10)


@pytest.mark.parametrize(
    "text, where, words",
    [
        (GOOD.replace("type: open", "type: slider"), ":9:11", "'slider' is not allowed"),
        (GOOD.replace("id: why", "id: recommend"), "", "duplicate question id"),
        (GOOD.replace("{{first_name|there}}", "{{favourite_colour}}"), "", "unknown placeholder {{favourite_colour}}"),
        (GOOD.replace("recommend <= 6", "nosuch <= 6"), "", "unknown question(s) nosuch"),
        (
            GOOD + "payment: {min_cents: 500, max_cents: 100}\n",
            ":12:",
            "min_cents (500) is greater than max_cents (100)",
        ),
        (GOOD + "calling: {window: {start: '20:00', end: '09:00'}}\n", ":12:", "is not after start"),
        (GOOD + "calling: {max_attempts: many}\n", ":12:", "max_attempts"),
        (GOOD.replace("kind: survey", "kind: survey\nkind: outbound"), ":3:", "duplicate key"),
        ("name: [unclosed\n", ":2:", "YAML syntax error"),
    ],
)
def test_bad_definitions_name_file_line_and_field(tmp_path, text, where, words):
    p = write(tmp_path, text)
    with pytest.raises(InputDataError) as info:
        load_definition(p)
    rendered = info.value.render()
    assert rendered.startswith(str(p) + where), rendered
    assert words in rendered
    assert info.value.exit_code == ExitCode.DATA


def test_binary_and_empty_files(tmp_path):
    with pytest.raises(InputDataError, match="binary"):
        binary = tmp_path / "b.yaml"
        binary.write_bytes(b"\x00\x01\x02")
        load_definition(binary)
    with pytest.raises(InputDataError, match="empty"):
        load_definition(write(tmp_path, "\n", "e.yaml"))


def test_when_expressions():
    assert evaluate_when("recommend >= 9", {"recommend": 10})
    assert not evaluate_when("recommend >= 9", {"recommend": None})
    assert evaluate_when("channel == 'online' and not churned", {"channel": "online", "churned": False})
    assert evaluate_when("'price' in reasons", {"reasons": ["price", "speed"]})
    with pytest.raises(ValueError):
        evaluate_when("__import__('os')", {})


def test_render_template_fallbacks():
    assert render_template("Hi {{ first_name | there }}!", {"first_name": ""}) == "Hi there!"
    assert render_template("{{company}}", {"company": "Acme"}) == "Acme"
