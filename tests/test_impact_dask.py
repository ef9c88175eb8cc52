"""Scale-out: the same comparison on a real Dask cluster started here gives the in-process report."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("dask.distributed")

from compiler.driver.cli import main  # noqa: E402
from compiler.impact.report import render_json  # noqa: E402
from compiler.impact.run import FileData, Synthetic, run  # noqa: E402
from compiler.population.caseload import BLOCK, Spec  # noqa: E402
from tests.kit import law_of  # noqa: E402
from tests.test_impact import SMALL_NEW, SMALL_OLD  # noqa: E402

N = 2 * BLOCK + 321  # three partitions of one block each


@pytest.fixture(scope="module")
def laws():
    return law_of(SMALL_OLD), law_of(SMALL_NEW)


def test_threads_cluster_synthetic_and_file_partitions(laws):
    old, new = laws
    spec = Spec.of([old, new], N, 13, missing=0.05, judgments="tilfældig")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        on_dask = run(old, new, Synthetic(spec), chunk=BLOCK, client=client)
        rows = FileData(spec.rows(), "x.csv")
        file_on_dask = run(old, new, rows, chunk=BLOCK, client=client)
    here = run(old, new, Synthetic(spec), chunk=BLOCK)
    assert render_json(on_dask) == render_json(here)
    assert json.loads(render_json(file_on_dask))["results"] == json.loads(render_json(here))["results"]


def test_process_worker_generates_its_own_partitions(laws):
    """A worker in another process gets only the job and (spec, start, stop): no data is shipped."""
    old, new = laws
    spec = Spec.of([old, new], N, 21)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        on_dask = run(old, new, Synthetic(spec), chunk=BLOCK, client=client)
    assert render_json(on_dask) == render_json(run(old, new, Synthetic(spec), chunk=BLOCK))


def test_cli_connects_to_a_scheduler_address(tmp_path, laws):
    old_file, new_file = tmp_path / "a.lov", tmp_path / "b.lov"
    old_file.write_text('lov "a"\n' + SMALL_OLD, encoding="utf-8")
    new_file.write_text('lov "b"\n' + SMALL_NEW, encoding="utf-8")
    args = ["impact", str(old_file), str(new_file), "--population", "5000", "--format", "json"]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  dashboard_address=None) as cluster:
        r = CliRunner().invoke(main, [*args, "--dask", cluster.scheduler_address])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == json.loads(CliRunner().invoke(main, args).output)


def test_unreachable_scheduler_is_a_clear_error():
    from compiler.impact.scale import ScaleError, connect

    with pytest.raises(ScaleError, match="kan ikke forbinde til Dask-scheduleren tcp://127.0.0.1:9"):
        connect("tcp://127.0.0.1:9", timeout="1s")
