"""customario.yaml keys are checked: a key nothing reads is a configuration error that names the
closest known key, so a typo never falls back silently to a default."""

from __future__ import annotations

import pytest

from customario.config import EXTRA_KEYS, load_settings
from customario.errors import ConfigError, ExitCode


def _load(tmp_path, text: str):
    (tmp_path / "customario.yaml").write_text(text)
    return load_settings(env={}, cwd=tmp_path, db=str(tmp_path / "x.db"))


@pytest.mark.parametrize(
    "typo, meant",
    [
        ("regoin", "region"),
        ("default_timzone", "default_timezone"),
        ("campaign_dir", "campaigns_dir"),
        ("voices", "voice"),
    ],
)
def test_a_misspelt_key_is_an_error_with_a_suggestion(tmp_path, typo, meant):
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, f"{typo}: x\n")
    assert err.value.exit_code == ExitCode.CONFIG
    assert f"unknown setting '{typo}'" in err.value.render()
    assert f"Did you mean {meant}?" in err.value.render()


def test_an_unrelated_key_points_at_the_settings_page(tmp_path):
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, "region: US\nzzz_qqq: 1\n")
    assert "docs/configuration.md" in err.value.render() and "Did you mean" not in err.value.render()


def test_settings_and_the_documented_sections_are_accepted(tmp_path):
    s = _load(tmp_path, "region: GB\nvoice: {wpm: 170}\nsms_brand: Northwind\nplugins: {loyalty: {bonus: 5}}\n")
    assert s.region == "GB" and s.extra["voice"] == {"wpm": 170} and s.extra["plugins"]["loyalty"] == {"bonus": 5}
    assert set(EXTRA_KEYS) >= {"voice", "sms_brand", "sms_help", "inbound_campaign", "outbox_dir", "plugins"}


def test_every_extra_key_is_documented():
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "configuration.md").read_text()
    for key in EXTRA_KEYS:
        assert f"`{key}`" in page, key


def test_every_setting_is_documented():
    from dataclasses import fields
    from pathlib import Path

    from customario.config import Settings

    page = (Path(__file__).resolve().parent.parent / "docs" / "configuration.md").read_text()
    for f in fields(Settings):
        if f.name not in ("extra", "config_file"):
            assert f"`{f.name}`" in page, f"docs/configuration.md does not document {f.name}"


def test_plugin_settings_live_under_plugins(tmp_path):
    from customario.api import plugin_settings

    s = _load(tmp_path, "plugins:\n  loyalty: {points_per_checkin: 25}\n  other: 3\n")
    assert plugin_settings(s, "loyalty") == {"points_per_checkin": 25}
    assert plugin_settings(s, "other") == {} and plugin_settings(s, "absent") == {}
    assert plugin_settings(_load(tmp_path, "region: US\n"), "loyalty") == {}
    assert plugin_settings(_load(tmp_path, "plugins: [1, 2]\n"), "loyalty") == {}


def test_the_example_plugin_reads_its_setting(tmp_path, monkeypatch):
    import sys

    from plugin_helpers import EXAMPLE, forget_example_modules

    monkeypatch.syspath_prepend(str(EXAMPLE))
    try:
        from customario_loyalty import POINTS_PER_CHECKIN, points_per_checkin

        assert points_per_checkin(_load(tmp_path, "plugins: {loyalty: {points_per_checkin: 25}}\n")) == 25
        assert (
            points_per_checkin(_load(tmp_path, "plugins: {loyalty: {points_per_checkin: -5}}\n")) == POINTS_PER_CHECKIN
        )
        assert points_per_checkin(_load(tmp_path, "region: US\n")) == POINTS_PER_CHECKIN
    finally:
        forget_example_modules()
        assert "customario_loyalty" not in sys.modules
