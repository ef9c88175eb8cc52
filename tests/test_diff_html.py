"""The HTML report of `lov diff`, opened in headless Chromium (Debian's `chromium`).

The page must render: Chromium's DOM has the metrics table and the SVG chart, and the
screenshot contains the chart's bar colours (decoded with the standard library).
Skipped, with the reason, when Chromium is not installed (.ci/run installs it).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from compiler.diff import behaviour as bh
from compiler.diff.render import html as render_html
from compiler.diff.report import build
from compiler.pipeline import analyse_text
from tests.kit import HEADER, LAWS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium er ikke installeret (apt-get install chromium)")

OLD_BLUE = (0x8A, 0x8F, 0x98)
NEW_BLUE = (0x1F, 0x5F, 0xBF)

DECLS = """
begreb alder: heltal kilde register "CPR"
begreb forsikret: sandhedsværdi kilde register "A-kasse"
resultat varighed: uger
"""


def _texts() -> tuple[tuple[str, str], tuple[str, str]]:
    old, new = LAWS / "lab-2017.lov", LAWS / "kl-2017.lov"
    if old.exists() and new.exists():
        return (str(old), old.read_text(encoding="utf-8")), (str(new), new.read_text(encoding="utf-8"))
    a = HEADER + DECLS + "målgruppe 1 a:\n    forsikret\nmålgruppe 2 b:\n    alder < 30\n" + (
        "§ 1\n    stk. 1. For målgruppe a er varighed 4 uger.\n    stk. 2. For målgruppe b er varighed 6 måneder.\n"
    )
    b = HEADER + DECLS + "§ 1. varighed er 13 uger.\n"
    return ("gammel.lov", a), ("ny.lov", b)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profil"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", *args,
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the unfiltered RGB(A) rows of an 8-bit PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line) if bpp == 3 else bytes(x for j, x in enumerate(line) if j % 4 != 3))
        prev = line
    return width, height, rows


def _count(rows: list[bytes], rgb: tuple[int, int, int]) -> int:
    needle = bytes(rgb)
    return sum(sum(1 for i in range(0, len(row), 3) if row[i:i + 3] == needle) for row in rows)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, str]:
    (old_file, old_text), (new_file, new_text) = _texts()
    a, b = analyse_text(old_text, old_file), analyse_text(new_text, new_file)
    report = build(a, b, bh.run(a.law, b.law, 50, 0))
    path = tmp_path_factory.mktemp("html") / "rapport.html"
    path.write_text(render_html.render_diff(report), encoding="utf-8")
    return path, render_html.render_diff(report)


def test_the_report_has_no_external_assets(page):
    _, html = page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//|file:)""", html)
    assert "<script" not in html and "@import" not in html and "url(" not in html


def test_chromium_renders_metrics_table_and_chart(page, tmp_path):
    path, html = page
    dom = _chromium(tmp_path, "--dump-dom", path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    table = re.search(r'<table id="metrics">(.*?)</table>', dom.stdout, re.S)
    assert table is not None
    keys = re.findall(r'<tr [^>]*data-key="([^"]+)"', table.group(1))
    assert {"target_groups", "variations", "periods_other", "special_rules"} <= set(keys)
    chart = re.search(r'<svg id="variations-chart".*?</svg>', dom.stdout, re.S)
    assert chart is not None
    bars = re.findall(r'<g class="bar" data-result="([^"]+)"', chart.group(0))
    assert bars and len(bars) == html.count('<g class="bar"')
    assert len(re.findall(r"<rect ", chart.group(0))) >= 2 * len(bars)


def test_chromium_screenshot_shows_the_chart(page, tmp_path):
    path, _ = page
    shot = tmp_path / "rapport.png"
    # Half scale keeps the decoding below (pure Python) quick; the bars stay solid.
    result = _chromium(
        tmp_path, "--window-size=1200,2400", "--force-device-scale-factor=0.5", "--hide-scrollbars",
        f"--screenshot={shot}", path.as_uri(),
    )
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    width, height, rows = _png_pixels(shot.read_bytes())
    assert (width, height) == (600, 1200)
    # Both bar colours are painted: the chart rendered, old and new side by side.
    assert _count(rows, NEW_BLUE) > 100
    assert _count(rows, OLD_BLUE) > 100
