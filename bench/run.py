"""How fast a monitor pass is, what it costs, and how that grows: one run, a table, one JSON line.

    .venv/bin/python bench/run.py                 # the full run (200 feeds x 50 entries), ~5-10 min
    .venv/bin/python bench/run.py --quick         # a small run, ~1 min
    .venv/bin/python bench/run.py --feeds 4 --entries 6 --no-prefect ...   # what the smoke test runs

Why it is built this way:
* The corpus is synthetic (bench/corpus.py) and served on 127.0.0.1 (bench/server.py): repeatable,
  offline, any size; the pass does its real work on it (stage one, page fetch, trafilatura, extraction).
* Every pass runs in a FRESH subprocess, so its peak RSS (ru_maxrss) is its own and its CPU time is not
  mixed with the server's; the child reports the pass's own wall and CPU time, and the parent the
  process's (interpreter + imports + Prefect client start-up + exit).
* Prefect needs an API: one `prefect server start` (temporary PREFECT_HOME, no UI, no scheduler) is
  started once and its start-up time reported apart; the Prefect overhead ratio compares the wall time
  of the `monitor` flow call with that of `monitor_without_prefect` (same pass body), fresh warehouses
  each, server already up, both at the product's default batch size; the median of `--cold-pairs`
  alternated pairs, since on a shared 2-vCPU machine one pair moved by +-0.1, and the server's own CPU
  during the flow pass is reported (it competes with the pass whenever the second core is busy).
  `--ephemeral` also times a warm pass the way `vzmon run` does it alone (no
  PREFECT_API_URL: Prefect starts a temporary server inside the run).
* Memory: the plain cold pass samples VmRSS after every analyse-and-load batch; the slope of RSS over
  pages fetched says whether anything holds every article text of the pass (slope >= text per page) or
  only a batch (slope ~ 0).
* `--profile DIR` writes a pyinstrument text profile of each pass there (to see where a miss goes).

Nothing touches the internet: feeds and pages are on 127.0.0.1, and the Prefect server too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
GOLD = ROOT.parent / "shared" / "eval" / "gold"

TARGETS = {  # figure -> (comparison, target); "<=" or ">="
    "warm_prefect_flow_s": ("<=", 3.0),
    "prefect_overhead_ratio": ("<=", 1.15),
    "cold_peak_rss_mb": ("<=", 400.0),
    "rss_slope_kb_per_page": ("<=", None),  # set per run: half the extracted text per page
    "analyze_articles_per_s": (">=", 200.0),
    "load_insert_statements_per_s": (">=", 100_000.0),
    "growth_ratio": ("<=", 1.2),
}


# ----------------------------------------------------------------------------------------------- children


def _rss_kb() -> int:
    """Current resident set (VmRSS) of this process, in KiB."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def child_pass(config: str, mode: str, profile: str | None) -> dict[str, Any]:
    """One pass in this (fresh) process: `plain` (run_pass with plain functions, RSS sampled per batch) or
    `prefect` (the `monitor` flow). Prints what it measured; the parent adds the process wall time."""
    t_imp = time.perf_counter()
    from flows.monitor import monitor, run_pass
    from tasks.config import DEFAULT_BATCH_SIZE
    from tasks.pipeline import steps

    imports = time.perf_counter() - t_imp
    samples: list[tuple[int, int]] = []  # (pages fetched so far, VmRSS KiB) after each batch
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.005)
        profiler.start()
    cpu0, t0 = time.process_time(), time.perf_counter()
    if mode == "prefect":
        report = monitor(config_path=config)  # the product's batch size, as users run it
    else:
        step = steps(prefect=False)
        load_batch, analyze_entries = step.load_batch, step.analyze_entries
        pages = [0]

        def counted(*args: Any) -> Any:
            articles, part = analyze_entries(*args)
            pages[0] += part.counts.get("pages_fetched", 0)
            return articles, part

        def sampled(*args: Any) -> Any:
            part = load_batch(*args)
            samples.append((pages[0], _rss_kb()))
            return part

        step.load_batch, step.analyze_entries = sampled, counted
        report = run_pass(step, config, None, False, DEFAULT_BATCH_SIZE)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    if profiler:
        profiler.stop()
        Path(profile).write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
        profiler.last_session.save(str(Path(profile).with_suffix(".pyisession")))  # `pyinstrument --load` it
    from tasks.config import load_config
    from warehouse.db import opened

    warehouse = load_config(config).warehouse.path
    with opened(warehouse, read_only=True) as con:
        statements, page_text = con.execute(
            "SELECT (SELECT count(*) FROM statements), "
            "(SELECT coalesce(sum(strlen(text)), 0) FROM articles WHERE text_source = 'page' AND run_id = $r)",
            {"r": report.run_id}).fetchone()
    return {"mode": mode, "imports_s": imports, "pass_wall_s": wall, "pass_cpu_s": cpu,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "stage_seconds": report.stage_seconds, "counts": report.counts, "errors": report.errors[:5],
            "rss_samples": samples, "warehouse_statements": statements, "page_text_bytes": page_text,
            "warehouse_bytes": os.path.getsize(warehouse)}


def _synthetic_articles(n_articles: int, per_article: int, offset: int) -> list[Any]:
    """Analysed articles as the pipeline hands them to load_articles: each with `per_article` statements."""
    from datetime import UTC, datetime

    from tasks.records import Article, Evidence, RelevanceDecision, Statement

    now = datetime(2024, 3, 1, tzinfo=UTC)
    evidence = (Evidence("negotiat*", "negotiation", "title", 12, 1.0), Evidence("maduro", "actor", "text", 80, 0.8))
    out = []
    for i in range(offset, offset + n_articles):
        text = f"Article {i}. " + "The delegations met again in Mexico City to discuss the calendar. " * 60
        art = Article(article_id=f"a{i:019d}", url=f"https://news.example/{i}.html", feed_url="https://news.example/f",
                      guid=f"g{i}", title=f"Talks resume, round {i}", summary="Delegations met.", text=text,
                      published_at=now, published_guessed=False, language="en", content_hash=f"h{i:019d}",
                      text_source="page", relevance=RelevanceDecision(True, 0.9, evidence, "title"))
        art.statements = [Statement(speaker="Jorge Rodríguez", quote=f"We will stay at the table, {i}/{j}, "
                                    "whatever Washington says about the calendar", kind="direct", cue="said",
                                    start=100 * j, end=100 * j + 80, language="en", confidence=0.9,
                                    speaker_canonical="Jorge Rodríguez", side="government")
                          for j in range(per_article)]
        out.append(art)
    return out


def _statements_insert_rate(path: str, batches: list[list[Any]]) -> float:
    """Statements/s of the statements INSERT alone (primary key, ON CONFLICT DO NOTHING, one transaction
    per 10,000): the figure the issue's load target names. `load_articles` also builds rows and ids,
    writes the articles' text, queues alerts and commits to disk; both figures are printed."""
    from datetime import UTC, datetime

    from warehouse.db import connect, sql
    from warehouse.load import _STATEMENT_COLS, register_batch, statement_rows

    con = connect(path)
    rows = [statement_rows(batch, "bench", "bench", datetime.now(UTC)) for batch in batches]
    t0 = time.perf_counter()
    n = 0
    for batch_rows in rows:
        con.execute("BEGIN TRANSACTION")
        register_batch(con, "statement_batch", batch_rows, _STATEMENT_COLS)
        n += con.execute(sql("load_statements")).fetchone()[0]
        con.execute("COMMIT")
        con.unregister("statement_batch")
    seconds = time.perf_counter() - t0
    con.close()
    return n / seconds


def child_load(path: str, statements: int, per_article: int, batch_articles: int) -> dict[str, Any]:
    """load_articles into a fresh warehouse, `batch_articles` articles per transaction; then the same
    first batch again (every row a conflict), which is what a resumed pass does."""
    from warehouse.db import connect
    from warehouse.load import load_articles

    con = connect(path)
    n_articles = max(1, statements // per_article)
    batches = [_synthetic_articles(min(batch_articles, n_articles - o), per_article, o)
               for o in range(0, n_articles, batch_articles)]
    t0 = time.perf_counter()
    loaded = 0
    for batch in batches:
        loaded += load_articles(con, batch, run_id="bench", version="bench").statements
    seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    again = load_articles(con, batches[0], run_id="bench", version="bench").statements
    conflict_seconds = time.perf_counter() - t1
    con.close()
    first = sum(len(a.statements) for a in batches[0])
    insert_per_s = _statements_insert_rate(path + ".insert", batches)
    return {"statements": loaded, "seconds": seconds, "per_s": loaded / seconds, "batches": len(batches),
            "insert_per_s": insert_per_s,
            "conflict_rows": first, "conflict_new": again, "conflict_per_s": first / conflict_seconds}


FILL_SQL = """
INSERT INTO articles (article_id, url, feed_url, guid, title, summary, text, text_source, published_at,
                      published_guessed, language, content_hash, relevant, relevance_score, evidence,
                      analyzer_version, first_seen_at, run_id)
SELECT 'f' || lpad(i::VARCHAR, 19, '0'), 'https://filled.example/' || i || '.html', 'https://filled.example/feed' ||
       (i % 300), 'guid-' || i, 'Filled article ' || i || ' ' || md5(i::VARCHAR),
       md5('s' || i) || ' ' || md5('t' || i), {text}, 'page', TIMESTAMPTZ '2023-01-01' + to_seconds(i * 60),
       false, CASE WHEN i % 2 = 0 THEN 'en' ELSE 'es' END, md5('h' || i)[:20], i % 5 = 0, (i % 100) / 100.0,
       '[]'::JSON, 'bench', now(), 'fill'
FROM range($articles) t(i);
INSERT INTO statements (statement_id, article_id, speaker, speaker_canonical, side, quote, kind, cue, start, "end",
                        language, confidence, extractor_version, extracted_at, run_id)
SELECT 's' || lpad(i::VARCHAR, 19, '0'), 'f' || lpad((i % $articles)::VARCHAR, 19, '0'),
       'Speaker ' || (i % 997), CASE WHEN i % 3 = 0 THEN 'Jorge Rodríguez' END,
       CASE WHEN i % 3 = 0 THEN 'government' END,
       md5('q' || i) || ' ' || md5('r' || i) || ' ' || md5('u' || i), ['direct', 'partial', 'indirect'][i % 3 + 1],
       'said', (i % 4000)::INTEGER, (i % 4000 + 120)::INTEGER, 'en', 0.8, 'bench', now(), 'fill'
FROM range($statements) t(i);
INSERT INTO alerts (statement_id, status, attempts, last_error, queued_at, sent_at)
SELECT 's' || lpad(i::VARCHAR, 19, '0'), 'sent', 1, NULL, now(), now()
FROM range($statements) t(i);
"""
# Article text: ~4 KB that does not compress to nothing (varied hex), like real text stored per article.
FILL_TEXT = "concat_ws(' ', " + ", ".join(f"md5('{k}' || i)" for k in range(120)) + ")"


def con_count(path: str) -> int:
    """Statements really in the file (what the fill claims is checked, not assumed)."""
    from warehouse.db import opened

    with opened(path, read_only=True) as con:
        return int(con.execute("SELECT count(*) FROM statements").fetchone()[0])


def child_fill(path: str, articles: int, statements: int) -> dict[str, Any]:
    """A warehouse holding `statements` statements of `articles` articles (and their sent alerts), filled
    with INSERT ... SELECT FROM range(): a million rows in seconds, through the same primary keys and
    indexes a year of passes would have built."""
    from warehouse.db import connect

    con = connect(path)
    con.execute("CHECKPOINT")
    empty = os.path.getsize(path)
    t0 = time.perf_counter()
    con.execute("BEGIN TRANSACTION")
    for statement in filter(str.strip, FILL_SQL.replace("{text}", FILL_TEXT).split(";")):
        params = {k: v for k, v in (("articles", articles), ("statements", statements)) if f"${k}" in statement}
        con.execute(statement, params)
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    seconds = time.perf_counter() - t0
    con.close()
    size = os.path.getsize(path)
    count = con_count(path)
    return {"seconds": seconds, "empty_bytes": empty, "bytes": size, "statements": count,
            "mb_per_100k_statements": (size - empty) / 2**20 / (statements / 100_000)}


# ----------------------------------------------------------------------------------------------- parent


def _env(prefect_home: Path, api_url: str | None) -> dict[str, str]:
    """A child's environment: none of the caller's PREFECT_*/VZMON_* (no real webhook, no real profile)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "VZMON_"))}
    env.update(PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING", PYTHONUNBUFFERED="1")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def _child(args: list[str], env: dict[str, str], timeout: float = 1200) -> dict[str, Any]:
    """Run this script as a child; return its JSON (last stdout line) plus `process_wall_s`."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"child {args} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["process_wall_s"] = wall
    return out


def _write_config(path: Path, warehouse: Path, site: Any, feeds: list[Any]) -> None:
    lines = ["# Written by bench/run.py: a synthetic corpus on 127.0.0.1.", "[warehouse]",
             f'path = "{warehouse}"', "[fetch]", "allow_private_addresses = true", "[alerts]", "enabled = false", ""]
    for f in feeds:
        lines += ["[[feeds]]", f'url = "{site.base_urls[f.host]}{f.path}"', f'name = "{f.name}"',
                  f'language = "{f.language}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _start_prefect(home: Path) -> tuple[subprocess.Popen[bytes], str, float]:
    """`prefect server start` on a free port (no UI, no scheduler); returns it, its API URL, its start-up."""
    import socket

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = _env(home, None) | {"PREFECT_SERVER_UI_ENABLED": "false",
                              "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false"}
    log = (home / "server.log").open("wb")
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port),
                             "--analytics-off", "--no-ui", "--no-scheduler"], cwd=home, env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    while time.perf_counter() - t0 < 180:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited {proc.returncode}; see {home / 'server.log'}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return proc, url, time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError("prefect server not healthy after 180 s")


def _group_cpu_s(pgid: int) -> float:
    """CPU seconds used so far by the processes of a process group (the Prefect server and its uvicorn)."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the server we started (its own process group, by its id)."""
    import signal

    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


def _gold_jsonl(rounds: int) -> tuple[bytes, int]:
    """The gold articles as `vzmon analyze` input, read from ../shared/eval/gold (never copied), x rounds."""
    lines = []
    for p in sorted(GOLD.glob("*/*.json")):
        a = json.loads(p.read_text(encoding="utf-8"))
        lines.append(json.dumps({"id": a.get("id"), "title": a.get("title") or "", "text": a.get("text") or "",
                                 "language": a.get("language")}, ensure_ascii=False))
    return ("\n".join(lines * rounds) + "\n").encode("utf-8"), len(lines) * rounds


def bench_analyze(rounds: int, env: dict[str, str]) -> dict[str, Any]:
    """`vzmon analyze` on one core: start-up (empty input; best of 3) and articles/s after start-up
    ((all articles) / (wall - start-up): the first round warms the lexicon caches, as any real run does)."""
    data, n = _gold_jsonl(rounds)
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    cmd = [*pin, str(BIN / "vzmon"), "analyze"]

    def timed(payload: bytes) -> float:
        t0 = time.perf_counter()
        subprocess.run(cmd, input=payload, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                       env=env, check=True)
        return time.perf_counter() - t0

    startup = min(timed(b"") for _ in range(3 if rounds > 1 else 1))  # one try in a smoke-sized run
    total = timed(data)
    return {"articles": n, "startup_s": startup, "total_s": total,
            "per_s": n / max(total - startup, 1e-9), "pinned": bool(pin)}


def _slope(samples: list[list[int]]) -> float | None:
    """Least-squares KiB of RSS per page fetched over the batches after the first two (warm-up)."""
    pts = samples[2:]
    if len(pts) < 3 or pts[-1][0] == pts[0][0]:
        return None
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else None


def orchestrate(args: argparse.Namespace) -> dict[str, Any]:
    from bench.corpus import generate
    from bench.server import Site

    work = Path(tempfile.mkdtemp(prefix="vzmon-bench-"))
    prefect_home = work / "prefect"
    prefect_home.mkdir()
    env = _env(prefect_home, None)
    res: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "feeds": args.feeds,
                           "entries_per_feed": args.entries, "relevant_share": args.relevant, "hosts": args.hosts}
    profile = (lambda name: ["--profile", str(Path(args.profile).resolve() / f"{name}.txt")]) if args.profile \
        else (lambda name: [])
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
    server = None
    try:
        with Site(args.hosts) as site:
            t0 = time.perf_counter()
            corpus = generate(args.feeds, args.entries, args.relevant, hosts=args.hosts, base_urls=site.base_urls)
            site.docs = corpus.docs
            res["corpus"] = {"seconds": time.perf_counter() - t0, "entries": corpus.entries, "pages": corpus.pages,
                             "relevant_entries": corpus.relevant_entries,
                             "page_kb": corpus.page_bytes / max(corpus.pages, 1) / 1024,
                             "statements_planted": corpus.statements_planted}
            log(f"corpus: {corpus.entries} entries, {corpus.pages} pages in {res['corpus']['seconds']:.1f} s")

            def config(name: str) -> str:
                path = work / f"{name}.toml"
                _write_config(path, work / f"{name}.duckdb", site, corpus.feeds)
                return str(path)

            plain, pref = config("plain"), config("prefect")
            # A throwaway pass first: the first process to read the libraries and the language model from
            # disk pays for it, and a pass every 15 minutes never does; without this the first figure is off.
            if args.warmup:
                warmup = work / "warmup.toml"
                _write_config(warmup, work / "warmup.duckdb", site, corpus.feeds[:2])
                _child(["_pass", str(warmup), "plain"], env)
            res["cold"] = _child(["_pass", plain, "plain", *profile("cold_plain")], env)
            log(f"cold pass (no Prefect): {res['cold']['pass_wall_s']:.1f} s")
            site.statuses.clear()
            res["warm_plain"] = _child(["_pass", plain, "plain", *profile("warm_plain")], env)
            res["warm_statuses"] = dict(site.statuses)
            log(f"warm pass (no Prefect): {res['warm_plain']['pass_wall_s']:.2f} s")
            if not args.no_prefect:
                server, api, res["prefect_server_startup_s"] = _start_prefect(prefect_home)
                log(f"prefect server up in {res['prefect_server_startup_s']:.1f} s")
                penv = _env(prefect_home, api)
                cpu0 = _group_cpu_s(server.pid)
                res["cold_prefect"] = _child(["_pass", pref, "prefect", *profile("cold_prefect")], penv)
                res["cold_prefect"]["server_cpu_s"] = _group_cpu_s(server.pid) - cpu0
                log(f"cold pass (Prefect flow): {res['cold_prefect']['pass_wall_s']:.1f} s "
                    f"(server CPU {res['cold_prefect']['server_cpu_s']:.1f} s)")
                # More alternated pairs (fresh warehouses): on a shared 2-vCPU machine one pair's ratio
                # moved by +-0.1 from run to run, more than the Prefect overhead itself.
                res["cold_pairs"] = [(res["cold"]["pass_wall_s"], res["cold_prefect"]["pass_wall_s"])]
                for i in range(1, args.cold_pairs):
                    again = _child(["_pass", config(f"plain{i}"), "plain"], env)["pass_wall_s"]
                    flow_again = _child(["_pass", config(f"prefect{i}"), "prefect"], penv)["pass_wall_s"]
                    res["cold_pairs"].append((again, flow_again))
                    log(f"cold pair {i + 1}: {again:.1f} s plain, {flow_again:.1f} s Prefect flow")
                res["warm_prefect"] = [_child(["_pass", pref, "prefect", *profile(f"warm_prefect{i}")], penv)
                                       for i in range(args.warm_repeats)]
                log(f"warm pass (Prefect flow): {[round(w['pass_wall_s'], 2) for w in res['warm_prefect']]} s")
                _stop(server)
                server = None
                if args.ephemeral:
                    eph_home = work / "prefect-ephemeral"
                    eph_home.mkdir()
                    res["warm_ephemeral"] = [_child(["_pass", pref, "prefect"], _env(eph_home, None))
                                             for _ in range(2)]
                    log(f"warm pass (ephemeral API): {[round(w['process_wall_s'], 1) for w in res['warm_ephemeral']]}")
            res["load"] = _child(["_load", str(work / "load.duckdb"), str(args.load_statements)], env)
            log(f"load: {res['load']['per_s']:.0f} statements/s")
            if args.fill_statements:
                grown = work / "grown.duckdb"
                res["fill"] = _child(["_fill", str(grown), str(args.fill_statements // 5),
                                      str(args.fill_statements)], env)
                log(f"fill: {args.fill_statements} statements in {res['fill']['seconds']:.1f} s")
            if args.fill_statements and args.growth_pass:
                gcfg = work / "grown.toml"
                _write_config(gcfg, grown, site, corpus.feeds)
                res["growth"] = _child(["_pass", str(gcfg), "plain", *profile("growth")], env)
                log(f"cold pass into the filled warehouse: {res['growth']['pass_wall_s']:.1f} s")
        res["analyze"] = bench_analyze(args.analyze_rounds, env)
        log(f"analyze: {res['analyze']['per_s']:.0f} articles/s, start-up {res['analyze']['startup_s']:.2f} s")
    finally:
        if server is not None:
            _stop(server)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept {work}")
    return res


def figures(res: dict[str, Any]) -> dict[str, Any]:
    """The flat figures (the JSON line) from the raw results."""
    cold = res["cold"]
    c = cold["counts"]
    st = cold["stage_seconds"]
    pages = c.get("pages_fetched", 0)
    fig: dict[str, Any] = {
        "date": res["date"], "cpus": res["cpus"], "feeds": res["feeds"], "entries_per_feed": res["entries_per_feed"],
        "relevant_share": res["relevant_share"], "hosts": res["hosts"],
        "cold_wall_s": cold["pass_wall_s"], "cold_process_wall_s": cold["process_wall_s"],
        "cold_cpu_s": cold["pass_cpu_s"], "cold_peak_rss_mb": cold["peak_rss_mb"],
        "cold_entries": c.get("entries_seen", 0), "cold_entries_per_s": c.get("entries_seen", 0) / cold["pass_wall_s"],
        "cold_pages_fetched": pages, "cold_pages_failed": c.get("pages_failed", 0),
        "cold_statements": c.get("statements_loaded", 0), "cold_relevant": c.get("articles_relevant", 0),
        "cold_feeds_failed": c.get("feeds_failed", 0),
        **{f"stage_{k}_s": st.get(k, 0.0) for k in ("fetch", "parse", "relevance", "fetch_articles",
                                                     "article_text", "statements", "load")},
        "imports_s": cold["imports_s"],
        "warm_plain_wall_s": res["warm_plain"]["pass_wall_s"],
        "warm_plain_process_wall_s": res["warm_plain"]["process_wall_s"],
        "warm_not_modified": res["warm_plain"]["counts"].get("feeds_not_modified", 0),
        "page_text_kb": cold["page_text_bytes"] / max(pages, 1) / 1024, "page_html_kb": res["corpus"]["page_kb"],
        "rss_slope_kb_per_page": _slope(cold["rss_samples"]),
        "rss_first_batch_mb": cold["rss_samples"][0][1] / 1024 if cold["rss_samples"] else None,
        "rss_last_batch_mb": cold["rss_samples"][-1][1] / 1024 if cold["rss_samples"] else None,
        "warehouse_mb_per_100k_statements_real": (  # a small pass is all fixed overhead: not a rate
            cold["warehouse_bytes"] / 2**20 / cold["warehouse_statements"] * 100_000
            if cold["warehouse_statements"] >= 5000 else None),
        "load_statements_per_s": res["load"]["per_s"], "load_statements": res["load"]["statements"],
        "load_insert_statements_per_s": res["load"]["insert_per_s"],
        "load_conflict_statements_per_s": res["load"]["conflict_per_s"],
        "load_conflict_new_rows": res["load"]["conflict_new"],
        "analyze_articles_per_s": res["analyze"]["per_s"], "analyze_startup_s": res["analyze"]["startup_s"],
        "analyze_articles": res["analyze"]["articles"], "analyze_pinned_one_core": res["analyze"]["pinned"],
    }
    for key in ("prefect_server_startup_s", "warm_prefect_flow_s", "warm_prefect_process_s", "cold_prefect_wall_s",
                "cold_prefect_process_wall_s", "cold_prefect_peak_rss_mb", "prefect_overhead_ratio",
                "warm_ephemeral_process_s", "warm_ephemeral_flow_s", "growth_wall_s", "growth_ratio",
                "fill_seconds", "fill_statements", "warehouse_mb_per_100k_statements_filled"):
        fig[key] = None
    if "cold_prefect" in res:
        cp, warm = res["cold_prefect"], res["warm_prefect"]
        fig.update(prefect_server_startup_s=res["prefect_server_startup_s"], cold_prefect_wall_s=cp["pass_wall_s"],
                   cold_prefect_process_wall_s=cp["process_wall_s"], cold_prefect_peak_rss_mb=cp["peak_rss_mb"],
                   prefect_overhead_ratio=statistics.median(f / p for p, f in res["cold_pairs"]),
                   prefect_overhead_ratios=[round(f / p, 3) for p, f in res["cold_pairs"]],
                   cold_prefect_server_cpu_s=cp.get("server_cpu_s"),
                   warm_prefect_flow_s=statistics.median(w["pass_wall_s"] for w in warm),
                   warm_prefect_process_s=statistics.median(w["process_wall_s"] for w in warm))
    if "warm_ephemeral" in res:
        fig.update(warm_ephemeral_process_s=res["warm_ephemeral"][-1]["process_wall_s"],
                   warm_ephemeral_flow_s=res["warm_ephemeral"][-1]["pass_wall_s"])
    if "fill" in res:
        fig.update(fill_seconds=res["fill"]["seconds"], fill_statements=res["fill"]["statements"],
                   warehouse_mb_per_100k_statements_filled=res["fill"]["mb_per_100k_statements"])
    if "growth" in res:
        fig.update(growth_wall_s=res["growth"]["pass_wall_s"],
                   growth_ratio=res["growth"]["pass_wall_s"] / cold["pass_wall_s"],
                   **{f"growth_stage_{k}_s": v for k, v in res["growth"]["stage_seconds"].items()})
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in fig.items()}


def verdict(fig: dict[str, Any], key: str) -> tuple[str, str]:
    """(target text, PASS/MISS/n/a) of one figure."""
    op, target = TARGETS[key]
    if key == "rss_slope_kb_per_page":
        target = fig["page_text_kb"] / 2
    value = fig.get(key)
    text = f"{op} {target:g}" if target is not None else ""
    if value is None or target is None:
        return text, "n/a"
    ok = value <= target if op == "<=" else value >= target
    return text, "PASS" if ok else "MISS"


def table(fig: dict[str, Any]) -> str:
    """The figures for people: value, target, pass/miss."""
    def f(v: Any, unit: str = "") -> str:
        if v is None:
            return "-"
        return (f"{v:,.3g}" if isinstance(v, float) and abs(v) < 100 else f"{v:,.0f}") + unit

    rows = [
        ("cold pass wall (no Prefect)", f(fig["cold_wall_s"], " s"), "", ""),
        ("cold pass CPU", f(fig["cold_cpu_s"], " s"), "", ""),
        ("cold entries/s", f(fig["cold_entries_per_s"]), "", ""),
        ("cold peak RSS", f(fig["cold_peak_rss_mb"], " MB"), *verdict(fig, "cold_peak_rss_mb")),
        ("RSS slope per page fetched", f(fig["rss_slope_kb_per_page"], " KiB"), *verdict(fig, "rss_slope_kb_per_page")),
        ("  (extracted text per page)", f(fig["page_text_kb"], " KiB"), "", ""),
        *[(f"  stage {k}", f(fig[f'stage_{k}_s'], " s"), "", "")
          for k in ("fetch", "parse", "relevance", "fetch_articles", "article_text", "statements", "load")],
        ("warm pass, no Prefect (pass / process)",
         f"{f(fig['warm_plain_wall_s'])} / {f(fig['warm_plain_process_wall_s'], ' s')}", "", ""),
        ("warm pass, Prefect flow run", f(fig["warm_prefect_flow_s"], " s"), *verdict(fig, "warm_prefect_flow_s")),
        ("warm pass, Prefect process (incl. start-up)", f(fig["warm_prefect_process_s"], " s"), "", ""),
        ("warm pass, ephemeral API (vzmon run alone)", f(fig["warm_ephemeral_process_s"], " s"), "", ""),
        ("prefect server start-up (excluded)", f(fig["prefect_server_startup_s"], " s"), "", ""),
        ("cold pass, Prefect flow", f(fig["cold_prefect_wall_s"], " s"), "", ""),
        ("cold pass, Prefect server CPU during it", f(fig.get("cold_prefect_server_cpu_s"), " s"), "", ""),
        ("Prefect overhead ratio (cold, median of pairs)", f(fig["prefect_overhead_ratio"]),
         *verdict(fig, "prefect_overhead_ratio")),
        ("analyze articles/s (one core)", f(fig["analyze_articles_per_s"]), *verdict(fig, "analyze_articles_per_s")),
        ("analyze start-up", f(fig["analyze_startup_s"], " s"), "", ""),
        ("load: statements INSERT (PK, ON CONFLICT)/s", f(fig["load_insert_statements_per_s"]),
         *verdict(fig, "load_insert_statements_per_s")),
        ("load: whole load step, statements/s", f(fig["load_statements_per_s"]), "", ""),
        ("growth: cold pass into filled warehouse", f(fig["growth_wall_s"], " s"), "", ""),
        ("growth ratio", f(fig["growth_ratio"]), *verdict(fig, "growth_ratio")),
        ("warehouse MB / 100k statements (filled)", f(fig["warehouse_mb_per_100k_statements_filled"]), "", ""),
        ("warehouse MB / 100k statements (real pass)", f(fig["warehouse_mb_per_100k_statements_real"]), "", ""),
    ]
    w = max(len(r[0]) for r in rows)
    out = [f"{'figure':<{w}}  {'value':>16}  {'target':>10}  verdict", "-" * (w + 40)]
    out += [f"{a:<{w}}  {b:>16}  {c:>10}  {d}" for a, b, c, d in rows]
    return "\n".join(out)


FULL = {"feeds": 200, "entries": 50, "load_statements": 200_000, "fill_statements": 1_000_000,
        "analyze_rounds": 5, "warm_repeats": 3, "ephemeral": True, "cold_pairs": 3}
QUICK = {"feeds": 40, "entries": 20, "load_statements": 20_000, "fill_statements": 100_000,
         "analyze_rounds": 1, "warm_repeats": 1, "ephemeral": False, "cold_pairs": 1}


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_pass":  # children: print one JSON line
        profile = argv[argv.index("--profile") + 1] if "--profile" in argv else None
        print(json.dumps(child_pass(argv[1], argv[2], profile), default=str))
        return
    if argv and argv[0] == "_load":
        print(json.dumps(child_load(argv[1], int(argv[2]), per_article=10, batch_articles=1000)))
        return
    if argv and argv[0] == "_fill":
        print(json.dumps(child_fill(argv[1], int(argv[2]), int(argv[3]))))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, help="feeds (full: 200, quick: 40)")
    ap.add_argument("--entries", type=int, help="entries per feed (full: 50, quick: 20)")
    ap.add_argument("--relevant", type=float, default=0.2, help="share of entries about the negotiations")
    ap.add_argument("--hosts", type=int, default=50, help="outlets (servers) the feeds are spread over")
    ap.add_argument("--load-statements", type=int, help="statements loaded (full: 200k, quick: 20k)")
    ap.add_argument("--fill-statements", type=int, help="statements in the grown warehouse (full: 1M, quick: "
                    "100k; 0: no growth pass)")
    ap.add_argument("--analyze-rounds", type=int, help="times the gold set is fed to vzmon analyze (5 / 1)")
    ap.add_argument("--warm-repeats", type=int, help="warm Prefect passes, the median is reported (3 / 1)")
    ap.add_argument("--cold-pairs", type=int, help="cold passes plain then Prefect, alternated; the overhead "
                    "ratio is the median of the pairs' ratios (full: 3, quick: 1)")
    ap.add_argument("--warmup", action=argparse.BooleanOptionalAction, default=True,
                    help="a throwaway 2-feed pass first, so the OS file cache is warm (off: the smoke test)")
    ap.add_argument("--growth-pass", action=argparse.BooleanOptionalAction, default=True,
                    help="the cold pass into the filled warehouse (off: fill only, the smoke test)")
    ap.add_argument("--no-prefect", action="store_true", help="skip the Prefect passes (no server started)")
    ap.add_argument("--ephemeral", action=argparse.BooleanOptionalAction,
                    help="also time a warm pass with an ephemeral Prefect API (full: yes, quick: no)")
    ap.add_argument("--quick", action="store_true", help="the small defaults (about 1.5 min)")
    ap.add_argument("--profile", metavar="DIR", help="write a pyinstrument profile of each pass to DIR")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (warehouses, configs)")
    args = ap.parse_args(argv)
    defaults = QUICK if args.quick else FULL
    for key, value in defaults.items():  # an explicit option wins over --quick
        if getattr(args, key) is None:
            setattr(args, key, value)
    args.hosts = max(1, min(args.hosts, args.feeds))
    t0 = time.perf_counter()
    fig = figures(orchestrate(args))
    fig["bench_seconds"] = round(time.perf_counter() - t0, 1)
    print(table(fig))
    print(json.dumps(fig, ensure_ascii=False))


if __name__ == "__main__":
    main()
