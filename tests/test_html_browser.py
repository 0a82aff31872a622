"""The HTML view renders in a real browser: headless Chromium takes a screenshot of the seed and of
one Arabic resolution from the corpus. `.ci/run` installs Debian's chromium for this test."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from unres import from_akn, render_html
from unres.jsonio import from_json

from conftest import CORPUS, SAMPLES

PNG = b"\x89PNG\r\n\x1a\n"


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed (.ci/run installs Debian's chromium)")
    return exe


def screenshot(html: str, tmp_path: Path, name: str) -> Path:
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / f"{name}.png"
    done = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1000,1400", f"--screenshot={shot}",
         page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == PNG and shot.stat().st_size > 10_000
    return shot


def test_seed_html_screenshot(tmp_path):
    res = from_json((SAMPLES / "A-HRC-RES-35-8.zh.json").read_bytes())
    screenshot(render_html(res), tmp_path, "seed")


def test_arabic_corpus_html_screenshot(tmp_path):
    files = sorted((CORPUS / "unxml" / "hrc" / "54session" / "Arabic").glob("*.xml"))
    if not files:
        pytest.skip(f"corpus not found at {CORPUS} (set UNRES_SHARED to the shared/ folder)")
    res = from_akn(files[0].read_bytes())
    html = render_html(res)
    assert 'dir="rtl"' in html
    screenshot(html, tmp_path, "arabic")
