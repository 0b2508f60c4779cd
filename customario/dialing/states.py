"""US states and territories: codes, names, and the state of a NANP area code.

The state of a lead is its ``state`` column when the lead file has one, else the state of its area
code, which we take from phonenumbers' geocoding data (``geocoder.description_for_number``: a
state name such as ``Florida`` or ``City, ST``), never from a hand-written area-code table.
"""

from __future__ import annotations

from functools import lru_cache

# USPS codes (50 states, DC and the territories NANP serves).
STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "PR": "Puerto Rico",
    "VI": "U.S. Virgin Islands",
    "GU": "Guam",
    "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}
_BY_NAME = {name.lower(): code for code, name in STATES.items()}
_BY_NAME.update({"washington dc": "DC", "washington d.c.": "DC", "virgin islands": "VI"})


def state_code(text: str | None) -> str | None:
    """``FL`` for ``FL``, ``fl`` or ``Florida``; None when it names no US state or territory."""
    if not text:
        return None
    t = text.strip()
    if t.upper() in STATES:
        return t.upper()
    return _BY_NAME.get(t.lower().rstrip("."))


@lru_cache(maxsize=1024)
def geocoded_npa_state(npa: str) -> str | None:
    """The state of NANP area code ``npa`` (3 digits) from phonenumbers' geocoder, or None (toll
    free, non-geographic, Canada and other NANP countries)."""
    import phonenumbers
    from phonenumbers import geocoder

    try:
        num = phonenumbers.parse(f"+1{npa}5550100")
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.region_code_for_number(num) not in ("US", "PR", "VI", "GU", "AS", "MP"):
        return None
    desc = geocoder.description_for_number(num, "en")
    if not desc:
        return None
    if ", " in desc:
        return state_code(desc.rsplit(", ", 1)[1])
    return state_code(desc)


def geocode_all() -> dict[str, str]:
    """``{npa: state}`` for every US area code, from phonenumbers (~1 s): what
    ``customario/data/npa_states.json`` holds (``python scripts/gen_npa_states.py`` rewrites it;
    ``tests/test_calling_rules.py`` checks it still matches the installed phonenumbers)."""
    out = {}
    for n in range(200, 1000):
        st = geocoded_npa_state(str(n))
        if st:
            out[str(n)] = st
    return out


@lru_cache(maxsize=1)
def _npa_table() -> dict[str, str]:
    import json
    from importlib import resources

    return json.loads(resources.files("customario.data").joinpath("npa_states.json").read_text())["npa_states"]


def npa_state(npa: str) -> str | None:
    """The state of area code ``npa`` (shipped table generated from phonenumbers' geocoder)."""
    return _npa_table().get(npa)


@lru_cache(maxsize=64)
def npas_of(state: str) -> tuple[str, ...]:
    """Every area code of ``state``."""
    return tuple(sorted(n for n, st in _npa_table().items() if st == state))
