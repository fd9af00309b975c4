"""The dashboard in real headless Chromium (Debian's chromium and chromedriver): charts drawn, evidence
highlighted, filters, export download, and a document's <script> shown as text, never run.

Skipped when Chromium is not installed, except under CI (CI set), where a missing browser is a failure.
With DYADWATCH_SCREENSHOTS=DIR the overview and a dyad page are saved there as PNG (docs/images in the README).
"""
from __future__ import annotations

import os
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from dyadwatch.server.run import build_server
from dyadwatch.store.export import EVENT_COLUMNS

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1000")
WAIT = 15


def _need_browser() -> None:
    missing = [name for name, path in (("chromium", CHROMIUM), ("chromedriver", CHROMEDRIVER)) if not path]
    if missing:
        reason = f"{' and '.join(missing)} not installed (apt-get install -y chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)


@contextmanager
def _serving(db: Path) -> Iterator[str]:
    server = build_server(str(db), "127.0.0.1", 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def base_url(sample_db):
    with _serving(sample_db) as url:
        yield url


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads):
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('profile')}")
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    yield driver
    driver.quit()


def _wait(driver, css: str, count: int = 1):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, css)) >= count)
    return driver.find_elements(By.CSS_SELECTOR, css)


def _no_script_errors(driver) -> None:
    severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def _screenshot(driver, name: str) -> None:
    folder = os.environ.get("DYADWATCH_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(height, 800), 2400))
    driver.save_screenshot(str(Path(folder) / name))
    driver.set_window_size(1280, 1000)


def test_overview_draws_its_charts(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/")
    _wait(browser, "#activity-chart[data-drawn] svg rect.bar")
    bars = browser.find_elements(By.CSS_SELECTOR, "#activity-chart rect.bar")
    dyad_rows = browser.find_elements(By.CSS_SELECTOR, "#dyads tbody tr")
    sparklines = _wait(browser, "#dyads .spark[data-drawn] polyline.spark-line", len(dyad_rows))
    assert len(bars) > 10 and len(dyad_rows) == len(sparklines) > 5
    assert "documents" in browser.find_element(By.ID, "coverage").text
    _no_script_errors(browser)
    _screenshot(browser, "dashboard-overview.png")


def test_dyad_page_lists_events_with_highlights(browser, base_url):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/dyad/RUS/PRK")
    _wait(browser, "[data-chart=series][data-drawn] rect.bar")
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-chart=series][data-drawn]")) == 2
    for mark in ("baseline", "window"):  # the alert's baseline and window are shaded on both charts
        assert len(browser.find_elements(By.CSS_SELECTOR, f"[data-chart=series] rect.mark-{mark}")) == 2
    rows = browser.find_elements(By.CSS_SELECTOR, "#dyad-events tr.event")
    assert len(rows) > 5
    for row in rows:
        trigger = row.find_element(By.CSS_SELECTOR, "mark.trigger")
        assert trigger.text and trigger.text in row.find_element(By.CSS_SELECTOR, ".sentence").text
        assert row.find_elements(By.CSS_SELECTOR, "mark.source")
    shoigu = [r for r in rows if "traveled" in r.text]
    assert shoigu and shoigu[0].find_element(By.CSS_SELECTOR, "mark.target").text == "North Korea"
    _no_script_errors(browser)
    _screenshot(browser, "dashboard-dyad.png")


def _total(browser) -> int:
    from selenium.webdriver.common.by import By

    return int(browser.find_element(By.CSS_SELECTOR, ".pager").text.split()[0])


def test_a_filter_narrows_the_table(browser, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(base_url + "/events?page_size=200")
    everything = _total(browser)
    assert len(browser.find_elements(By.CSS_SELECTOR, "tr.event")) == everything
    Select(browser.find_element(By.CSS_SELECTOR, "#filters [name=quad]")).select_by_value("4")
    browser.find_element(By.CSS_SELECTOR, "#filters [name=actor]").send_keys("RUS")
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    _wait(browser, "select[name=quad] option[value='4'][selected]")
    narrowed = _total(browser)
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.event")
    assert 0 < narrowed < everything and len(rows) == narrowed
    assert all(r.find_element(By.CSS_SELECTOR, ".quad").text == "material conflict" for r in rows)
    assert all("RUS" in r.find_elements(By.CSS_SELECTOR, "td")[1].text for r in rows)


def test_export_downloads_the_filtered_set(browser, base_url, downloads):
    from selenium.webdriver.common.by import By

    browser.get(base_url + "/events?actor=PRK")
    total = _total(browser)
    browser.find_element(By.ID, "export-csv").click()
    target = downloads / "dyadwatch-events.csv"
    deadline = time.monotonic() + WAIT
    while not target.is_file() and time.monotonic() < deadline:
        time.sleep(0.1)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == EVENT_COLUMNS
    assert len(lines) - 1 == total > 0


@pytest.mark.parametrize("path", ["/events?actor=RUSMIL", "/events?text=condemned", "/dyad/PRK/JPN", "/doc"])
def test_injected_script_shows_as_text_and_does_not_run(browser, base_url, path):
    from selenium.webdriver.common.by import By

    if path == "/doc":
        browser.get(base_url + "/events?text=border")
        link = browser.find_element(By.CSS_SELECTOR, "a.doclink[href^='/doc/']")
        link.click()
        _wait(browser, "#stored-text")
        assert "<script>window.__dyadwatch_pwned = 1</script>Hostile title" in browser.find_element(By.TAG_NAME, "h1").text
    else:
        browser.get(base_url + path)
        _wait(browser, "tr.event")
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "<script>window.__dyadwatch_pwned = 3</script>" in body or '<img src=x onerror="window.__dyadwatch_pwned=4">' in body
    assert browser.execute_script("return typeof window.__dyadwatch_pwned") == "undefined"
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, a[href^='javascript:']")


def test_map_draws_the_world_and_the_places(browser, base_url, located_db):
    from selenium.webdriver.common.by import By

    path, (vladivostok, kyiv) = located_db
    with _serving(path) as url:
        browser.get(url + "/map")
        land = _wait(browser, "#map[data-drawn] path.land", 50)
        places = browser.find_elements(By.CSS_SELECTOR, "#map circle.place")
        titles = sorted(p.find_element(By.TAG_NAME, "title").get_attribute("textContent") for p in places)
        # The longest line drawn of the coastlines, against the map's width: rings that cross the 180th
        # meridian (Chukotka, Fiji) go on from the other edge, never as a line across the world.
        longest, width = browser.execute_script("""
            let longest = 0;
            document.querySelectorAll('#map path.land').forEach(function (path) {
              let last = null;
              for (const [, cmd, x] of path.getAttribute('d').matchAll(/([MLZ])\\s*(-?[\\d.]*)/g)) {
                if (cmd === 'L') longest = Math.max(longest, Math.abs(Number(x) - last));
                if (cmd !== 'Z') last = Number(x);
              }
            });
            return [longest, document.querySelector('#map svg').viewBox.baseVal.width];""")
    assert len(land) > 100
    assert 0 < longest < width / 10
    assert titles == [f"Kyiv (UKR): {kyiv} events", f"Vladivostok (RUS): {vladivostok} events"]
    _no_script_errors(browser)
