"""A throwaway PostgreSQL server for the tests, on 127.0.0.1, from Debian's server binaries.

`scripts/install-system-packages.sh` (run by `make test`) installs the server when the suite runs
as root. The server runs from a temporary data folder on a free loopback port and is stopped
and deleted when the test session ends. As root it runs as the `postgres` user (PostgreSQL
refuses to run as root).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time


class PostgresUnavailable(RuntimeError):
    pass


def _bindir() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise PostgresUnavailable("PostgreSQL server binaries not found (apt-get install postgresql)")
    return os.path.dirname(found[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """Start with `PostgresServer.start()`; `url(dbname)` creates a fresh database and returns its URL."""

    def __init__(self, bindir: str, datadir: str, port: int, prefix: list[str]):
        self.bindir, self.datadir, self.port, self.prefix = bindir, datadir, port, prefix
        self._n = 0

    @classmethod
    def start(cls) -> "PostgresServer":
        bindir = _bindir()
        prefix: list[str] = []
        datadir = tempfile.mkdtemp(prefix="sitrep-pg-")
        if os.geteuid() == 0:
            shutil.chown(datadir, "postgres", "postgres")
            prefix = ["runuser", "-u", "postgres", "--"]
        server = cls(bindir, datadir, _free_port(), prefix)
        server._run("initdb", "-D", datadir, "-U", "sitrep", "--auth=trust", "-E", "UTF8", "--no-locale")
        server._run("pg_ctl", "-D", datadir, "-w", "-t", "60", "-l", os.path.join(datadir, "server.log"), "-o",
                    f"-p {server.port} -k {datadir} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        return server

    def _run(self, tool: str, *args: str) -> None:
        result = subprocess.run([*self.prefix, os.path.join(self.bindir, tool), *args], capture_output=True,
                                text=True, timeout=120)
        if result.returncode != 0:
            raise PostgresUnavailable(f"{tool} failed: {result.stderr.strip() or result.stdout.strip()}")

    def url(self) -> str:
        """A new, empty database on this server."""
        import psycopg

        self._n += 1
        name = f"sitrep_test_{self._n}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(host="127.0.0.1", port=self.port, user="sitrep", dbname="postgres",
                                     autocommit=True) as conn:
                    conn.execute(f'CREATE DATABASE "{name}"')
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        return f"postgresql://sitrep@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", self.datadir, "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.datadir, ignore_errors=True)
