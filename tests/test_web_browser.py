"""The dashboard and the widget in a real browser: Debian's Chromium, headless, driven by Playwright.

A console call (a real `customario console` process) escalates; the help request appears on the
signed-in dashboard through server-sent events (the commit-to-browser latency is measured and
printed, not asserted), the supervisor answers in the page and the console relays the answer. The
widget runs a text survey to its end. Skipped with the reason when Chromium or Playwright is
missing (CI installs both: scripts/install.sh --dev)."""

import os
import shutil
from datetime import datetime

import pytest

from tests.web_helpers import running_server

CHROMIUM = os.environ.get("CUSTOMARIO_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--no-first-run",
    "--mute-audio",
]


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (apt-get install chromium, or scripts/install.sh --dev)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _config(db_path):
    from customario.config import load_settings
    from customario.web.app import WebConfig

    return WebConfig(settings=load_settings(env={}, db=str(db_path), load_dotenv_file=False))


def test_console_help_request_reaches_the_dashboard_and_the_answer_reaches_the_caller(browser, db_path, db):
    from customario.escalation.help_requests import add_supervisor
    from customario.escalation.supervisor_tokens import issue_token
    from tests.test_escalation_e2e import HOLD, Console

    add_supervisor(db, "sofia")
    token = issue_token(db, "sofia")["token"]
    with running_server(_config(db_path)) as srv:
        page = browser.new_page()
        page.goto(srv.url + "/supervisor")
        page.fill("#token", token)
        page.click("#signin")
        page.wait_for_selector('#connection[data-state="live"]', timeout=15000)
        page.evaluate("""() => { window.firstSeen = {};
            document.addEventListener('customario:state', (e) => { for (const r of e.detail.requests)
              if (!(r.id in window.firstSeen)) window.firstSeen[r.id] = Date.now(); }); }""")
        console = Console(db_path)
        try:
            console.wait_for("How can I help you today?")
            console.say("Do you do eyelash extensions?")
            console.wait_for(HOLD)
            card = page.wait_for_selector("#requests article.request", timeout=15000)
            rid = int(card.get_attribute("data-id"))
            assert "Do you do eyelash extensions?" in card.inner_text()
            created = db.execute("SELECT created_at FROM help_requests WHERE id = ?", [rid]).fetchone()[0]
            seen_ms = page.evaluate(f"() => window.firstSeen[{rid}]")
            latency_ms = seen_ms - datetime.fromisoformat(created).timestamp() * 1000
            print(f"\ndashboard latency, help request commit -> browser: {latency_ms:.0f} ms")
            assert "on hold" in card.inner_text()
            card.query_selector("textarea[name=answer]").fill("Yes, lash lifts are $75.")
            card.query_selector("button.answer").click()
            console.wait_for("My supervisor confirmed: Yes, lash lifts are $75.")
            page.wait_for_selector(f"#request-{rid}", state="detached", timeout=15000)
            console.say("that's all, bye")
            assert any("Thanks for calling" in line for line in console.finish())
        finally:
            console.proc.kill()
        page.close()
    row = db.execute("SELECT status, answered_by, hold_state FROM help_requests WHERE id = ?", [rid]).fetchone()
    assert row == ("answered", "sofia", "relayed")


def test_widget_runs_a_text_survey_to_its_end(browser, db_path, db):
    with running_server(_config(db_path)) as srv:
        page = browser.new_page()
        page.goto(srv.url + "/widget/customer_feedback")
        page.fill("#email", "dana@example.com")
        page.click("#start-text")
        page.wait_for_selector("#log li.agent")
        for text in ["yes", "a nine", "five", "yes it did", "online", "quick delivery"]:
            before = page.locator("#log li.agent").count()
            page.fill("#answer", text)
            page.press("#answer", "Enter")
            page.wait_for_function(f"() => document.querySelectorAll('#log li.agent').length > {before}")
        page.wait_for_selector('body[data-state="completed"]', timeout=15000)
        assert page.inner_text("#result").startswith("Thank you! You've earned $")
        assert page.inner_text("#error") == ""
        page.close()
    answers = dict(db.execute("SELECT question_id, value FROM answers").fetchall())
    assert answers["recommend"] == "9" and answers["channel"] == '"online"'
    assert db.execute("SELECT status FROM web_sessions").fetchone()[0] == "completed"
