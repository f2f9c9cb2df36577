"""A throwaway PostgreSQL cluster for the library-server tests: its own folder, loopback
only, a free port; stopped and removed afterwards. Never a system service."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def _bin() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    dbname: str = "postgres"
    admin: str = "admin"
    host: str = "127.0.0.1"

    def conninfo(self, user: str | None = None) -> str:
        host = self.host
        return f"host={host} port={self.port} dbname={self.dbname} user={user or self.admin}"

    def sql(self, statement: str, *params: object) -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as connection:
            cursor = connection.execute(statement, params or None)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []


def _as_postgres(command: list[str]) -> list[str]:
    """initdb refuses to run as root: then the cluster belongs to the postgres user."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def start_cluster(listen: str = "127.0.0.1") -> tuple[Cluster, Path]:
    """Start a cluster listening on ``listen`` (RuntimeError when PostgreSQL is not
    installed); returns it and its binaries' folder, for :func:`stop_cluster`."""
    binaries = _bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed here (.ci/run installs it with apt)")
    folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    subprocess.run(
        _as_postgres(
            [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "admin",
             "--no-instructions", "-E", "UTF8"]
        ),
        check=True,
        capture_output=True,
    )  # fmt: skip
    if listen != "127.0.0.1":  # clients on the same network too (a desk's namespace)
        with (data / "pg_hba.conf").open("a") as hba:
            hba.write("host all all samenet trust\n")
    options = f"-p {port} -k {folder} -c listen_addresses={listen} -c fsync=off"
    subprocess.run(
        _as_postgres(
            [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l",
             str(folder / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )  # fmt: skip
    return Cluster(folder, port, host=listen), binaries


def stop_cluster(cluster: Cluster, binaries: Path) -> None:
    subprocess.run(
        _as_postgres(
            [str(binaries / "pg_ctl"), "-D", str(cluster.folder / "data"), "-m", "immediate",
             "stop"]
        ),
        capture_output=True,
        check=False,
    )  # fmt: skip
    shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster, binaries = start_cluster()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    try:
        yield cluster
    finally:
        stop_cluster(cluster, binaries)


@pytest.fixture
def library_db(pg_cluster: Cluster) -> Iterator[Cluster]:
    """A fresh library database on the cluster for one test."""
    name = f"lib_{os.urandom(4).hex()}"
    pg_cluster.sql(f"CREATE DATABASE {name}")
    yield Cluster(pg_cluster.folder, pg_cluster.port, name)
    pg_cluster.sql(f"DROP DATABASE {name} WITH (FORCE)")
