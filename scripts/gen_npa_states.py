"""Regenerate customario/data/npa_states.json (US area code -> state) from phonenumbers' geocoder."""

import json
from pathlib import Path

import phonenumbers

from customario.dialing.states import geocode_all

out = Path(__file__).resolve().parent.parent / "customario" / "data" / "npa_states.json"
data = {"source": f"phonenumbers {phonenumbers.__version__} geocoder (en)", "npa_states": geocode_all()}
out.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n")
print(f"{len(data['npa_states'])} area codes -> {out}")
