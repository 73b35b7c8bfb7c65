"""Issue 7 item 4: two gunicorn instances sharing PostgreSQL and Redis (.ci/multi-instance).

Runs only where both are configured (CI's second pass: DATABASE_URL on PostgreSQL, REDIS_URL set).
The script never touches those databases themselves: it creates its own soak_multi_<random>
database on the same PostgreSQL server and drops it after, and keeps its Redis keys in db 12
under a prefix of its own, deleted after. It starts its own servers, so it needs no Django test
database and takes about half a minute.
"""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / ".ci" / "multi-instance"
REDIS_DB = 12  # of the numbers this project's tooling may use (10–12); the suite itself uses 1
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")

pytestmark = pytest.mark.skipif(
    not (DATABASE_URL.startswith(("postgres://", "postgresql://")) and REDIS_URL.startswith("redis://")),
    reason="needs DATABASE_URL on PostgreSQL and REDIS_URL (CI's second pass)",
)


def test_two_instances_share_sessions_and_publishing():
    database = urlsplit(DATABASE_URL)
    server = urlunsplit((database.scheme, database.netloc, "", "", ""))  # the server, not its database
    redis = urlsplit(REDIS_URL)
    redis_url = urlunsplit((redis.scheme, redis.netloc, f"/{REDIS_DB}", "", ""))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--postgres", server, "--redis", redis_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "multi-instance: OK" in done.stdout
