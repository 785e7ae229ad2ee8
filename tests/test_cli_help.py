"""The command line as a newcomer meets it: help with examples, a complete reference, --version, init, -q."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import cli
from flows.cli_docs import commands, help_text
from tasks.config import DATA_DIR, load_config

ROOT = Path(__file__).parents[1]
VZMON = str(Path(sys.executable).with_name("vzmon"))


def test_top_level_help_keeps_its_layout() -> None:
    out = CliRunner().invoke(cli, ["--help"], terminal_width=120).output
    lines = out.splitlines()
    run_line = next(line for line in lines if line.strip().startswith("vzmon run "))
    assert run_line.endswith("one pass") and "[--no-prefect]" in run_line  # not re-wrapped into a paragraph
    assert sum(1 for line in lines if line.startswith("      vzmon ")) >= 10
    assert "-q, --quiet" in out and "-v, --verbose" in out and "--version" in out


@pytest.mark.parametrize(("name", "command"), list(commands(cli)), ids=[n for n, _ in commands(cli)])
def test_every_command_has_an_example(name: str, command: object) -> None:
    text = help_text(name, command)  # type: ignore[arg-type]
    assert "Example:" in text, f"{name} --help has no Example: block"
    after = text.split("Example:", 1)[1].splitlines()[1:]
    example = next(line.strip() for line in after if line.strip())
    assert "vzmon " in example, f"{name}: the first example line does not run vzmon: {example!r}"


def test_the_cli_reference_in_docs_lists_every_command_and_option() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    sections = {s.split("\n", 1)[0].strip(): s for s in doc.split("\n## ")[1:]}
    missing = []
    for name, command in commands(cli):
        section = sections.get(name)
        if section is None:
            missing.append(name)
            continue
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-") and opt not in section:
                    missing.append(f"{name} {opt}")
    assert not missing, f"docs/cli.md lacks {missing}: run `python -m flows.cli_docs > docs/cli.md`"


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and result.output == f"vzmon {version('vzmon')}\n"


def test_init_writes_the_commented_starter_config_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VZMON_WAREHOUSE", raising=False)
    result = CliRunner().invoke(cli, ["init"])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "monitor.toml").read_text(encoding="utf-8")
    assert written == (ROOT / "monitor.toml").read_text(encoding="utf-8")  # the checkout's and the wheel's agree
    assert written == (DATA_DIR / "monitor.toml").read_text(encoding="utf-8")
    assert written.startswith("# vzmon configuration") and len(load_config("monitor.toml").feeds) >= 10
    assert "wrote monitor.toml:" in result.output and "run --config monitor.toml" in result.output
    again = CliRunner().invoke(cli, ["init"])
    assert again.exit_code == 2 and "already exists" in again.output
    assert CliRunner().invoke(cli, ["init", "--force"]).exit_code == 0


def test_commands_that_read_a_warehouse_name_the_file_they_looked_for(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VZMON_WAREHOUSE", raising=False)
    for args in (["feeds"], ["sql", "SELECT 1"], ["alerts", "status"], ["reanalyze"], ["brief"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1, (args, result.output)
        assert result.output == ("vzmon: no warehouse at data/monitor.duckdb (from the default: no monitor.toml "
                                 "here); run `vzmon run` to create it, or give --db FILE (after `make demo`: "
                                 "--db data/demo.duckdb)\n"), args
    assert not (tmp_path / "data").exists()  # reanalyze no longer creates an empty warehouse
    (tmp_path / "monitor.toml").write_text('[warehouse]\npath = "w/my.duckdb"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["feeds"])
    assert f"no warehouse at {tmp_path / 'w' / 'my.duckdb'} (from [warehouse] path in monitor.toml)" in result.output


def test_usage_errors_exit_2_and_bad_sql_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "--batch-size", "0"])
    assert result.exit_code == 2 and result.output == "vzmon: --batch-size must be between 1 and 100000 (got 0)\n"


def _demo(tmp_path: Path, *flags: str, tty: bool = False) -> tuple[int, str]:
    """`vzmon [flags] demo --no-prefect` as a subprocess; its stderr (through a pseudo-terminal when `tty`)."""
    env = {**os.environ, "COLUMNS": "100"}
    env.pop("PREFECT_LOGGING_LEVEL", None)  # as a user's shell: Prefect's default INFO
    args = [VZMON, *flags, "demo", "--no-prefect", "--port", "0"]
    if not tty:
        proc = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        return proc.returncode, proc.stderr
    leader, follower = pty.openpty()
    proc = subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(leader)
    text = b"".join(chunks).decode("utf-8", "replace")
    return proc.wait(timeout=30), re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)  # without colours and cursor moves


def test_quiet_hides_info_logs_and_progress_shows_only_on_a_terminal(tmp_path: Path) -> None:
    """Each run in a fresh folder, so that each has pages to fetch (a second pass would find nothing new)."""
    folders = [tmp_path / str(i) for i in range(4)]
    for folder in folders:
        folder.mkdir()
    code, plain = _demo(folders[0])
    assert code == 0 and "INFO" in plain and "━" not in plain and "article pages" not in plain
    code, quiet = _demo(folders[1], "-q")
    assert code == 0 and "INFO" not in quiet and "WARNING" in quiet  # the malformed demo feed still warns
    code, on_tty = _demo(folders[2], tty=True)
    # rich redraws ten times a second: which stages show depends on their speed, so ask for the pass line and
    # the page bar (the slowest step), not for one particular fast stage
    assert code == 0 and "pass: " in on_tty and "article pages" in on_tty
    code, quiet_tty = _demo(folders[3], "-q", tty=True)
    assert code == 0 and "article pages" not in quiet_tty and "pass:" not in quiet_tty


def test_the_shipped_config_is_valid_toml() -> None:
    tomllib.loads((DATA_DIR / "monitor.toml").read_text(encoding="utf-8"))


def test_the_readme_sql_examples_settle_their_order() -> None:
    """Ties came back in another order than the README showed: every example query says how to order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    queries = re.findall(r'vzmon sql [^"\n]*"([^"]+)"', readme)
    assert len(queries) >= 3
    assert [q for q in queries if q.startswith("SELECT ") and q != "SELECT ..." and "ORDER BY" not in q] == []
