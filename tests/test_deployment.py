"""prefect.yaml as a user runs it: a real server, `prefect deploy`, a process worker, a local newsroom.

The deployment is made from a copy of the project at another path (as a user's own clone would be) and
the worker is started from a third folder, so the tests fail if the pull step depends on where the
repository lives or where the worker was started. Runs are triggered by the tests; the server's
scheduler is off, so no */2 run is ever created and nothing but 127.0.0.1 is contacted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

import pytest

from tests.support.httpserver import LocalServer
from tests.support.newsroom import write_config
from tests.support.warehouse import rows

if TYPE_CHECKING:
    from tests.support.prefect_server import PrefectServer

pytest_plugins = ["tests.support.prefect_server"]
pytestmark = pytest.mark.slow

DEPLOYMENT = "monitor/when-due"
POOL = "vzmon-pool"


@dataclass
class Deployed:
    checkout: Path
    elsewhere: Path  # where the worker is started: neither the checkout nor the repository
    deployment_id: UUID


@pytest.fixture(scope="module")
def deployed(prefect_server: PrefectServer, project_checkout: Path, tmp_path_factory: pytest.TempPathFactory
             ) -> Deployed:
    """The work pool, then `prefect --no-prompt deploy --all` run inside a copy of the project."""
    checkout = project_checkout
    elsewhere = tmp_path_factory.mktemp("worker-cwd")
    prefect_server.cli(["work-pool", "create", POOL, "--type", "process", "--overwrite"])
    prefect_server.cli(["--no-prompt", "deploy", "--all"], cwd=checkout)
    with prefect_server.client() as client:
        deployment = client.read_deployment_by_name(DEPLOYMENT)
    return Deployed(checkout=checkout, elsewhere=elsewhere, deployment_id=deployment.id)


def test_prefect_yaml_deploys_the_schedule_limit_and_a_pull_step_into_the_checkout(
        prefect_server: PrefectServer, deployed: Deployed) -> None:
    with prefect_server.client() as client:
        d = client.read_deployment(deployed.deployment_id)
    [schedule] = d.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone, schedule.active) == ("*/2 * * * *", "UTC", True)
    assert d.global_concurrency_limit is not None and d.global_concurrency_limit.limit == 1
    assert d.concurrency_options is not None and d.concurrency_options.collision_strategy.value == "CANCEL_NEW"
    assert d.work_pool_name == POOL and d.entrypoint == "flows/monitor.py:monitor"
    assert d.parameters == {"config_path": "monitor.toml", "feeds": None, "dry_run": False, "batch_size": 500,
                            "due_only": True}
    assert d.enforce_parameter_schema is True
    # resolved at deploy time to the absolute path of the checkout deployed from, not a placeholder
    assert d.pull_steps == [{"prefect.deployments.steps.set_working_directory":
                             {"directory": str(deployed.checkout.resolve())}}]


def test_vzmon_home_chooses_the_checkout_and_a_wrong_one_fails_the_deploy(prefect_server: PrefectServer,
                                                                          deployed: Deployed, tmp_path: Path) -> None:
    # deploying with VZMON_HOME pointing at a folder without the code stops before anything is registered
    bad = prefect_server.cli(["--no-prompt", "deploy", "--all"], cwd=deployed.checkout,
                             env={"VZMON_HOME": str(tmp_path)}, check=False)
    assert bad.returncode != 0
    assert "is not a vzmon checkout" in bad.stdout + bad.stderr
    with prefect_server.client() as client:
        d = client.read_deployment(deployed.deployment_id)
    assert d.pull_steps[0]["prefect.deployments.steps.set_working_directory"]["directory"] == str(
        deployed.checkout.resolve())


def test_a_worker_runs_one_of_two_colliding_runs_which_loads_and_publishes_and_cancels_the_other(
        prefect_server: PrefectServer, deployed: Deployed, newsroom: LocalServer, tmp_path: Path) -> None:
    """Two runs due at once (as when a pass overruns its 15 minutes): one worker submits both, the server
    lets one in and cancels the other before it starts, so only one pass ever opens the warehouse.
    (One test for both, because a worker round trip is the slowest thing in this file.)"""
    db = tmp_path / "monitor.duckdb"
    config = write_config(tmp_path / "monitor.toml", newsroom, db, broken=False)
    with prefect_server.client() as client:
        runs = [client.create_flow_run_from_deployment(deployed.deployment_id,
                                                       parameters={"config_path": str(config), "due_only": False})
                for _ in range(2)]  # due_only false: both feeds share the newsroom's host
    worker = prefect_server.worker_once(POOL, deployed.elsewhere)

    with prefect_server.client() as client:
        finals = [client.read_flow_run(r.id) for r in runs]
        histories = {r.id: [s.type.value for s in client.read_flow_run_states(r.id)] for r in runs}
        by_state = {f.state.type.value: f for f in finals if f.state is not None}
        assert set(by_state) == {"COMPLETED", "CANCELLED"}, [f.state for f in finals]
        done, cancelled = by_state["COMPLETED"], by_state["CANCELLED"]
        artifacts = {a.key: a for a in client.read_artifacts() if a.flow_run_id == done.id}
    assert cancelled.state is not None and cancelled.state.message == "Deployment concurrency limit reached."
    assert "RUNNING" not in histories[cancelled.id]  # cancelled before it started: it never opened the file

    # exactly one pass touched the warehouse (none closed as 'interrupted' by another), and it loaded
    assert rows(db, "SELECT status FROM runs") == [("completed",)]
    speakers = {s for (s,) in rows(db, "SELECT speaker FROM statements")}
    assert any("Rodr\u00edguez" in s for s in speakers) and any("Blyde" in s for s in speakers)

    # and published its report on the server
    assert set(artifacts) == {"monitor-summary", "monitor-feeds", "monitor-new-statements"}
    feeds = json.loads(artifacts["monitor-feeds"].data)  # type: ignore[arg-type]
    assert {f["feed"]: f["status"] for f in feeds} == {"wire": "ok", "diario": "ok"}
    assert all(list(f) == ["feed", "status", "new", "error"] for f in feeds) and sum(f["new"] for f in feeds) > 0
    # the pass summary reaches the worker's own output (its log), not only the UI
    assert "feeds: 2 checked, 0 unchanged, 0 failed" in worker.stdout + worker.stderr
    published = json.loads(artifacts["monitor-new-statements"].data)  # type: ignore[arg-type]
    assert len(published) == rows(db, "SELECT count(*) FROM statements")[0][0]
    assert "statements" in str(artifacts["monitor-summary"].data)


def test_wrong_parameter_types_are_refused_with_the_field_named(prefect_server: PrefectServer,
                                                                 deployed: Deployed) -> None:
    """enforce_parameter_schema: the API refuses the run; nothing is scheduled, no worker is bothered."""
    def runs_of_deployment() -> int:
        with prefect_server.client() as client:
            return sum(1 for r in client.read_flow_runs() if r.deployment_id == deployed.deployment_id)

    before = runs_of_deployment()
    out = prefect_server.cli(["deployment", "run", DEPLOYMENT, "--param", "batch_size=many"], check=False)
    assert out.returncode == 1
    text = " ".join((out.stdout + out.stderr).split())
    assert "Validation failed for field 'batch_size'. Failure reason: 'many' is not of type 'integer'" in text
    assert runs_of_deployment() == before
