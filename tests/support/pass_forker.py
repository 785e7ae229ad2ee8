"""A fork server for `vzmon run`: import once, then fork one real process per pass.

A `vzmon run` process spends about five seconds (on two CI cores) importing Prefect, DuckDB and httpx and
loading the language model before its pass touches anything; a kill loop that started each pass from
scratch would spend most of its time, and most of its random kill points, there. This script does that
once, then for every request forks a child that runs the real CLI (`flows.cli.cli`, the code `vzmon`
runs) in a process of its own. The test SIGKILLs the child by pid: the child gets no cleanup at all,
exactly like a killed `vzmon`.

Protocol (one pass at a time), JSON lines: the parent writes {"argv": [...], "env": {...}, "out": path,
"err": path}; this script answers {"pid": n} once the child runs, then {"pid": n, "code": c} when it has
ended (c is -9 for SIGKILL). Nothing is started before the first request but imports: no thread, no
connection, no socket that the children would share.
"""

from __future__ import annotations

import json
import os
import sys


def _warm() -> None:
    """Everything a pass loads before its first fetch, so that a child starts at the pass itself."""
    import flows.cli  # noqa: F401 - Prefect, click, the CLI
    import flows.monitor  # noqa: F401 - the pass and its steps (DuckDB, httpx, feedparser)
    from tasks.analysis import Analyzer
    from tasks.language import detect_language

    Analyzer.load()
    detect_language("Warm the language model up with a sentence of plain English text.")


def _child(request: dict[str, object]) -> None:
    """Become one `vzmon` process: own env and output files, run the CLI, exit without parent cleanup."""
    code = 1
    try:
        os.environ.clear()
        os.environ.update(request["env"])  # type: ignore[arg-type]
        for fd, key in ((1, "out"), (2, "err")):
            target = os.open(str(request[key]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        sys.stdin.close()
        from flows.cli import cli

        try:
            cli.main(args=list(request["argv"]), prog_name="vzmon")  # type: ignore[call-overload]
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main() -> None:
    _warm()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        print(json.dumps({"pid": pid, "code": code}), flush=True)


if __name__ == "__main__":
    main()
