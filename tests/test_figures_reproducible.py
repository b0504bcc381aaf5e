"""Figures are byte-reproducible: two fresh processes write identical PNG and SVG files."""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
import zlib

import matplotlib
import pytest

SCRIPT = r"""
import sys
import matplotlib
matplotlib.use("Agg")
import pandas as pd
from analysis import save_figure
from analysis.plots.terms import plot_term_bars

table = pd.DataFrame({
    "doc_id": ["001_kk"] * 5 + ["003_ru"] * 4,
    "lang": ["kk"] * 5 + ["ru"] * 4,
    "term": ["ғасырдың", "әлеуметтік-экономикалық", "қала", "ұжымдастыру", "һәм",
             "социально-экономических", "голосования", "ёлка", "выборы"],
    "count": [9, 7, 7, 4, 1, 12, 8, 3, 3],
    "rank": [1, 2, 3, 4, 5, 1, 2, 3, 4],
})
fig = plot_term_bars(table, top_n=5, title="Терминдер / термины: ә ғ қ ң ө ұ ү һ і")
paths = save_figure(fig, "01-top-terms", sys.argv[1], source="tests/test_figures_reproducible",
                    caption="Top terms (kk, ru)")
print("\n".join(str(p) for p in paths))
"""


def _render(out_dir, hash_seed):
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed), "MPLBACKEND": "Agg"}
    env.pop("SOURCE_DATE_EPOCH", None)
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "missing from" not in proc.stderr  # no missing-glyph warning for Kazakh letters
    return {p.suffix: p.read_bytes() for p in sorted(out_dir.iterdir())}


def _png_text_chunks(data: bytes) -> dict[str, str]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, out = 8, {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        ctype = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if ctype == b"tEXt":
            key, _, val = body.partition(b"\x00")
            out[key.decode("latin-1")] = val.decode("latin-1")
        elif ctype == b"zTXt":
            key, _, rest = body.partition(b"\x00")
            out[key.decode("latin-1")] = zlib.decompress(rest[1:]).decode("latin-1")
        elif ctype == b"iTXt":
            key, _, rest = body.partition(b"\x00")
            out[key.decode("utf-8")] = rest.decode("utf-8", "replace")
        pos += 12 + length
    return out


@pytest.fixture(scope="module")
def two_renders(tmp_path_factory):
    a = _render(tmp_path_factory.mktemp("run_a"), 1)
    b = _render(tmp_path_factory.mktemp("run_b"), 2)
    return a, b


def test_two_processes_write_identical_bytes(two_renders):
    a, b = two_renders
    assert sorted(a) == sorted(b) == [".png", ".svg"]
    for ext in a:
        assert len(a[ext]) > 1000
        assert hashlib.sha256(a[ext]).hexdigest() == hashlib.sha256(b[ext]).hexdigest(), ext


def test_png_has_no_software_or_version(two_renders):
    png = two_renders[0][".png"]
    chunks = _png_text_chunks(png)
    assert "Software" not in chunks
    assert chunks.get("Source") == "tests/test_figures_reproducible"
    assert chunks.get("Description") == "Top terms (kk, ru)"
    assert b"Software" not in png
    assert b"matplotlib.org" not in png.lower()
    assert matplotlib.__version__.encode() not in png


def test_svg_has_no_date_or_creator(two_renders):
    svg = two_renders[0][".svg"].decode("utf-8")
    assert svg.lstrip().startswith("<?xml")
    assert "<dc:date>" not in svg
    assert "Matplotlib v" not in svg and f"{matplotlib.__version__}" not in svg
    # text is drawn as paths (svg.fonttype "path"), so no font is needed to view it
    assert "<text" not in svg
    assert "Top terms (kk, ru)" in svg  # the caption is kept as description


def test_save_figure_validates_name_and_format(tmp_path):
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import save_figure

    fig, ax = plt.subplots()
    ax.plot([1, 2], [3, 4])
    with pytest.raises(ValueError, match="name"):
        save_figure(fig, "01-термины", tmp_path, close=False)
    with pytest.raises(ValueError, match="name"):
        save_figure(fig, "a b", tmp_path, close=False)
    with pytest.raises(ValueError, match="formats"):
        save_figure(fig, "ok", tmp_path, formats=("jpg",), close=False)
    assert [p.name for p in tmp_path.iterdir()] == []  # nothing half-written
    paths = save_figure(fig, "02-demo", tmp_path / "new", formats=("svg",))
    assert [p.name for p in paths] == ["02-demo.svg"]
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["02-demo.svg"]
    assert not plt.fignum_exists(fig.number)  # closed by default
