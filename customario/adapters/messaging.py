"""The one sender for everything customario delivers: SMS (Twilio), e-mail (SMTP), signed webhooks, files.

Only :mod:`customario.channels.outbox` calls it (messages are queued there first, so a send that
fails or a process that dies loses nothing). Tests point ``twilio_base`` at a loopback server and
``smtp_host`` at a loopback SMTP server; nothing here is called with real credentials in tests.

- **SMS**: Twilio Messages REST API, ``POST {twilio_base}/2010-04-01/Accounts/{AccountSid}/Messages.json``
  with form fields ``From``, ``To``, ``Body`` and HTTP basic auth (account SID, auth token).
- **E-mail**: SMTP (STARTTLS when offered, implicit TLS on port 465, login when a user is set) with
  the message's own ``Message-ID`` and, for replies, ``In-Reply-To`` and ``References`` (RFC 5322
  section 3.6.4), so mail clients thread the conversation.
- **Webhook**: ``POST`` of the JSON body with ``X-Customario-Signature: sha256=<hex HMAC-SHA256 of
  the raw body keyed with the webhook secret>`` (the GitHub convention). A webhook without a secret
  is never sent (ConfigError): an unsigned or empty-key signature would let anyone forge events.
- **File**: without Twilio/SMTP settings, SMS and e-mail are written as JSON files to ``outbox_dir``.

Errors: :class:`ExternalServiceError` for a failure worth retrying (connection, timeout, 408, 429,
5xx), :class:`PermanentDelivery` for one that is not (other 4xx), ConfigError for a missing secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from customario.errors import ConfigError, ExternalServiceError

TWILIO_API_BASE = "https://api.twilio.com"
SIGNATURE_HEADER = "X-Customario-Signature"
_RETRY_STATUS = {408, 425, 429}


class PermanentDelivery(ExternalServiceError):
    """The provider refused the message for good (a 4xx other than 408/425/429): retrying cannot help."""


def sign(secret: str, body: bytes) -> str:
    """``sha256=<hex>``: HMAC-SHA256 of ``body`` keyed with ``secret``. Raises ConfigError without a secret."""
    if not secret:
        raise ConfigError(
            "the webhook has no secret", "Set CUSTOMARIO_WEBHOOK_SECRET (signatures with an empty key can be forged)"
        )
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str | None, body: bytes, header: str | None) -> bool:
    """Constant-time check of a received :data:`SIGNATURE_HEADER` value; False without a secret."""
    if not secret or not header:
        return False
    return hmac.compare_digest(sign(secret, body), header)


@dataclass
class Messaging:
    """Where messages go. Built from Settings by :func:`messaging_from_settings`."""

    outbox_dir: Path
    twilio_sid: str | None = None
    twilio_token: str | None = None
    twilio_from: str | None = None
    twilio_base: str = TWILIO_API_BASE
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    webhook_secret: str | None = None
    timeout_s: float = 10.0
    retry_base_s: float = 5.0  # back-off after a failed attempt: retry_base_s * 2**(attempts-1), at most 600 s

    def name_for(self, channel: str) -> str:
        """The adapter a message of ``channel`` goes through: twilio | smtp | webhook | file."""
        if channel == "webhook":
            return "webhook"
        if channel == "sms" and self.twilio_sid and self.twilio_token and self.twilio_from:
            return "twilio"
        if channel == "email" and self.smtp_host:
            return "smtp"
        return "file"

    def send(self, msg: dict) -> str:
        """Deliver one outbox row; returns the provider's id (or the file path). Raises (module docstring)."""
        adapter = self.name_for(msg["channel"])
        return {"twilio": self._twilio, "smtp": self._smtp, "webhook": self._webhook, "file": self._file}[adapter](msg)

    # -- adapters ---------------------------------------------------------------------------------
    def _twilio(self, msg: dict) -> str:
        import httpx2

        url = f"{self.twilio_base.rstrip('/')}/2010-04-01/Accounts/{self.twilio_sid}/Messages.json"
        try:
            resp = httpx2.post(
                url,
                data={"From": self.twilio_from, "To": msg["to_addr"], "Body": msg["body"]},
                auth=(self.twilio_sid, self.twilio_token),
                timeout=self.timeout_s,
            )
        except httpx2.HTTPError as exc:
            raise ExternalServiceError(
                f"Twilio could not be reached ({type(exc).__name__})", "The message stays queued"
            ) from None
        if resp.status_code >= 300:
            try:
                err = resp.json()
                detail = f"{err.get('code')}: {err.get('message')}"
            except ValueError:
                detail = resp.text[:200]
            cls = (
                ExternalServiceError
                if resp.status_code >= 500 or resp.status_code in _RETRY_STATUS
                else PermanentDelivery
            )
            raise cls(f"Twilio refused the message (HTTP {resp.status_code}, {detail})", "Check the number and account")
        try:
            return str(resp.json().get("sid") or "")
        except ValueError:
            return ""

    def _smtp(self, msg: dict) -> str:
        import smtplib
        import ssl
        from email.message import EmailMessage

        em = EmailMessage()
        em["From"] = self.smtp_from or self.smtp_user or "support@localhost"
        em["To"] = msg["to_addr"]
        em["Subject"] = msg.get("subject") or "Your support request"
        mid = msg.get("message_id") or make_message_id(em["From"])
        em["Message-ID"] = mid
        if msg.get("in_reply_to"):
            em["In-Reply-To"] = msg["in_reply_to"]
        if msg.get("references_ids"):
            em["References"] = msg["references_ids"]
        em.set_content(msg["body"])
        try:
            if self.smtp_port == 465:  # implicit TLS (SMTPS)
                client = smtplib.SMTP_SSL(
                    self.smtp_host, self.smtp_port, timeout=self.timeout_s, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(self.smtp_host, self.smtp_port, timeout=self.timeout_s)
            with client as smtp:
                smtp.ehlo()
                if self.smtp_port != 465 and smtp.has_extn("starttls"):
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.ehlo()
                if self.smtp_user:
                    smtp.login(self.smtp_user, self.smtp_password or "")
                smtp.send_message(em)
        except smtplib.SMTPRecipientsRefused as exc:
            raise PermanentDelivery(
                f"the SMTP server refused the recipient ({str(exc)[:120]})", "Check the address"
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise ExternalServiceError(
                f"SMTP delivery failed ({type(exc).__name__}: {str(exc)[:120]})", "The message stays queued"
            ) from None
        return mid

    def _webhook(self, msg: dict) -> str:
        import httpx2

        body = msg["body"].encode()
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(self.webhook_secret or "", body),
            "User-Agent": "customario-webhook",
        }
        try:
            resp = httpx2.post(msg["to_addr"], content=body, headers=headers, timeout=self.timeout_s)
        except httpx2.HTTPError as exc:
            raise ExternalServiceError(f"{type(exc).__name__}: {exc}"[:300], "It is retried later") from None
        if resp.status_code < 300:
            return f"HTTP {resp.status_code}"
        cls = (
            ExternalServiceError if resp.status_code >= 500 or resp.status_code in _RETRY_STATUS else PermanentDelivery
        )
        raise cls(f"HTTP {resp.status_code}", "Check the webhook endpoint")

    def _file(self, msg: dict) -> str:
        from customario.private import make_private_dirs, private_opener

        make_private_dirs(self.outbox_dir)
        path = self.outbox_dir / f"{msg['id']:06d}-{msg['channel']}.json"
        keys = (
            "id",
            "channel",
            "to_addr",
            "subject",
            "body",
            "customer_id",
            "call_id",
            "created_at",
            "message_id",
            "in_reply_to",
            "references_ids",
        )
        record = {k: msg.get(k) for k in keys}
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8", opener=private_opener) as fh:
            fh.write(json.dumps(record, indent=2, ensure_ascii=False) + "\n")
        tmp.replace(path)
        return str(path)


def make_message_id(sender: str | None = None) -> str:
    """A new RFC 5322 ``Message-ID`` (``<...@domain>``) with the sender's domain."""
    from email.utils import make_msgid

    domain = (sender or "").split("@")[-1].strip("> ") if sender and "@" in sender else "customario.localhost"
    return make_msgid(domain=domain or "customario.localhost")


def messaging_from_settings(settings: Any) -> Messaging:
    """Messaging for these Settings: Twilio/SMTP only when configured, else files under the outbox folder
    (``outbox_dir`` in the config file, else ``<db folder>/outbox``)."""
    extra = dict(getattr(settings, "extra", {}) or {})
    folder = (
        getattr(settings, "outbox_dir", None)
        or extra.get("outbox_dir")
        or str(Path(str(getattr(settings, "db", "."))).expanduser().parent / "outbox")
    )
    base = getattr(settings, "twilio_api_base", None) or extra.get("twilio_api_base") or TWILIO_API_BASE
    return Messaging(
        outbox_dir=Path(folder),
        twilio_sid=settings.twilio_account_sid,
        twilio_token=settings.twilio_auth_token,
        twilio_from=settings.twilio_from,
        twilio_base=str(base),
        smtp_host=settings.smtp_host,
        smtp_port=int(settings.smtp_port or 587),
        smtp_user=settings.smtp_user,
        smtp_password=settings.smtp_password,
        smtp_from=settings.smtp_from,
        webhook_secret=getattr(settings, "webhook_secret", None),
    )


def check_webhook_settings(settings: Any) -> None:
    """Raise ConfigError when a webhook URL is set without a secret or is not http(s)."""
    url = getattr(settings, "webhook_url", None)
    if not url:
        return
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"webhook_url {url!r} is not an http(s) URL", "Set CUSTOMARIO_WEBHOOK_URL=https://...")
    if not getattr(settings, "webhook_secret", None):
        raise ConfigError(
            "webhook_url is set but webhook_secret is not",
            "Set CUSTOMARIO_WEBHOOK_SECRET (receivers verify X-Customario-Signature with it)",
        )
