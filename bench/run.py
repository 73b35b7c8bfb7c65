#!/usr/bin/env python
"""`make bench`: generate content at scale, then measure the public pages served by gunicorn.

Steps: pick the bench database (its own SQLite file, or PostgreSQL from DATABASE_URL), fill it
(bench/generate.py, skipped when it already holds the requested content), count SQL queries per
page in-process, then start gunicorn on 127.0.0.1 and time sequential requests and throughput
under concurrent connections (bench/measure.py). Results go to stdout and bench/results/.

    .venv/bin/python bench/run.py [--articles N] [--rebuild] [--duration S] [--connections C] [--requests R]
"""

import argparse
import datetime
import json
import math
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: make `bench`, `cms` and the apps importable

from bench import measure  # noqa: E402

BENCH_SQLITE = ROOT / "bench" / "bench.sqlite3"  # bench/settings.py's default too; git-ignored
RESULTS = ROOT / "bench" / "results"
SLOW_MS = 50  # a page whose median is above this is reported as a problem
POSTGRES_SCHEMES = ("postgres://", "postgresql://", "pgsql://")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles under the news index (10000)")
    parser.add_argument("--english-share", type=float, default=0.1, help="share translated into English (0.1)")
    parser.add_argument("--events", type=int, default=1_000, help="public events under the event index (1000)")
    parser.add_argument("--documents", type=int, default=20_000, help="entries in the document library (20000)")
    parser.add_argument("--rebuild", action="store_true", help="start from an empty database and regenerate")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page for throughput (10)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections for throughput (16)")
    parser.add_argument("--requests", type=int, default=200, help="sequential requests per page for latency (200)")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.duration < 1 or args.connections < 1 or args.requests < 1:
        parser.error("--articles, --duration, --connections and --requests must be positive")
    return args


# --- database ----------------------------------------------------------------------------------


def choose_database():
    """DATABASE_URL for the bench: PostgreSQL if the caller set it, otherwise the bench's SQLite file."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(POSTGRES_SCHEMES):
        ensure_postgres_database(url)
        return url
    if url:
        print(f"Ignoring DATABASE_URL={url}: the bench uses PostgreSQL from DATABASE_URL or its own SQLite file.")
    return f"sqlite:///{BENCH_SQLITE}"


def ensure_postgres_database(url):
    """Create the database named in url if it does not exist (with psql/createdb); never drops anything."""
    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if name in ("", "test", "postgres", "template0", "template1"):  # the test suite's and the server's own
        raise SystemExit(f"Refusing to fill the PostgreSQL database {name!r}: name a bench database in DATABASE_URL.")
    options = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
    if parts.username:
        options += ["-U", unquote(parts.username)]
    env = {**os.environ, **({"PGPASSWORD": unquote(parts.password)} if parts.password else {})}
    check = subprocess.run(
        ["psql", *options, "-d", "postgres", "-tA", "-v", f"name={name}"],
        input="SELECT 1 FROM pg_database WHERE datname = :'name';\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    if check.stdout.strip() != "1":
        print(f"Creating PostgreSQL database {name}.")
        subprocess.run(["createdb", *options, name], env=env, timeout=60, check=True)


def setup_django(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()


# --- what to measure ---------------------------------------------------------------------------


def document_url():
    from reform.models.documents import OfficialDocumentPage

    newest = OfficialDocumentPage.objects.live().order_by("-pk").first()
    return newest.url if newest else "/cai-cach-hanh-chinh/van-ban/"


def pages_to_measure(articles):
    """(label, path) of each page in the table; the article is the newest one with a hero image."""
    from django.conf import settings

    from reform.models import ArticlePage

    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, hero_image__isnull=False)
        .order_by("-date", "-pk")
        .first()
    ) or ArticlePage.objects.live().order_by("-date").first()
    page = min(50, math.ceil(articles / settings.REFORM_PAGE_SIZE))
    return {
        "Trivial Django view": "/bench/trivial/",
        "Home": "/",
        "Column": "/cai-cach-hanh-chinh/",
        "Column, filtered": "/cai-cach-hanh-chinh/?area=cai-cach-the-che&year=2023",
        f"Column, page {page}": f"/cai-cach-hanh-chinh/?page={page}",
        "Article": article.url,
        "RSS feed": "/cai-cach-hanh-chinh/rss/",
        "English column": "/en/administrative-reform/",
        "Events": "/cai-cach-hanh-chinh/toa-dam-su-kien/",
        "Events, month view": "/cai-cach-hanh-chinh/toa-dam-su-kien/?thang=2024-05",
        "Events calendar (.ics)": "/cai-cach-hanh-chinh/toa-dam-su-kien/ics/",
        "Library": "/cai-cach-hanh-chinh/van-ban/",
        "Library, filtered": "/cai-cach-hanh-chinh/van-ban/?type=quyet-dinh&level=province&year=2023",
        "Library, search (matches most)": "/cai-cach-hanh-chinh/van-ban/?q=c%E1%BA%A3i+c%C3%A1ch+h%C3%A0nh+ch%C3%ADnh",
        "Library, search by number": "/cai-cach-hanh-chinh/van-ban/?q=828%2Fqd-ubnd",
        "Document page": document_url(),
        "Site search": "/tim-kiem/?q=c%E1%BA%A3i+c%C3%A1ch+h%C3%A0nh+ch%C3%ADnh",
    }


def machine():
    from django.db import connection

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_version()" if connection.vendor == "sqlite" else "SHOW server_version")
        db_version = cursor.fetchone()[0]
    import django
    import gunicorn
    import wagtail

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "gunicorn": gunicorn.__version__,
        "database": f"{connection.vendor} {db_version}",
    }


# --- HTTP measurements -------------------------------------------------------------------------


def serve_and_measure(paths, args):
    """Latency and throughput of each page through gunicorn (2 sync workers), stopped in all cases."""
    wrk = measure.ensure_wrk()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    results = {}
    load_before = os.getloadavg()
    if load_before[0] > 0.5:
        print(f"Note: load average {load_before[0]:.2f} before measuring; other processes share the cores.")
    with measure.Gunicorn(ROOT, env, RESULTS / "gunicorn.log", workers=2) as server:
        print(f"gunicorn on {server.base}; warming up…")
        measure.warm_up(server.port, paths.values())
        for label, path in paths.items():
            latency = measure.sequential_latency(server.port, path, args.requests)
            load = measure.throughput(wrk, server.port, path, args.duration, args.connections)
            results[label] = {**latency, **load}
            print(
                f"  {label:<22} median {latency['median_ms']:7.2f} ms  p95 {latency['p95_ms']:7.2f} ms  "
                f"CPU {latency['cpu_median_ms']:7.2f} ms  "
                f"{load['rps']:8.1f} req/s ({load['tool']}, {load['errors']} errors)"
            )
    # Recorded because the cores are shared: a busy neighbour shows up here, not in the table.
    results["_load"] = {"before": load_before, "after": os.getloadavg()}
    return results


# --- report ------------------------------------------------------------------------------------


def markdown(rows, info):
    lines = [
        f"Bench of {info['date']}: {info['articles']:,} articles ({info['english']:,} in English), "
        f"{info['machine']['database']}, gunicorn {info['machine']['gunicorn']} with 2 sync workers, "
        f"{info['machine']['cores']} cores ({info['machine']['cpu']}). Latency: {info['requests']} sequential "
        f"requests; throughput: {info['tool']}, {info['connections']} connections for {info['duration']} s. "
        f"Load average before/after: {info['load_average']['before'][0]:.2f}/{info['load_average']['after'][0]:.2f}.",
        "",
        f"| Page | Path | Median (ms) | p95 (ms) | Worker CPU (ms) | Req/s, {info['connections']} conn. "
        "| SQL queries | Size (KB) |",
        "|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    for label, row in rows.items():
        lines.append(
            f"| {label} | `{row['path']}` | {row['median_ms']:.1f} | {row['p95_ms']:.1f} | {row['cpu_median_ms']:.1f} "
            f"| {row['rps']:,.0f} "
            f"| {row['queries']} | {row['bytes'] / 1024:.1f} |"
        )
    return "\n".join(lines) + "\n"


def problems(rows):
    """Plain-language warnings: slow pages, failed requests, and query counts that differ between pages."""
    found = []
    for label, row in rows.items():
        if row["status"] != 200 or row["statuses"] != [200] or row["errors"]:
            found.append(f"{label}: status {row['status']}/{row['statuses']}, {row['errors']} errors under load")
        if row["median_ms"] > SLOW_MS:
            found.append(
                f"{label}: median {row['median_ms']:.1f} ms is above {SLOW_MS} ms "
                f"(worker CPU {row['cpu_median_ms']:.1f} ms of it)"
            )
    counts = {label: row["queries"] for label, row in rows.items() if row["path"] != "/bench/trivial/"}
    if len(set(counts.values())) > 1:
        found.append("SQL queries differ between pages: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return found


def write_results(rows, info, table, found):
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.md").write_text(table + "".join(f"\n- {line}" for line in found) + ("\n" if found else ""))
    (RESULTS / "latest.json").write_text(json.dumps({**info, "pages": rows, "problems": found}, indent=2) + "\n")


def main(argv=None):
    args = parse_args(argv)
    started = time.perf_counter()
    setup_django(choose_database())
    from bench.generate import generate, generate_documents, generate_events

    content = generate(args.articles, english_share=args.english_share, rebuild=args.rebuild)
    content["events"] = generate_events(args.events)
    content["documents"] = generate_documents(args.documents)
    paths = pages_to_measure(args.articles)
    print("Counting SQL queries in-process…")
    queries = measure.count_queries(paths)
    from django.db import connections

    info_machine = machine()
    connections.close_all()  # gunicorn opens its own; nothing of ours stays open on the file
    http = serve_and_measure(paths, args)
    load = http.pop("_load")
    rows = {label: {"path": path, **queries[label], **http[label]} for label, path in paths.items()}
    from bench import reports

    report = reports.measure_reports()  # the Office's yearly report: compute, exports, admin screen
    info = {
        "date": datetime.date.today().isoformat(),
        "articles": content["articles"],
        "english": content["english"],
        "content": content,
        "machine": info_machine,
        "requests": args.requests,
        "connections": args.connections,
        "duration": args.duration,
        "tool": next(iter(http.values()))["tool"],
        "load_average": {key: [round(v, 2) for v in value] for key, value in load.items()},
        "reports": report,
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    table = markdown(rows, info) + "\n" + reports.markdown(report)
    found = problems(rows) + reports.problems(report)
    write_results(rows, info, table, found)
    print()
    print(table)
    for line in found:
        print(f"PROBLEM: {line}")
    print(f"Done in {info['total_seconds']:.0f} s; results in {RESULTS.relative_to(ROOT)}/latest.md and latest.json.")


if __name__ == "__main__":
    main()
