"""The benchmark runs end to end on a tiny corpus, so `make bench` cannot rot between the times someone runs it.

Why a subprocess and not an import: the benchmark's own children are subprocesses of `bench/run.py`, and
what rots is the script as a whole (arguments, corpus, server, children, the JSON line). No Prefect
server here (`--no-prefect`): starting one costs ~20 s; the Prefect passes share their code path with the
plain ones apart from the entry point; nor the growth pass (the same pass again), but the fill that
builds its warehouse runs, since a new column in a migration would break its INSERT ... SELECT. The values
asserted are the ones the corpus fixes (entries, 304s, pages, fill size) and sanity bounds for the
measured ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "gold"   # what bench/run.py feeds `vzmon analyze` (never copied)
FEEDS, ENTRIES, FILL = 4, 10, 3000

EXPECTED_KEYS = {
    "date", "cpus", "feeds", "entries_per_feed", "cold_wall_s", "cold_process_wall_s", "cold_cpu_s",
    "cold_peak_rss_mb", "cold_entries", "cold_entries_per_s", "cold_pages_fetched", "cold_statements",
    "stage_fetch_s", "stage_parse_s", "stage_relevance_s", "stage_fetch_articles_s", "stage_article_text_s",
    "stage_statements_s", "stage_load_s", "warm_plain_wall_s", "warm_plain_process_wall_s", "warm_not_modified",
    "warm_prefect_flow_s", "warm_prefect_process_s", "prefect_overhead_ratio", "prefect_server_startup_s",
    "rss_slope_kb_per_page", "page_text_kb", "load_statements_per_s", "load_conflict_new_rows",
    "analyze_articles_per_s", "analyze_startup_s", "growth_wall_s", "growth_ratio", "fill_statements",
    "warehouse_mb_per_100k_statements_filled", "bench_seconds",
}


def test_bench_runs_and_reports_every_figure(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--feeds", str(FEEDS), "--entries", str(ENTRIES),
         "--hosts", "2", "--no-prefect", "--no-warmup", "--no-growth-pass", "--load-statements", "2000",
         "--fill-statements", str(FILL),
         "--analyze-rounds", "1", "--warm-repeats", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.strip().splitlines()
    assert "verdict" in lines[0]  # the table for people comes first
    fig = json.loads(lines[-1])
    assert fig.keys() >= EXPECTED_KEYS, EXPECTED_KEYS - fig.keys()

    assert fig["cold_entries"] == FEEDS * ENTRIES
    assert fig["cold_feeds_failed"] == 0
    assert fig["cold_pages_fetched"] >= FEEDS * round(ENTRIES * 0.2)  # every relevant entry's page
    assert fig["cold_pages_failed"] == 0
    assert fig["cold_statements"] > 0 and fig["cold_relevant"] > 0
    assert fig["warm_not_modified"] == FEEDS  # the second pass is all 304s
    assert 0 < fig["warm_plain_wall_s"] < fig["cold_wall_s"] < fig["cold_process_wall_s"]
    assert fig["cold_cpu_s"] > 0 and 50 < fig["cold_peak_rss_mb"] < 2000
    assert all(fig[f"stage_{s}_s"] > 0 for s in ("fetch", "parse", "relevance", "article_text", "statements",
                                                  "load"))
    assert fig["page_text_kb"] > 1  # trafilatura found the article among the boilerplate
    assert fig["load_statements_per_s"] > 0 and fig["load_conflict_new_rows"] == 0  # ON CONFLICT adds nothing
    assert fig["load_insert_statements_per_s"] > fig["load_statements_per_s"]  # the insert is part of the step
    if GOLD.is_dir():   # (a checkout without ../shared beside it has no labelled articles to time)
        assert fig["analyze_articles_per_s"] > 0 and 0 < fig["analyze_startup_s"] < 30
    else:
        assert fig["analyze_articles_per_s"] == 0
    assert fig["fill_statements"] == FILL and fig["warehouse_mb_per_100k_statements_filled"] > 0
    assert fig["growth_ratio"] is None  # --no-growth-pass: the fill SQL runs, the extra pass does not
    assert fig["prefect_overhead_ratio"] is None and fig["warm_prefect_flow_s"] is None  # --no-prefect


def test_invented_articles_are_scored_with_their_misses_listed() -> None:
    # bench/invented.py --details: the shared scorer over one invented set, every miss listed, figures last
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "invented.py"), "--details", "set3"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    assert figures["articles"] == 24 and 0.5 < figures["attributed_f1"] <= 1.0
    assert any(line.startswith(("[missed]", "[wrong speaker]", "[false alarm]")) for line in proc.stdout.splitlines())
