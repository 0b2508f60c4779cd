"""Configuration: flag > environment > ``customario.yaml`` > default, resolved once.

``load_settings()`` returns a frozen :class:`Settings`. Secrets (API keys, webhook secrets) are read
only from the environment or a ``.env`` file (python-dotenv; the project's, next to
``customario.yaml``, or ``--env-file``), never from ``customario.yaml`` (refused in any spelling,
nested, or as URL credentials), and ``Settings.redacted()`` masks them for display.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from customario.errors import ConfigError

CONFIG_FILENAME = "customario.yaml"
ENV_PREFIX = "CUSTOMARIO_"

# Settings read from these environment variables as well as CUSTOMARIO_<NAME> (provider conventions).
_PROVIDER_ENV = {
    "livekit_url": "LIVEKIT_URL",
    "livekit_api_key": "LIVEKIT_API_KEY",
    "livekit_api_secret": "LIVEKIT_API_SECRET",
    "anthropic_api_key": "ANTHROPIC_API_KEY",
    "anthropic_base_url": "ANTHROPIC_BASE_URL",
    "google_api_key": "GOOGLE_API_KEY",
}

SECRET_FIELDS = frozenset(
    {
        "livekit_api_secret",
        "livekit_api_key",
        "anthropic_api_key",
        "google_api_key",
        "webhook_secret",
        "twilio_auth_token",
        "sendgrid_webhook_secret",
        "smtp_password",
        "api_token",
    }
)


# A key is a secret when, spelled in any case with ``-``/``_``/``.``/spaces, it normalises to one of
# SECRET_FIELDS (or their provider names), or when its last word is one of these.
_SECRET_WORDS = (
    "secret",
    "password",
    "passwd",
    "pwd",
    "token",
    "apikey",
    "api_key",
    "auth_token",
    "private_key",
    "access_key",
    "credential",
    "credentials",
    "passphrase",
)
MAX_SECRET_DEPTH = 32


def normalise_key(key: Any) -> str:
    """``'LIVEKIT-API Secret'`` → ``'livekit_api_secret'``: lower case, runs of ``-``, ``.``,
    spaces and ``_`` folded into one ``_``."""
    import re

    return re.sub(r"[\s._-]+", "_", str(key).strip().lower()).strip("_")


def is_secret_key(key: Any) -> bool:
    """True when ``key`` names a secret in any spelling (case, ``-``/``_``, provider names such as
    ``ANTHROPIC_API_KEY`` or ``api-key``/``token``/``password`` endings)."""
    norm = normalise_key(key)
    if not norm:
        return False
    bare = norm.removeprefix("customario_")
    provider = {v.lower() for k, v in _PROVIDER_ENV.items() if k in SECRET_FIELDS}
    if bare in SECRET_FIELDS or norm in provider:
        return True
    squashed = norm.replace("_", "")
    return any(squashed == w.replace("_", "") or squashed.endswith(w.replace("_", "")) for w in _SECRET_WORDS)


def url_has_credentials(value: Any) -> bool:
    """True when ``value`` is a URL with a password (``scheme://user:pass@host``) or a secret
    query parameter (``?token=...``, ``?api_key=...``)."""
    from urllib.parse import parse_qsl, urlsplit

    if not isinstance(value, str) or "://" not in value:
        return False
    try:
        parts = urlsplit(value.strip())
        if parts.password or (parts.username and "@" in parts.netloc):
            return True
        return any(is_secret_key(k) and v for k, v in parse_qsl(parts.query, keep_blank_values=True))
    except ValueError:
        return "@" in value.split("://", 1)[1].split("/", 1)[0]


def redact_url(value: str) -> str:
    """``https://user:pw@host/x?token=t`` → ``https://***@host/x?token=***`` (other URLs unchanged)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    if not url_has_credentials(value):
        return value
    try:
        parts = urlsplit(value.strip())
        netloc = parts.netloc.rsplit("@", 1)[-1]
        if "@" in parts.netloc:
            netloc = "***@" + netloc
        query = urlencode(
            [(k, "***" if is_secret_key(k) else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)], safe="*"
        )
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return "***"


def find_secrets(data: Any, where: str = "", depth: int = 0) -> list[str]:
    """Dotted paths of every secret in a parsed config mapping: secret-named keys at any depth
    (non-empty values) and URLs that carry credentials. Values are never part of the result."""
    found: list[str] = []
    if depth > MAX_SECRET_DEPTH:
        return found
    if isinstance(data, Mapping):
        for key, value in data.items():
            path = f"{where}.{key}" if where else str(key)
            if is_secret_key(key) and value not in (None, "", {}, []):
                found.append(path)
            else:
                found += find_secrets(value, path, depth + 1)
    elif isinstance(data, (list, tuple)):
        for i, value in enumerate(data):
            found += find_secrets(value, f"{where}[{i}]", depth + 1)
    elif url_has_credentials(data):
        found.append(where or "value")
    return found


def redact_value(value: Any, depth: int = 0) -> Any:
    """``value`` with secret-named keys (any depth) replaced by ``'***'`` and URL credentials masked."""
    if depth > MAX_SECRET_DEPTH:
        return "***"
    if isinstance(value, Mapping):
        return {
            k: ("***" if is_secret_key(k) and v not in (None, "") else redact_value(v, depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [redact_value(v, depth + 1) for v in value]
    if isinstance(value, str):
        return redact_url(value)
    return value


def mask_secrets(text: str, env: Mapping[str, str] | None = None) -> str:
    """``text`` with URL credentials masked (``scheme://***@host``) and the value of every
    secret-named environment variable (``*_API_KEY``, ``*_SECRET``, ``*_TOKEN``, ``*_PASSWORD``...,
    at least 6 characters) replaced by ``***``. For log lines and other free text."""
    import re

    env = os.environ if env is None else env
    out = re.sub(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]+@", r"\1***@", text)
    for key, value in env.items():
        if value and len(value) >= 6 and is_secret_key(key) and value in out:
            out = out.replace(value, "***")
    return out


class SecretMaskingFilter:
    """A logging filter that passes every record through :func:`mask_secrets` (message and
    arguments rendered first), so ``-v``/``-vv`` output never shows a key, a token or URL credentials."""

    def filter(self, record: Any) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is logged as it is
            return True
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def _default_db_path() -> str:
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("customario", appauthor=False)) / "customario.db")


@dataclass(frozen=True)
class Settings:
    """Resolved configuration. Every field can come from a flag, ``CUSTOMARIO_<FIELD>`` or the file."""

    db: str = ""
    config_file: str | None = None
    region: str = "US"
    default_timezone: str = "America/New_York"
    stack: str = "offline"
    evaluator: str = "offline"
    campaigns_dir: str | None = None  # trusted plug-in folder, resolved by campaigns_folder()
    agent_name: str = "customario"
    livekit_url: str | None = None
    livekit_api_key: str | None = None
    livekit_api_secret: str | None = None
    sip_trunk_id: str | None = None
    caller_id: str | None = None
    anthropic_api_key: str | None = None
    anthropic_base_url: str | None = None
    anthropic_model: str | None = None
    google_api_key: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    twilio_account_sid: str | None = None
    twilio_auth_token: str | None = None
    twilio_from: str | None = None
    sendgrid_webhook_secret: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    batch_window_s: float = 5.0
    claim_timeout_s: float = 900.0
    # `customario serve` (customario.web): bearer token of the HTTP API (unset: loopback only),
    # comma-separated browser origins allowed by CORS, the public URL providers post to.
    api_token: str | None = None
    allow_origin: str | None = None
    public_url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def redacted(self) -> dict[str, Any]:
        """All fields as a dict with secrets replaced by ``'***'`` (or ``None`` when unset): secret
        fields, secret-named keys inside ``extra`` and the credentials of any URL."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if (f.name in SECRET_FIELDS or is_secret_key(f.name)) and value:
                value = "***"
            out[f.name] = redact_value(dict(value) if f.name == "extra" else value)
        return out

    def with_overrides(self, **overrides: Any) -> "Settings":
        """A copy with the non-``None`` overrides applied (flags win over everything)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    target = {f.name: f.type for f in fields(Settings)}[name]
    if value is None:
        return None
    try:
        if target == "int":
            return int(value)
        if target == "float":
            return float(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"setting {name!r} must be a number, got {value!r}",
            f"Fix {name} in the environment or in {CONFIG_FILENAME}",
        ) from None
    return str(value) if not isinstance(value, Mapping) else value


def find_config_file(explicit: str | None, cwd: Path | None = None) -> Path | None:
    """The config file to read: ``explicit`` (must exist), else ``./customario.yaml`` if present.

    Raises ConfigError when ``explicit`` names a missing file.
    """
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file {explicit} does not exist", "Check the --config path")
        return path
    candidate = (cwd or Path.cwd()) / CONFIG_FILENAME
    return candidate if candidate.is_file() else None


def project_env_file(explicit: str | None, config_file: Path | None) -> Path | None:
    """The ``.env`` file to load: ``explicit`` (must be a file), else ``.env`` next to the config
    file when there is one, else None. Raises ConfigError when ``explicit`` is not a file."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"env file {explicit} does not exist", "Check the --env-file path")
        return path
    if config_file is None:
        return None
    candidate = config_file.resolve().parent / ".env"
    return candidate if candidate.is_file() else None


def _read_config_file(path: Path) -> dict[str, Any]:
    from customario.definitions.yamlio import load_yaml_mapping
    from customario.errors import CustomarioError

    try:
        data = load_yaml_mapping(path)
    except CustomarioError as exc:  # a broken config file is a configuration error (exit 3)
        raise ConfigError(exc.message, exc.hint, location=exc.location) from None
    known = {f.name for f in fields(Settings)} - {"extra", "config_file"}
    secrets_in_file = find_secrets(data)
    if secrets_in_file:
        raise ConfigError(
            f"{path}: secrets do not belong in the config file ({', '.join(secrets_in_file[:5])})",
            "Move them to the environment or a .env file; URLs must not carry user:password@",
        )
    values = {k: v for k, v in data.items() if k in known}
    extra = {k: v for k, v in data.items() if k not in known}
    _check_keys(extra, known, path)
    values["extra"] = extra
    return values


def load_settings(
    *,
    config: str | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    load_dotenv_file: bool = True,
    env_file: str | None = None,
    **flags: Any,
) -> Settings:
    """Resolve settings once: flags > environment > config file > defaults.

    ``env`` defaults to ``os.environ`` after loading a ``.env`` file (existing variables win): the
    one named by ``env_file`` (``--env-file``, must exist), else the ``.env`` next to the config
    file (the project folder). A ``.env`` in whatever folder the command runs from is never read:
    it could point ``ANTHROPIC_BASE_URL`` elsewhere and send the key there (issue 16).
    Raises ConfigError for a missing ``--config`` or ``--env-file``, a malformed file, or secrets
    in the config file.
    """
    if env is None:
        env = os.environ
        config = config or env.get(ENV_PREFIX + "CONFIG")
        path = find_config_file(config, cwd)
        if load_dotenv_file:
            dotenv_path = project_env_file(env_file, path)
            if dotenv_path is not None:
                from dotenv import load_dotenv

                load_dotenv(dotenv_path, override=False)
    else:
        config = config or env.get(ENV_PREFIX + "CONFIG")
        path = find_config_file(config, cwd)
    values: dict[str, Any] = _read_config_file(path) if path else {"extra": {}}
    for f in fields(Settings):
        if f.name in ("extra", "config_file"):
            continue
        env_value = env.get(ENV_PREFIX + f.name.upper())
        if env_value is None and f.name in _PROVIDER_ENV:
            env_value = env.get(_PROVIDER_ENV[f.name])
        if env_value not in (None, ""):
            values[f.name] = env_value
    for name, value in flags.items():
        if value is not None:
            values[name] = value
    values = {k: (_coerce(k, v) if k != "extra" else v) for k, v in values.items()}
    if not values.get("db"):
        values["db"] = _default_db_path()
    values["config_file"] = str(path) if path else None
    values["campaigns_dir"] = campaigns_folder(values.get("campaigns_dir"), path, cwd)
    _check_values(values, path)
    return Settings(**values)


def _check_values(values: dict[str, Any], path: Path | None) -> None:
    """Refuse settings that cannot work (ConfigError, exit 3): an unknown region, time zone or
    stack, a port outside 1-65535, a non-finite or negative duration."""
    import math

    where = f"Fix it in {path}, the environment or the flag" if path else "Fix it in the environment or the flag"
    region = values.get("region")
    if region is not None:
        import phonenumbers

        if str(region).upper() not in phonenumbers.SUPPORTED_REGIONS:
            raise ConfigError(
                f"region {str(region)[:20]!r} is not a region code", f"Use an ISO 3166 code such as US or GB. {where}"
            )
    zone = values.get("default_timezone")
    if zone is not None:
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(str(zone))
        except (ValueError, KeyError, OSError):
            raise ConfigError(
                f"default_timezone {str(zone)[:40]!r} is not an IANA time zone",
                f"Use a name such as America/New_York. {where}",
            ) from None
    stack = values.get("stack")
    if stack is not None and stack not in ("offline", "anthropic", "google-realtime"):
        raise ConfigError(
            f"stack {str(stack)[:40]!r} is not known", f"Use offline, anthropic or google-realtime. {where}"
        )
    port = values.get("smtp_port")
    if port is not None and not 1 <= port <= 65535:
        raise ConfigError(f"smtp_port {port} is not a TCP port", f"Use 1-65535. {where}")
    for name in ("batch_window_s", "claim_timeout_s"):
        value = values.get(name)
        if value is not None and (not math.isfinite(value) or value < 0 or value > 366 * 86400):
            raise ConfigError(f"{name} {value} is not a usable number of seconds", f"Use 0 to 31622400. {where}")


# Keys of customario.yaml that are not Settings fields, each read by one area (``Settings.extra``).
EXTRA_KEYS = {
    "voice": "offline voice tuning (docs/conversations.md)",
    "sms_brand": "brand named in SMS replies (docs/leads-and-dnc.md)",
    "sms_help": "reply to an SMS HELP (docs/leads-and-dnc.md)",
    "inbound_campaign": "campaign of inbound calls and messages (docs/support-and-channels.md)",
    "outbox_dir": "folder of unsent messages (docs/support-and-channels.md)",
    "twilio_api_base": "Twilio API base URL (tests, proxies)",
    "plugins": "settings of plug-ins, one mapping per plug-in name (docs/plugins.md)",
}


def _check_keys(extra: Mapping[str, Any], known: set[str], path: Path) -> None:
    """Refuse a key of the config file that nothing reads (ConfigError naming the closest known
    key: ``regoin`` -> "did you mean region?"), so a typo never silently falls back to a default."""
    import difflib

    for key in extra:
        if key in EXTRA_KEYS:
            continue
        close = difflib.get_close_matches(str(key), sorted(known | set(EXTRA_KEYS)), n=1, cutoff=0.6)
        hint = (
            f"Did you mean {close[0]}? Fix or remove it"
            if close
            else "Remove it; docs/configuration.md lists the settings"
        )
        raise ConfigError(f"{path}: unknown setting {str(key)[:40]!r}", hint)


def campaigns_folder(configured: str | None, config_file: Path | None, cwd: Path | None = None) -> str | None:
    """The campaigns folder whose plug-in code may run (issue 16's trust model), absolute, or None.

    A folder set explicitly (flag, ``CUSTOMARIO_CAMPAIGNS_DIR`` or ``campaigns_dir:`` in the config
    file) is used, relative to the config file's folder when there is one, else to ``cwd``. Without
    one, ``campaigns/`` next to a ``customario.yaml`` is used; a command run elsewhere loads no
    folder at all (only installed plug-ins), so a stray ``./campaigns/*/__init__.py`` never runs.
    """
    base = config_file.resolve().parent if config_file else (cwd or Path.cwd())
    if configured:
        folder = Path(str(configured)).expanduser()
        return str(folder if folder.is_absolute() else (base / folder).resolve())
    return str(base / "campaigns") if config_file else None
