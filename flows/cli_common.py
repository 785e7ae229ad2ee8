"""What every `vzmon` command shares: how errors end a command, where the warehouse is, log levels.

Errors: a command raises `Failure` (exit 1: something went wrong at run time, e.g. the warehouse is busy
or damaged) or `BadInput` (exit 2: what the user gave is wrong, e.g. a config key or an SQL query). Both
are `click.ClickException`s printed as one line, `vzmon: <message>`, never a traceback; click's own usage
errors (an unknown option) also exit 2. `failures()` turns the monitor's own errors into these.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import click

from tasks.records import ConfigError, MonitorError

DEFAULT_CONFIG = "monitor.toml"
DEFAULT_WAREHOUSE = "data/monitor.duckdb"


class Failure(click.ClickException):
    """A run-time failure (exit 1), shown as one line."""

    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"vzmon: {self.format_message()}", file=file, err=file is None)


class BadInput(Failure):
    """The user's input is wrong: a config file, a query, a missing setting (exit 2, like click's usage errors)."""

    exit_code = 2


@contextlib.contextmanager
def failures() -> Iterator[None]:
    """Turn the monitor's errors into one-line click exceptions: config and query errors exit 2, others 1."""
    from warehouse.query import QueryError

    try:
        yield
    except (ConfigError, QueryError) as exc:
        raise BadInput(str(exc)) from None
    except MonitorError as exc:
        raise Failure(str(exc)) from None


@dataclass(frozen=True, slots=True)
class WarehouseChoice:
    """The warehouse file a command will use, and where that choice came from (for the error message)."""

    path: str
    source: str


def choose_warehouse(config_path: str, warehouse: str | None) -> WarehouseChoice:
    """--db, else $VZMON_WAREHOUSE, else the config's [warehouse] path, else the default path."""
    from tasks.config import load_config

    if warehouse:
        return WarehouseChoice(warehouse, "--db")
    if os.environ.get("VZMON_WAREHOUSE"):
        return WarehouseChoice(os.environ["VZMON_WAREHOUSE"], "$VZMON_WAREHOUSE")
    if Path(config_path).exists():
        return WarehouseChoice(load_config(config_path).warehouse.path, f"[warehouse] path in {config_path}")
    return WarehouseChoice(DEFAULT_WAREHOUSE, f"the default: no {config_path} here")


def existing_warehouse(config_path: str, warehouse: str | None) -> str:
    """The warehouse path, which must exist: commands that read one never create an empty one by mistake."""
    with failures():
        choice = choose_warehouse(config_path, warehouse)
    if not Path(choice.path).is_file():
        hint = "run `vzmon run` to create it, or give --db FILE (after `make demo`: --db data/demo.duckdb)"
        raise Failure(f"no warehouse at {choice.path} (from {choice.source}); {hint}")
    return choice.path


def set_verbosity(level: int) -> None:
    """-q (level -1): warnings and errors only; default (0): info; -v (1): debug. For vzmon's and Prefect's logs.

    Prefect reads PREFECT_LOGGING_LEVEL when it sets up logging, which happens on its first import: the
    CLI imports Prefect lazily, inside commands, so setting it here takes effect.
    """
    name = {-1: "WARNING", 0: None, 1: "DEBUG"}[max(-1, min(1, level))]
    if name:
        os.environ["PREFECT_LOGGING_LEVEL"] = name
    logging.getLogger("vzmon").setLevel(name or "INFO")
    os.environ["VZMON_QUIET"] = "1" if level < 0 else ""
