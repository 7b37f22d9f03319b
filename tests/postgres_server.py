"""A throwaway PostgreSQL server for the archive tests, from Debian's postgresql package.

``FACTCHECK_TEST_POSTGRES_URL`` names a server to use instead. Otherwise a cluster is made in a
temporary directory (as the ``postgres`` user when run as root: initdb refuses root) and
started on a free local port; ``stop()`` removes it. Anything missing raises ``Unavailable``
with the reason, which the tests print when they skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass


class Unavailable(Exception):
    pass


@dataclass
class Server:
    url: str
    directory: str | None = None
    binaries: str | None = None

    def stop(self) -> None:
        if self.directory is None:
            return
        _run([os.path.join(self.binaries, "pg_ctl"), "-D", os.path.join(self.directory, "data"),
              "-m", "immediate", "stop"], check=False)
        shutil.rmtree(self.directory, ignore_errors=True)


def _binaries() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    if initdb:
        return os.path.dirname(initdb)
    raise Unavailable("no PostgreSQL server binaries (install Debian's postgresql package)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser is None:
        raise Unavailable("running as root without runuser: cannot start PostgreSQL as another user")
    return [runuser, "-u", "postgres", "--", *command]


def _run(command: list[str], check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(_as_server_user(command), capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise Unavailable(f"{os.path.basename(command[0])} failed: {(result.stderr or result.stdout).strip()[:300]}")
    return result


def start() -> Server:
    url = os.environ.get("FACTCHECK_TEST_POSTGRES_URL")
    if url:
        return Server(url)
    binaries = _binaries()
    directory = tempfile.mkdtemp(prefix="factcheck-pg-")
    os.chmod(directory, 0o755)
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    data, port = os.path.join(directory, "data"), _free_port()
    try:
        _run([os.path.join(binaries, "initdb"), "-D", data, "-U", "factcheck", "--auth=trust", "-E", "UTF8",
              "--locale=C"])
        _run([os.path.join(binaries, "pg_ctl"), "-D", data, "-w", "-t", "60", "-l", os.path.join(directory, "log"),
              "-o", f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
    except BaseException:
        Server("", directory, binaries).stop()
        raise
    return Server(f"postgresql://factcheck@127.0.0.1:{port}/postgres", directory, binaries)
