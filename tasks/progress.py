"""Progress for the long steps (page fetching, a pass without Prefect, re-analysis), on a terminal only.

A bar appears only when stderr is a terminal and the user did not ask for quiet (`vzmon -q`); under
Prefect workers, in tests, in pipes and in cron it is a no-op, so logs stay clean. rich (a Prefect
dependency) draws it. One display at a time: `session()` opens one for a whole command, and `bar()`
inside it adds a line to it instead of opening a second display (rich refuses two live displays).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

_current: Any = None  # the rich Progress of the running command, when there is one


def enabled() -> bool:
    """Progress is drawn only for a person at a terminal who did not pass -q."""
    return sys.stderr.isatty() and not os.environ.get("VZMON_QUIET")


def _new_progress() -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=Console(stderr=True), transient=True)


@contextlib.contextmanager
def session(label: str) -> Iterator[Callable[[str], None]]:
    """One display for a whole command; yields `step(text)` that says what is being done now."""
    global _current
    if not enabled() or _current is not None:
        yield lambda text: None
        return
    progress = _new_progress()
    task = progress.add_task(label, total=None)
    _current = progress
    try:
        with progress:
            yield lambda text: progress.update(task, description=f"{label}: {text}")
    finally:
        _current = None


Advance = Callable[..., None]


def _nothing(n: int = 1, *, total: int | None = None) -> None:
    pass


@contextlib.contextmanager
def bar(label: str, total: int | None) -> Iterator[Advance]:
    """A bar of `total` items (None: told later); yields `advance(n=1, total=None)`.

    Adds a line to the command's display when one is open, else opens its own.
    """
    if not enabled() or total == 0:
        yield _nothing
        return
    owner = _current or _new_progress()
    task = owner.add_task(label, total=total)

    def advance(n: int = 1, *, total: int | None = None) -> None:
        owner.update(task, advance=n, **({"total": total} if total is not None else {}))

    if owner is _current:
        try:
            yield advance
        finally:
            owner.remove_task(task)
        return
    with owner:
        yield advance


def announcing(steps: SimpleNamespace, step: Callable[[str], None]) -> SimpleNamespace:
    """The same steps, each saying its name to `step` before it runs (for a pass without Prefect)."""

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            step(name.replace("_", " "))
            return fn(*args)

        return call

    return SimpleNamespace(**{name: wrap(name, fn) for name, fn in vars(steps).items()})
