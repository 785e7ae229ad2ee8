"""bench/captures.py reads a capture's entries as the analysis would (invented feed, written here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("captures", ROOT / "bench" / "captures.py")
captures = importlib.util.module_from_spec(SPEC)  # type: ignore[arg-type]
SPEC.loader.exec_module(captures)  # type: ignore[union-attr]

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
<item><title>Talks</title><description>Short summary.</description>
<content:encoded><![CDATA[<p>The envoy Ana Ruiz said on Monday that the talks would resume in Oslo next
week.</p><p>Nothing else happened.</p>]]></content:encoded></item>
<item><title>Only a summary</title><description>&lt;p&gt;No statement here at all.&lt;/p&gt;</description></item>
</channel></rss>"""


def test_each_entry_is_read_from_its_longest_html_as_plain_text(tmp_path: Path) -> None:
    (tmp_path / "sample.rss").write_text(FEED, encoding="utf-8")
    (tmp_path / "MANIFEST.md").write_text("not a feed", encoding="utf-8")
    items = captures.entries(tmp_path)
    assert [i["id"] for i in items] == ["sample.rss:0", "sample.rss:1"]
    assert "Ana Ruiz said on Monday" in items[0]["text"] and "<p>" not in items[0]["text"]
    assert "Short summary" not in items[0]["text"]


def test_a_statement_is_shown_with_its_own_sentence() -> None:
    text = "First sentence here. The envoy said the talks would resume. Last one."
    a = text.index("the talks")
    assert captures.sentence(text, a, a + 9) == "The envoy said the talks would resume."
