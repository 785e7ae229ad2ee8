"""`pip install .` as a user with Python 3.11's own pip (23.2) does it: a quiet build, then the demo from the wheel.

That pip does not normalise trafilatura's `lxml[html_clean]` extra, so an undeclared `lxml_html_clean`
made every page extraction fail with an ImportError; the build used to print ~290 lines of setuptools
warnings. Both are checked here on a fresh venv outside the checkout (packages come from the configured
index or pip's cache; nothing is fetched at run time).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).parents[1]
PARTS = ("flows", "tasks", "warehouse", "pyproject.toml", "README.md", "monitor.toml", "prefect.yaml")


def _run(args: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, (args, proc.stdout[-3000:], proc.stderr[-3000:])
    return proc


def test_the_bundled_pip_builds_quietly_and_the_installed_demo_extracts_pages(tmp_path: Path) -> None:
    source = tmp_path / "clone"
    source.mkdir()
    for part in PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, source / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, source / part)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)  # the pip that ships with this Python (ensurepip), not an upgraded one
    python = str(env_dir / "bin" / "python")
    pip_version = _run([python, "-m", "pip", "--version"], tmp_path).stdout.split()[1]
    if sys.version_info[:2] == (3, 11):
        assert pip_version.startswith("23.2"), pip_version

    build = _run([python, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(tmp_path / "dist"), str(source)],
                 tmp_path)
    noise = [line for line in (build.stdout + build.stderr).splitlines()
             if re.search(r"absent from the `packages` configuration|BuildBackendWarning|SetuptoolsDeprecation", line)]
    assert not noise, noise[:5]
    [wheel] = (tmp_path / "dist").glob("vzmon-*.whl")
    _run([python, "-m", "pip", "install", "--quiet", str(wheel)], tmp_path)

    vzmon = str(env_dir / "bin" / "vzmon")
    work = tmp_path / "elsewhere"
    work.mkdir()
    assert _run([vzmon, "--version"], work).stdout.startswith("vzmon ")
    _run([vzmon, "init"], work)
    assert (work / "monitor.toml").read_text(encoding="utf-8") == (ROOT / "monitor.toml").read_text(encoding="utf-8")
    demo = _run([vzmon, "demo", "--no-prefect", "--port", "0"], work, timeout=300)
    assert "pages fetched: 14" in demo.stdout, demo.stdout  # trafilatura (lxml_html_clean) extracted every page
    assert "ImportError" not in demo.stderr and "Traceback" not in demo.stderr
    assert (work / "data" / "demo-brief.html").stat().st_size > 10_000  # matplotlib drew the brief's chart
