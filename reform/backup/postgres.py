"""PostgreSQL through its own client tools: pg_dump to back up, pg_restore piped into psql to restore.

The restore runs in one transaction that first drops and recreates the ``public`` schema, so the
database ends up holding exactly what the dump holds (a table a newer migration added does not
linger to break the next ``migrate``), and any error leaves the database as it was.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.utils.translation import gettext as _

from . import BackupError

FILE_NAME = "db.dump"
# Connection settings Django takes from DATABASES → the libpq variables the client tools read.
OPTION_VARIABLES = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "options": "PGOPTIONS",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}
RESET_SCHEMA = "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"


def client_environment(settings_dict):
    # Start from the process environment, as psycopg does: a PG* variable fills what DATABASE_URL leaves out.
    env = dict(os.environ)
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
    }
    for option, variable in OPTION_VARIABLES.items():
        values[variable] = (settings_dict.get("OPTIONS") or {}).get(option)
    env.update({key: str(value) for key, value in values.items() if value not in (None, "")})
    env["PGAPPNAME"] = "cchc-backup"
    return env


def find_tool(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            _(
                "Không tìm thấy chương trình %(tool)s. Cài gói postgresql-client có cùng phiên bản chính với "
                "máy chủ PostgreSQL (Debian: apt-get install postgresql-client-15) rồi chạy lại."
            )
            % {"tool": name}
        )
    return path


def tool_version(name):
    result = subprocess.run([find_tool(name), "--version"], capture_output=True, text=True, check=False)
    return result.stdout.strip()


def _failure(what, stderr):
    return BackupError(_("%(what)s thất bại:") % {"what": what} + "\n" + stderr.strip())


def dump(settings_dict, destination):
    """pg_dump of the configured database in custom format (compressed, restorable selectively)."""
    command = [find_tool("pg_dump"), "--format=custom", f"--file={destination}"]
    result = subprocess.run(command, env=client_environment(settings_dict), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise _failure("pg_dump", result.stderr)
    return Path(destination)


def restore(settings_dict, staged_file):
    """Replace the configured database's public schema with the dump, all or nothing."""
    pg_restore = find_tool("pg_restore")
    psql = find_tool("psql")
    env = client_environment(settings_dict)
    # Read the table of contents first: an unreadable dump (a newer format than this pg_restore)
    # fails here, before the database is touched.
    listing = subprocess.run([pg_restore, "--list", str(staged_file)], capture_output=True, text=True, check=False)
    if listing.returncode != 0:
        raise _failure("pg_restore --list", listing.stderr)

    producer_command = [pg_restore, "--no-owner", "--no-privileges", "--file=-", str(staged_file)]
    consumer_command = [
        psql,
        "--no-psqlrc",
        "--quiet",
        "--set=ON_ERROR_STOP=1",
        "--single-transaction",
        f"--command={RESET_SCHEMA}",
        "--file=-",
    ]
    with tempfile.TemporaryFile() as producer_errors, tempfile.TemporaryFile() as consumer_errors:
        producer = subprocess.Popen(producer_command, stdout=subprocess.PIPE, stderr=producer_errors, env=env)
        consumer = subprocess.Popen(
            consumer_command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=consumer_errors, env=env
        )
        stopped = False
        try:
            shutil.copyfileobj(producer.stdout, consumer.stdin, 1024 * 1024)
        except BrokenPipeError:
            stopped = True  # psql gave up on an error; its message says which
        producer.stdout.close()
        producer_status = producer.wait()
        if stopped:
            consumer.wait()
            raise _failure("psql", _read(consumer_errors))
        if producer_status != 0:
            # psql must never see the end of its input now: at end of input it would COMMIT what it
            # has so far. Killing it drops the connection, and the server rolls the transaction back.
            consumer.kill()
            consumer.wait()
            raise _failure("pg_restore", _read(producer_errors))
        try:
            consumer.stdin.close()
        except BrokenPipeError:
            pass
        if consumer.wait() != 0:
            raise _failure("psql", _read(consumer_errors))


def _read(handle):
    handle.seek(0)
    return handle.read().decode(errors="replace")


def migrations_in(connection):
    """The (app, name) pairs in django_migrations, read through Django's connection (none before migrate)."""
    if "django_migrations" not in connection.introspection.table_names():
        return set()
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations")
        return {tuple(row) for row in cursor.fetchall()}


def server_version(connection):
    version = connection.pg_version  # e.g. 150020
    return f"{version // 10000}.{version % 10000}"
