"""Re-run relevance and extraction over the stored articles when the rules or topic files change.

Articles keep their text, so nothing is fetched again. The new version's statements replace the old
ones; a statement whose quote is unchanged keeps its id (ids hash the article and the quote). A
re-extracted statement over the span of one whose alert Slack already has ('sent' or 'maybe_sent') is
marked 'superseded', so analysts are not alerted twice about the same words. An alert still waiting
(queued: no webhook yet, Slack down) is not lost with its statement: it moves to the statements that
replace it, which are queued even with `--no-alerts`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from tasks.analysis import Analyzer
from tasks.limits import MAX_STATEMENTS_PER_ARTICLE, MAX_TEXT_CHARS, MAX_TITLE_CHARS, cut
from tasks.records import Article, batches
from warehouse.db import sql
from warehouse.load import evidence_json, register_batch, statement_rows


@dataclass(frozen=True, slots=True)
class ReanalyzeCounts:
    articles: int
    added: int
    removed: int
    alerts_queued: int


# Alert states that mean Slack has (or may have) the words already.
DELIVERED = frozenset({"sent", "maybe_sent"})


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def reanalyze_warehouse(con: duckdb.DuckDBPyConnection, analyzer: Analyzer, *, everything: bool = False,
                        queue_alerts: bool = True, batch_size: int = 500,
                        progress: Callable[..., None] | None = None) -> ReanalyzeCounts:
    """Bring every stored article to the current analyzer version; one transaction per batch.

    `progress(n, total=...)` is told the number of articles first, then each batch done (a bar on a terminal).
    """
    version = analyzer.version
    rows = con.execute(sql("reanalyze_articles"), {"everything": everything, "version": version}).fetchall()
    if progress:
        progress(0, total=len(rows))
    now = datetime.now(UTC)
    total = added = removed = queued = 0
    for batch in batches(rows, batch_size):
        articles: list[Article] = []
        for article_id, title, text, language in batch:
            # Articles stored before the per-article caps may be longer: read what a pass would read today.
            title, text = cut(title or "", MAX_TITLE_CHARS)[0], cut(text or "", MAX_TEXT_CHARS)[0]
            result = analyzer.analyze(title, text, language)
            art = Article(article_id=article_id, url=None, feed_url="", guid="", title=title, summary="",
                          text=text, published_at=now, published_guessed=False,
                          language=result.language, content_hash="")
            art.relevance, art.statements = result.relevance, result.statements[:MAX_STATEMENTS_PER_ARTICLE]
            articles.append(art)
        new_rows = statement_rows(articles, "reanalyze", version, now)
        new_ids = {r["statement_id"] for r in new_rows}
        ids = [a.article_id for a in articles]
        con.execute("BEGIN TRANSACTION")
        try:
            old = con.execute(sql("reanalyze_old_statements"), {"article_id": ids}).fetchall()
            old_ids = {r[0] for r in old}
            gone = sorted(old_ids - new_ids)
            gone_set = set(gone)
            alerted_spans: dict[str, list[tuple[int, int]]] = {}
            waiting_spans: dict[str, list[tuple[int, int]]] = {}
            for sid, aid, start, end, status in old:
                if status in DELIVERED:
                    alerted_spans.setdefault(aid, []).append((start or 0, end or 0))
                elif status == "queued" and sid in gone_set:
                    waiting_spans.setdefault(aid, []).append((start or 0, end or 0))
            if gone:
                con.execute(sql("reanalyze_drop_unsent_alerts"), {"statement_id": gone})
                con.execute(sql("reanalyze_delete_statements"), {"statement_id": gone})
            fresh = [r for r in new_rows if r["statement_id"] not in old_ids]
            if fresh:
                register_batch(con, "statement_batch", fresh, tuple(fresh[0].keys()))
                con.execute(sql("load_statements"))
                con.unregister("statement_batch")
            superseded = [r["statement_id"] for r in fresh
                          if any(_overlaps((r["start"], r["end"]), span)
                                 for span in alerted_spans.get(r["article_id"], []))]
            if superseded:
                con.execute(sql("reanalyze_supersede_alerts"), {"statement_id": superseded, "now": now})
            inherit = {r["statement_id"] for r in fresh
                       if any(_overlaps((r["start"], r["end"]), span)
                              for span in waiting_spans.get(r["article_id"], []))}
            to_queue = sorted(({r["statement_id"] for r in fresh} if queue_alerts else inherit) - set(superseded))
            if to_queue:
                con.execute(sql("queue_alerts"), {"statement_id": to_queue, "now": now})
                queued += len(to_queue)
            con.execute(sql("reanalyze_update_articles"), {
                "article_id": ids,
                "relevant": [bool(a.relevance and a.relevance.relevant) for a in articles],
                "relevance_score": [float(a.relevance.score) if a.relevance else 0.0 for a in articles],
                "evidence": [evidence_json(a.relevance) for a in articles],
                "language": [a.language for a in articles],
                "analyzer_version": [version] * len(articles),
            })
            con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):  # a failed COMMIT has already ended the transaction
                con.execute("ROLLBACK")
            raise
        total += len(articles)
        if progress:
            progress(len(articles))
        added += len(fresh)
        removed += len(gone)
    return ReanalyzeCounts(articles=total, added=added, removed=removed, alerts_queued=queued)

