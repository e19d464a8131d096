"""Debian's chromium for browser tests.

Playwright's own browser downloads are never used: CI installs chromium with apt, and a
machine without it skips the tests that need it (``requires_chromium``)."""

import io
import os
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("SABOR_CHROMIUM", "/usr/bin/chromium"))

requires_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)",
)
# The browser sees what the server renders, whatever the database: CI runs the browser tests
# on its SQLite pass and skips them on the PostgreSQL one (SABOR_BROWSER_TESTS=off).
browser_tests_on = pytest.mark.skipif(
    os.environ.get("SABOR_BROWSER_TESTS", "on") == "off",
    reason="SABOR_BROWSER_TESTS=off (CI runs the browser tests on SQLite only)",
)


@contextmanager
def chromium():
    """A headless chromium; Playwright's sync API runs an event loop in this thread, so the
    caller sets DJANGO_ALLOW_ASYNC_UNSAFE for the ORM calls it makes meanwhile."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            yield browser
        finally:
            browser.close()


def save_screenshot(png, path):
    """A screenshot reduced to 256 colours: admin screens are flat colours and text, and the
    files are committed with the docs."""
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256)
    image.save(path, optimize=True)
