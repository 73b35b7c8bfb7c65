"""Backups of the whole site — database and media — in one archive that can be checked before use.

The archive is a gzip-compressed tar (archive.py): ``database/`` holds the engine's own dump (a SQLite
file taken with the online backup API, sqlite.py, or a pg_dump custom-format file, postgres.py),
``media/`` mirrors MEDIA_ROOT (media.py) and ``manifest.json`` (manifest.py) records the format, the
database engine, the latest applied migrations and the size and SHA-256 of every other member.
create.py and restore.py put the pieces together for the two management commands.
"""


class BackupError(Exception):
    """A backup or a restore that cannot go on; the message is meant for the operator."""
