"""bench/time_to_alert.py runs end to end on a tiny newsroom (4 outlets, one measured hour), so `make bench`
cannot rot. The figures themselves (median, p95, requests) are the benchmark's business, not a test's; what
is asserted here is that every publication of the hour reached the Slack receiver under both policies and
that the figures are printed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_time_to_alert_runs_through_the_real_pass_to_slack() -> None:
    out = subprocess.run([sys.executable, "bench/time_to_alert.py", "--outlets", "4", "--hours", "1",
                          "--warmup-hours", "0", "--json", "--seed", "3"], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    for policy in ("fixed_15_min", "when_due"):
        got = figures[policy]
        assert got["alerts_measured"] > 0 and got["publications_not_alerted"] == 0, got
        assert 0 <= got["median_min"] <= got["p95_min"] <= got["max_min"]
        assert got["requests_per_feed_per_day"] > 0
    assert figures["fixed_15_min"]["passes_per_day"] == 4 and figures["when_due"]["passes_per_day"] == 30


def test_the_schedule_alone_runs_at_hundreds_of_outlets() -> None:
    out = subprocess.run([sys.executable, "bench/time_to_alert.py", "--model", "--outlets", "300",
                          "--warmup-hours", "0"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    figures = json.loads(out.stdout)
    assert figures["when_due"]["publications"] > 10_000 and figures["fixed_15_min"]["requests_per_feed_per_day"] == 96
