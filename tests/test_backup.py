"""manage.py backup and restore: a round trip into an empty database serves the same site, and a
damaged, crafted or foreign archive is refused before anything is touched.

The round trip runs the real commands in subprocesses against a database and MEDIA_ROOT of its own
(SQLite files, or two temporary PostgreSQL databases when the suite runs on PostgreSQL), because
the suite's own database lives inside a transaction and its uploads in memory. The same module,
run as ``python -m tests.test_backup render``, is the renderer those subprocesses use.
"""

import hashlib
import html
import io
import json
import os
import re
import secrets
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter, deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
POSTGRES_SCHEMES = ("postgres://", "postgresql://", "pgsql://")
MAX_URLS = 400
# Month-by-month calendars and filter combinations would make the crawl endless; a few variants
# of each path's query string show that listings and filters survive the round trip.
QUERIES_PER_PATH = 6
# Entry points a crawl from the live pages would not reach through a plain link.
SEED_URLS = [
    "/",
    "/en/",
    "/sitemap.xml",
    "/robots.txt",
    "/so-do-trang/",
    "/en/so-do-trang/",
    "/tim-kiem/?q=cai+cach",
    "/tim-kiem/?q=quyet+dinh",
    "/en/tim-kiem/?q=reform",
]
SKIPPED_PREFIXES = ("/static/", "/media/", "/jsi18n/", "/admin/")
INTERNAL_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}
# What may differ between two renderings of the same data: per-request tokens and stamps.
VOLATILE = [
    (re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*'), r"\1…"),
    (re.compile(r'(nonce=")[^"]*'), r"\1…"),
    (re.compile(r"^(DTSTAMP[:;]).*$", re.MULTILINE), r"\1…"),
]
TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml", "application/json")
LINK = re.compile(r"""(?:href|src)=["']([^"']+)["']|<(?:loc|link|id)>([^<]+)</""")


# --- The renderer (runs in a subprocess, on the site under test) -------------------------------------


EMPTY_FEED_STAMP = [
    # A feed with no entries is stamped with the time of the request (django.contrib.syndication).
    ("<rss", "<item>", re.compile(r"<lastBuildDate>[^<]*</lastBuildDate>")),
    ("<feed", "<entry>", re.compile(r"<updated>[^<]*</updated>")),
]


def normalise(text):
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    for feed, entry, stamp in EMPTY_FEED_STAMP:
        if feed in text[:500] and entry not in text:
            text = stamp.sub("…", text)
    return text


def internal_target(base, link):
    url = urljoin(base, html.unescape(link.strip()))
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in INTERNAL_HOSTS:
        return None
    if parts.path.startswith(SKIPPED_PREFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def fetch(client, url):
    response = client.get(url)
    content_type = response.get("Content-Type", "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    response.close()
    record = {"status": response.status_code, "type": content_type, "location": response.get("Location")}
    if content_type.startswith(TEXT_TYPES) or "calendar" in content_type:
        record["text"] = normalise(body.decode("utf-8", errors="replace"))
    else:
        record["sha256"] = hashlib.sha256(body).hexdigest()
    return record


def render(urls=None, limit=MAX_URLS):
    """{url: record} for the given URLs, or for a crawl from every live page, listings and feeds."""
    from django.test import Client
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    client = Client(raise_request_exception=False)
    if urls is not None:
        return {url: fetch(client, url) for url in urls}
    queue = deque(SEED_URLS)
    queue.extend(page.url for page in Page.objects.live().order_by("path") if page.url)
    queue.extend(document.url for document in get_document_model().objects.order_by("pk"))
    pages = {}
    queries = Counter()
    while queue and len(pages) < limit:
        url = queue.popleft()
        if url in pages:
            continue
        pages[url] = record = fetch(client, url)
        for link in filter(None, [record.get("location")] + [a or b for a, b in LINK.findall(record.get("text", ""))]):
            target = internal_target(url, link)
            if not target or target in pages or target in queue:
                continue
            path, has_query, _query = target.partition("?")
            if has_query:
                if queries[path] >= QUERIES_PER_PATH:
                    continue
                queries[path] += 1
            queue.append(target)
    return pages


def render_main(out, urls_file=None):
    import django

    django.setup()
    urls = json.loads(Path(urls_file).read_text()) if urls_file else None
    Path(out).write_text(json.dumps(render(urls), ensure_ascii=False))


def demo_main():
    """migrate, setup_site and load_demo in one process (each would pay Django's start-up again)."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("setup_site", verbosity=0)
    call_command("load_demo", verbosity=0)


# --- Helpers for the tests ------------------------------------------------------------------------


def site_env(database_url, media_root):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "MEDIA_ROOT", "DJANGO_SETTINGS_MODULE", "TEST_SQLITE_NAME"}
    }
    env.update(DJANGO_SETTINGS_MODULE="tests.backup_settings", DATABASE_URL=database_url, MEDIA_ROOT=str(media_root))
    return env


def run(env, *args, check=True, timeout=300):
    result = subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}")
    return result


def manage(env, *args, **kwargs):
    return run(env, "manage.py", *args, **kwargs)


def render_in(env, out, urls=None):
    args = ["-m", "tests.test_backup", "render", str(out)]
    if urls is not None:
        urls_file = Path(out).with_suffix(".urls.json")
        urls_file.write_text(json.dumps(urls))
        args.append(str(urls_file))
    run(env, *args)
    return json.loads(Path(out).read_text())


def media_digests(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(root).rglob("*"))
        if path.is_file()
    }


def with_database(url, name):
    return urlsplit(url)._replace(path=f"/{name}").geturl()


def rewrite_archive(source, target, change):
    """Copy a tar.gz member by member, letting ``change(name, data)`` alter each member's bytes."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for member in old:
            data = old.extractfile(member).read() if member.isreg() else None
            if data is not None:
                data = change(member.name, data)
                member.size = len(data)
            new.addfile(member, io.BytesIO(data) if data is not None else None)


@pytest.fixture
def round_trip_databases(tmp_path):
    """(engine, source URL, destination URL, is_empty) — SQLite files, or two PostgreSQL databases."""
    suite_url = os.environ.get("DATABASE_URL", "")
    if not suite_url.startswith(POSTGRES_SCHEMES):
        destination = tmp_path / "restored" / "db.sqlite3"
        yield "sqlite", f"sqlite:///{tmp_path / 'source.sqlite3'}", f"sqlite:///{destination}", destination.exists
        return

    import dj_database_url
    import psycopg
    from psycopg import sql

    params = dj_database_url.parse(suite_url)
    connect = {
        "host": params.get("HOST") or None,
        "port": params.get("PORT") or None,
        "user": params.get("USER") or None,
        "password": params.get("PASSWORD") or None,
    }
    suffix = secrets.token_hex(4)
    names = [f"cchc_backup_src_{suffix}", f"cchc_backup_dst_{suffix}"]
    with psycopg.connect(dbname="postgres", autocommit=True, **connect) as admin:
        for name in names:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def has_tables():
        with psycopg.connect(dbname=names[1], **connect) as connection:
            return connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] > 0

    try:
        yield "postgresql", with_database(suite_url, names[0]), with_database(suite_url, names[1]), has_tables
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **connect) as admin:
            for name in names:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


# --- The round trip -------------------------------------------------------------------------------


def test_backup_restores_into_an_empty_database_and_the_site_serves_identical_pages(tmp_path, round_trip_databases):
    engine, source_url, destination_url, destination_has_data = round_trip_databases
    source = site_env(source_url, tmp_path / "source-media")
    destination = site_env(destination_url, tmp_path / "restored" / "media")
    timings = {}

    started = time.monotonic()
    run(source, "-m", "tests.test_backup", "demo")
    timings["demo"] = time.monotonic() - started

    started = time.monotonic()
    before = render_in(source, tmp_path / "before.json")
    timings["render"] = time.monotonic() - started
    ok = [url for url, record in before.items() if record["status"] == 200]
    assert len(ok) > 60, f"too few pages rendered: {len(ok)}"
    assert any("/media/images/" in record.get("text", "") for record in before.values()), "no image rendition shown"
    assert any(url.startswith("/documents/") and "sha256" in before[url] for url in ok), "no document served"

    started = time.monotonic()
    backup = manage(source, "backup", "--output", f"{tmp_path / 'archives'}{os.sep}")
    timings["backup"] = time.monotonic() - started
    (archive,) = (tmp_path / "archives").glob("cchc-backup-*.tar.gz")
    assert str(archive) in backup.stdout
    assert archive.stat().st_mode & 0o077 == 0, "the archive holds password hashes: owner-only"
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["database"]["engine"] == engine
    assert manifest["migrations"]["reform"] and manifest["migrations"]["wagtailcore"]
    listed = {entry["path"] for entry in manifest["files"]}
    assert {f"media/{path}" for path in media_digests(tmp_path / "source-media")} <= listed

    # A damaged copy is refused before the empty database is touched.
    tampered = tmp_path / "tampered.tar.gz"
    victim = min(path for path in listed if path.startswith("media/original_images/"))
    rewrite_archive(
        archive, tampered, lambda name, data: bytes([data[0] ^ 0xFF]) + data[1:] if name == victim else data
    )
    refused = manage(destination, "restore", str(tampered), "--yes", check=False)
    assert refused.returncode != 0
    assert f"SHA-256: {victim}" in refused.stderr
    assert not destination_has_data()
    assert not (tmp_path / "restored" / "media").exists()

    started = time.monotonic()
    restored = manage(destination, "restore", str(archive), "--yes")
    timings["restore"] = time.monotonic() - started
    assert "Đã khôi phục" in restored.stdout

    after = render_in(destination, tmp_path / "after.json", urls=list(before))
    assert_same_pages(before, after, f"after the restore (timings {timings})")
    assert media_digests(tmp_path / "restored" / "media") == media_digests(tmp_path / "source-media")

    # Over a site that now has data, from a backup without renditions: their rows go with the files,
    # and Wagtail draws them again under the same names, so the pages still read the same.
    lean = tmp_path / "lean.tar.gz"
    manage(source, "backup", "--skip-renditions", "--output", str(lean))
    manage(destination, "restore", str(lean), "--yes")
    assert not (tmp_path / "restored" / "media" / "images").exists()
    again = render_in(destination, tmp_path / "again.json", urls=list(before))
    assert_same_pages(before, again, "after restoring a backup without renditions")
    print(
        f"{engine}: {len(before)} URLs compared; archive {archive.stat().st_size} bytes, "
        f"{lean.stat().st_size} without renditions; timings {timings}"
    )


def assert_same_pages(before, after, when):
    differing = [url for url in before if before[url] != after[url]]
    if not differing:
        return
    import difflib

    url = differing[0]
    diff = "\n".join(
        difflib.unified_diff(
            before[url].get("text", str(before[url])).splitlines(),
            after[url].get("text", str(after[url])).splitlines(),
            lineterm="",
            n=1,
        )
    )
    pytest.fail(
        f"{len(differing)} of {len(before)} URLs differ {when} ({', '.join(differing[:10])}); "
        f"first {url}:\n{diff[:4000]}"
    )


# --- Refusals (in process; each happens before the database or MEDIA_ROOT is written) ---------------


@pytest.fixture
def media_on_disk(settings, tmp_path, db):
    """MEDIA_ROOT on disk with one file in it, to show a refused restore leaves it alone.

    (``db``: loading the migration graph runs a query of wagtail_localize's first migration.)
    """
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    sentinel = tmp_path / "media" / "original_images" / "current.jpg"
    sentinel.parent.mkdir(parents=True)
    sentinel.write_bytes(b"current")
    return sentinel


def code_leaves():
    from django.db.migrations.loader import MigrationLoader

    leaves = {}
    for app, name in MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes():
        leaves.setdefault(app, []).append(name)
    return leaves


def craft_archive(path, *, engine=None, migrations=None):
    """A well-formed archive like manage.py backup writes, without reading any database."""
    from django.db import connection
    from django.utils import timezone

    from reform.backup import manifest
    from reform.backup.archive import ArchiveWriter

    workdir = Path(tempfile.mkdtemp(dir=path.parent))
    (workdir / "db.sqlite3").write_bytes(b"not read before the checks pass")
    (workdir / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 8)
    writer = ArchiveWriter(path)
    writer.add_file(workdir / "db.sqlite3", "database/db.sqlite3")
    size = writer.add_file(workdir / "photo.jpg", "media/original_images/photo.jpg")
    writer.add_manifest(
        manifest.build(
            created_at=timezone.localtime(),
            engine=engine or connection.vendor,
            database={"file": "database/db.sqlite3"},
            migrations=migrations if migrations is not None else code_leaves(),
            media={"included": True, "renditions": True, "files": 1, "bytes": size},
            files=writer.files,
        )
    )
    writer.close()
    return path


def restore(path, *args):
    from django.core.management import call_command

    out = io.StringIO()
    call_command("restore", str(path), *args, stdout=out)
    return out.getvalue()


def refusal(path, *args):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError) as caught:
        restore(path, *args)
    return str(caught.value)


def test_a_well_formed_archive_passes_the_check(tmp_path, media_on_disk):
    output = restore(craft_archive(tmp_path / "good.tar.gz"), "--check")
    assert "Bản sao lưu hợp lệ" in output
    assert "cũ hơn mã nguồn" not in output


def test_a_tampered_or_truncated_archive_is_refused_and_nothing_changes(tmp_path, media_on_disk):
    from wagtail.models import Page

    pages = Page.objects.count()
    good = craft_archive(tmp_path / "good.tar.gz")
    tampered = tmp_path / "tampered.tar.gz"
    rewrite_archive(good, tampered, lambda name, data: data.replace(b"\x10\x11", b"\x11\x10", 1))
    message = refusal(tampered, "--yes")
    assert "không khớp với bản kê" in message
    assert "SHA-256: media/original_images/photo.jpg" in message

    # A file slipped in beside the listed ones is refused as well.
    extra = tmp_path / "extra.tar.gz"
    rewrite_archive(good, extra, lambda name, data: data)
    with tarfile.open(extra, "r:gz") as tar:
        members = [(member, tar.extractfile(member).read()) for member in tar]
    with tarfile.open(extra, "w:gz") as tar:
        for member, data in members:
            tar.addfile(member, io.BytesIO(data))
        info = tarfile.TarInfo("media/documents/unlisted.pdf")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"%PD"))
    assert "thừa media/documents/unlisted.pdf" in refusal(extra, "--yes")

    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "Không đọc được tệp lưu trữ" in refusal(truncated, "--yes")

    assert media_on_disk.read_bytes() == b"current"
    assert sorted(p.name for p in media_on_disk.parent.parent.rglob("*") if p.is_file()) == ["current.jpg"]
    assert Page.objects.count() == pages


@pytest.mark.parametrize(
    "name",
    ["../escaped.txt", "media/../../escaped.txt", "/etc/escaped.txt", "media/./x", "C:/escaped.txt"],
)
def test_members_with_absolute_paths_or_dot_dot_are_refused(tmp_path, media_on_disk, name):
    unique = f"escaped-{secrets.token_hex(4)}.txt"
    name = name.replace("escaped.txt", unique)
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo(name)
        info.size = 4
        tar.addfile(info, io.BytesIO(b"evil"))
    message = refusal(archive, "--yes")
    assert "đường dẫn không an toàn" in message
    assert name in message
    for directory in {tmp_path, tmp_path.parent, Path(tempfile.gettempdir()), Path.cwd(), Path("/etc")}:
        assert not (directory / unique).exists()
    assert media_on_disk.read_bytes() == b"current"


def test_links_in_an_archive_are_refused(tmp_path, media_on_disk):
    archive = tmp_path / "link.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        info = tarfile.TarInfo("media/original_images/current.jpg")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc/passwd"
        tar.addfile(info)
    assert "liên kết hoặc tệp đặc biệt" in refusal(archive, "--yes")
    assert media_on_disk.read_bytes() == b"current"


def test_a_backup_of_another_database_engine_is_refused(tmp_path, media_on_disk):
    from django.db import connection

    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    message = refusal(craft_archive(tmp_path / "other.tar.gz", engine=other), "--yes")
    assert "Không khôi phục chéo" in message
    assert ("PostgreSQL" in message) and ("SQLite" in message)
    assert media_on_disk.read_bytes() == b"current"


def test_a_backup_from_newer_code_is_refused_and_an_older_one_is_brought_forward(tmp_path, media_on_disk):
    newer = {**code_leaves(), "reform": ["9999_from_the_future"]}
    message = refusal(craft_archive(tmp_path / "newer.tar.gz", migrations=newer), "--yes")
    assert "mới hơn" in message and "reform.9999_from_the_future" in message

    older = {**code_leaves(), "reform": ["0001_initial"]}
    output = restore(craft_archive(tmp_path / "older.tar.gz", migrations=older), "--check")
    assert "cũ hơn mã nguồn" in output and "sẽ chạy migrate" in output


def test_restore_asks_before_replacing_anything(tmp_path, media_on_disk, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "không")
    assert "Đã hủy" in refusal(craft_archive(tmp_path / "good.tar.gz"))
    assert media_on_disk.read_bytes() == b"current"


def test_keep_removes_only_older_archives_with_the_default_name(tmp_path):
    from reform.backup.create import prune

    names = [f"cchc-backup-2026010{day}-020000.tar.gz" for day in range(1, 6)]
    for name in [*names, "notes.txt", "cchc-backup-manual.tar.gz"]:
        (tmp_path / name).write_bytes(b"x")
    removed = prune(tmp_path, keep=2)
    assert sorted(path.name for path in removed) == names[:3]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [*names[3:], "notes.txt", "cchc-backup-manual.tar.gz"]
    )


if __name__ == "__main__" and sys.argv[1:2] == ["render"]:
    render_main(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
elif __name__ == "__main__" and sys.argv[1:2] == ["demo"]:
    demo_main()
