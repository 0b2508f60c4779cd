"""Noise cancellation on LiveKit Cloud: BVCTelephony for SIP callers, BVC for the others, and a call
that runs unfiltered when the plug-in cannot load (it is a declared dependency, but optional at run time)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_the_design_packages_are_declared():
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {d.split(">")[0].split("=")[0].split("<")[0].strip() for d in deps}
    assert {"livekit-plugins-noise-cancellation", "ruamel.yaml", "pluggy", "scipy", "rapidfuzz"} <= names


@pytest.mark.parametrize("url", [None, "", "ws://127.0.0.1:7880", "wss://livekit.example.com"])
def test_no_filter_off_livekit_cloud(url):
    from customario.conversation.worker import noise_selector

    assert noise_selector(url) is None


def test_sip_callers_get_the_telephony_model_and_others_the_general_one():
    from livekit import rtc

    from customario.conversation.worker import noise_selector, room_options

    select = noise_selector("wss://demo-abc123.livekit.cloud")
    assert callable(select)
    sip = select(SimpleNamespace(participant=SimpleNamespace(kind=rtc.ParticipantKind.PARTICIPANT_KIND_SIP)))
    web = select(SimpleNamespace(participant=SimpleNamespace(kind=rtc.ParticipantKind.PARTICIPANT_KIND_STANDARD)))
    assert isinstance(sip, rtc.NoiseCancellationOptions) and isinstance(web, rtc.NoiseCancellationOptions)
    assert sip.options["modelPath"] != web.options["modelPath"]
    opts = room_options(SimpleNamespace(livekit_url="wss://demo-abc123.livekit.cloud"), "sip-caller")
    assert opts.participant_identity == "sip-caller" and callable(opts.audio_input.noise_cancellation)


def _broken_native_library():
    raise OSError("libbvc.so: cannot open shared object file")


@pytest.mark.parametrize("how", ["not installed", "native library fails"])
def test_a_plugin_that_cannot_load_leaves_the_call_unfiltered(monkeypatch, caplog, how):
    import livekit.plugins
    from livekit.plugins import noise_cancellation

    from customario.conversation.worker import noise_selector, room_options

    if how == "not installed":
        monkeypatch.setitem(sys.modules, "livekit.plugins.noise_cancellation", None)  # import raises ImportError
        monkeypatch.delattr(livekit.plugins, "noise_cancellation", raising=False)
    else:
        monkeypatch.setattr(noise_cancellation, "BVCTelephony", _broken_native_library)
    assert noise_selector("wss://demo-abc123.livekit.cloud") is None
    assert "noise cancellation unavailable" in caplog.text
    opts = room_options(SimpleNamespace(livekit_url="wss://demo-abc123.livekit.cloud"), None)
    assert not getattr(opts.audio_input, "noise_cancellation", None)
