"""Browser tests: Debian's chromium driven by Playwright (never `playwright install`).

With CI=true they must run (scripts/install-system-packages.sh installs chromium as root);
elsewhere they skip with the reason when chromium or Playwright is missing. Screenshots go to
tmp/artefacts/ (not committed).

1. `sitrep serve` over a database built from the five seed documents: load the events page,
   filter, open the Karm al-Zeitoun event, see both articles' figures and the disputed blame side
   by side, log in, correct a claim, see the audit entry, run `sitrep run` again, and see the
   correction survive.
2. `sitrep report` over dated stories, opened from file:// with the network refused: map and
   charts drawn.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "seeds"
ARTEFACTS = ROOT / "tmp" / "artefacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SITREP = [sys.executable, "-m", "sitrep.cli"]
PASSWORD = "karm al-zeitoun review"


def _require_browser():
    reason = None
    if not Path(CHROMIUM).exists():
        reason = f"{CHROMIUM} not installed (scripts/install-system-packages.sh installs it as root)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright (Python) not installed: make install"
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {reason}")
        print(f"browser tests skipped: {reason}")
        pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def sitrep(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([*SITREP, *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "SITREP_PROGRESS": "0"})
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    _require_browser()
    db = tmp_path_factory.mktemp("browser") / "seeds.db"
    sitrep("run", str(SEEDS), "--db", str(db), "-q", "--top", "0")
    sitrep("user", "add", "rana", "--db", str(db), "--password-stdin", stdin=PASSWORD + "\n")
    return db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_db):
    port = _free_port()
    proc = subprocess.Popen([*SITREP, "serve", "--db", str(seed_db), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/events", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"sitrep serve exited: {proc.stderr.read()}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def test_review_the_karm_al_zeitoun_event_and_the_correction_survives_a_rerun(browser, server, seed_db):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/events")
    page.wait_for_selector(".leaflet-overlay-pane canvas, .leaflet-overlay-pane svg")
    page.screenshot(path=str(ARTEFACTS / "1-events.png"), full_page=True)

    page.select_option("select[name=admin1]", "Homs")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**admin1=Homs**")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 2                                # Karm al-Zeitoun and Qaryatayn
    page.screenshot(path=str(ARTEFACTS / "2-events-homs.png"), full_page=True)

    page.click("text=Karm al-Zeitoun")
    page.wait_for_selector("table.matrix")
    matrix = page.inner_text("table.matrix")
    for text in ("activists (1)", "47-53", "activists (2)", "up to 53", "SANA", "denies", "security services",
                 "terrorist armed groups"):
        assert text in matrix, text
    assert page.locator("details.member").count() == 2      # the two outlets' articles
    page.screenshot(path=str(ARTEFACTS / "3-event.png"), full_page=True)

    page.click("text=Log in to review")
    page.fill("input[name=username]", "rana")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button")
    page.wait_for_selector("text=Analyst:")
    assert "/events/" in page.url                           # back on the event

    row = page.locator("table.claims tr", has_text="killed as many as 53 people")
    row.locator("summary", has_text="Correct").click()
    row.locator("input[name=low]").fill("45")
    row.locator("input[name=note]").fill("the second outlet gives 45 to 53 further down")
    row.locator("button", has_text="Save correction").click()
    page.wait_for_selector("table.audit")
    audit = page.inner_text("table.audit")
    assert "rana" in audit and "claim.correct" in audit and "45" in audit
    assert "45-53" in page.inner_text("table.matrix")
    page.screenshot(path=str(ARTEFACTS / "4-corrected.png"), full_page=True)

    sitrep("run", str(SEEDS), "--db", str(seed_db), "-q", "--top", "0")
    page.reload()
    assert "45-53" in page.inner_text("table.matrix")
    assert "corrected" in page.inner_text("table.claims")
    page.screenshot(path=str(ARTEFACTS / "5-after-rerun.png"), full_page=True)
    assert errors == []


def test_the_report_opens_offline_with_map_and_charts(browser, tmp_path):
    from workbench_data import build_store

    db = tmp_path / "dated.db"          # the seed documents carry no dates: these stories do
    build_store(str(db)).close()
    out = tmp_path / "report.html"
    sitrep("report", "--db", str(db), "-o", str(out))
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    remote: list[str] = []

    def refuse(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            remote.append(route.request.url)
            route.abort()
    page.route("**/*", refuse)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(out.as_uri())
    page.wait_for_selector(".leaflet-overlay-pane canvas, .leaflet-overlay-pane svg")
    assert page.locator("section.contested-event").count() == 2
    assert page.locator("svg.chart rect.bar").count() == 83         # every month, 2016-08 to 2023-06
    assert page.locator("svg.chart rect.bar:not([height='0.0'])").count() == 4   # four with an event
    assert page.locator("svg.chart path").count() == 4              # killed per month, one line per admin1
    assert "Kharkiv" in page.inner_text("main") and "Saudi-led coalition" in page.inner_text("main")
    page.screenshot(path=str(ARTEFACTS / "6-report.png"), full_page=True)
    assert remote == [] and errors == []
