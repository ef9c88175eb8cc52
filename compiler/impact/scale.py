"""Scale-out on Dask: the same columnar comparison, one task per partition of the population.

For populations that outgrow one machine, `lov impact … --dask ADDRESS` connects to a Dask
scheduler (``tcp://host:8786``) and maps :func:`compiler.impact.compare.compare_partition`
over the partitions; ``--dask lokal`` starts a local cluster of processes on this machine.
Each task gets the two generated columnar modules as source text (a worker compiles each
law once and caches it) and either a partition description (synthetic rows are generated
on the worker, so no data crosses the network) or the partition's rows (file data). The
workers need `lov` and NumPy installed (``pip install 'lov[dask]'``). The partial results
are small (counts and a few example citizens) and are merged on the client in row order,
so the report is identical to the in-process one.

Dask is optional: imported only here, only when asked for.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from compiler.impact.compare import Job, Partial, compare_partition
from dsl.language import t

_CLUSTERS: dict[int, Any] = {}


class ScaleError(RuntimeError):
    """Dask is not installed or the cluster cannot be reached (message in Danish)."""


def connect(address: str, timeout: str = "10s") -> Any:
    """A Dask client for ``address``; ``lokal`` starts a local cluster (closed with the client)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ScaleError(t("--dask kræver dask[distributed]: pip install 'lov[dask]'",
                           "--dask needs dask[distributed]: pip install 'lov[dask]'")) from None
    try:
        if address == "lokal":
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
            _CLUSTERS[id(client)] = cluster  # closed by close()
            return client
        return Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        raise ScaleError(t(f"kan ikke forbinde til Dask-scheduleren {address}: {error}",
                           f"cannot connect to the Dask scheduler {address}: {error}")) from None


def close(client: Any) -> None:
    """Close the client (and the local cluster :func:`connect` started for it)."""
    cluster = _CLUSTERS.pop(id(client), None)
    client.close()
    if cluster is not None:
        cluster.close()


def map_partitions(client: Any, job: Job, pieces: Sequence[Any],
                   progress: Callable[[int, int], None] | None = None) -> list[Partial]:
    """Run the comparison of every partition on the cluster; the partials in row order."""
    from dask.distributed import as_completed

    shared = client.scatter(job, broadcast=True)
    futures = [client.submit(compare_partition, shared, piece, pure=False) for piece in pieces]
    done = 0
    for _ in as_completed(futures):
        done += 1
        if progress:
            progress(done, len(futures))
    return list(client.gather(futures))
