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


# ---- what the page says by colour, and labels a reader can read whole -----------------------


def test_a_change_is_coloured_by_whether_it_goes_toward_kls_goals_not_by_its_sign():
    old = HEADER + DECLS + "målgruppe 1 a:\n    forsikret\nmålgruppe 2 b:\n    alder < 30\n" + (
        "§ 1\n    stk. 1. For målgruppe a er varighed 4 uger.\n    stk. 2. For målgruppe b er varighed 6 måneder.\n")
    new = HEADER + DECLS + "§ 1\n    stk. 1. varighed er 13 uger.\n    stk. 2. varighed er 26 uger, hvis forsikret.\n"
    a, b = analyse_text(old, "gammel.lov"), analyse_text(new, "ny.lov")
    html = render_html.render_diff(build(a, b))
    row = {key: cls for cls, key in re.findall(r'<tr class="(\w+)" data-key="([^"]+)"', html)}
    assert row["target_groups"] == "better"  # 2 → 0: fewer
    assert row["periods_weeks"] == "better"  # 1 → 2: more, although it rose
    assert row["periods_other"] == "better"  # 1 → 0
    assert row["concepts"] == "same"  # no direction: never coloured


_MEASURE = """<!DOCTYPE html><html><body><iframe id="f" src="{src}" width="1400" height="4000"></iframe>
<script>
document.getElementById("f").onload = function () {{
  var d = this.contentDocument, bad = [], n = 0;
  var page = d.documentElement.clientWidth;
  d.querySelectorAll("svg").forEach(function (svg) {{
    var width = svg.width.baseVal.value, box = svg.getBoundingClientRect();
    if (box.left < 0 || box.right > page + 0.5) bad.push("chart wider than the page: " + box.right + " > " + page);
    svg.querySelectorAll("text").forEach(function (t) {{
      var b = t.getBBox(); n += 1;
      if (b.x < -0.5 || b.x + b.width > width + 0.5) bad.push(t.textContent);
    }});
  }});
  document.body.setAttribute("data-measured", JSON.stringify({{texts: n, cut: bad}}));
}};
</script></body></html>
"""


def _measure(tmp_path: Path, report: Path) -> dict:
    """Every SVG text of ``report`` as Chromium lays it out: how many, and those outside their chart."""
    import json

    harness = tmp_path / "maal.html"
    harness.write_text(_MEASURE.format(src=report.name), encoding="utf-8")
    dom = _chromium(tmp_path, "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
                    harness.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    found = re.search(r"data-measured=\"([^\"]*)\"", dom.stdout)
    assert found is not None, dom.stdout[-2000:]
    return json.loads(found.group(1).replace("&quot;", '"'))


def test_chromium_finds_no_chart_label_cut_off_in_the_diff(page, tmp_path):
    path, _ = page
    (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    measured = _measure(tmp_path, tmp_path / path.name)
    assert measured["texts"] > 20 and measured["cut"] == []


def test_chromium_finds_no_chart_label_cut_off_in_the_impact_report(tmp_path):
    from compiler.impact.render.html import render_html as render_impact
    from compiler.impact.run import Synthetic, run
    from compiler.pipeline import load_law
    from compiler.population.caseload import Spec

    lab, kl = load_law(str(LAWS / "lab-2017.lov")), load_law(str(LAWS / "kl-2017.lov"))
    report = run(lab, kl, Synthetic(Spec.of([lab, kl], 3000, 0)))
    page_ = render_impact(report)
    assert "Borgerne efter målgruppe" in page_ and "Dagpengemodtagere" in page_  # titles, not names only
    assert "…</text>" not in page_  # whole labels, never shortened
    path = tmp_path / "konsekvens.html"
    path.write_text(page_, encoding="utf-8")
    measured = _measure(tmp_path, path)
    assert measured["texts"] > 20 and measured["cut"] == []
