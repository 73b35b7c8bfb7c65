#!/usr/bin/env python
"""`make soak`: minutes of concurrent load on gunicorn with PostgreSQL and Redis (issue 7, item 8).

Fills a PostgreSQL bench database with bench/generate.py (reused while it holds the requested
content), then, for each of three configurations, starts gunicorn as deployed (./gunicorn.conf.py:
its worker class, workers and threads), warms it up, and drives wrk with `--connections` (50)
connections for `--duration` (300) seconds:

- trivial:  /bench/trivial/ (an HttpResponse("ok") behind the whole middleware stack), page cache off;
- cached:   a mix of public pages rotated by a Lua script, page cache on and warm;
- uncached: the same mix, page cache off (every request renders).

It reports requests/s, p50/p95/p99 latency and errors (non-2xx/3xx answers, socket errors), the
cached/trivial throughput ratio, worker and CPU counts and load averages, prints the table and
writes it to bench/results/soak-latest.md and soak-<date>-<time>.md (and .json). Exit status 1 if any
request failed.

    .venv/bin/python bench/soak.py [--duration S] [--connections C] [--articles N] [--only cached,...]
"""

import argparse
import datetime
import json
import os
import random
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: make `bench`, `cms` and the apps importable

from bench import measure  # noqa: E402
from bench.run import POSTGRES_SCHEMES, ensure_postgres_database, machine, setup_django  # noqa: E402

RESULTS = ROOT / "bench" / "results"
GUNICORN_CONF = ROOT / "gunicorn.conf.py"
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/soak_bench"
DEFAULT_REDIS = "redis://127.0.0.1:6379/11"
KEY_PREFIX = "cchc-soak"  # every Redis key of the soak, so one configuration's cache never leaks into the next
PROTECTED_REDIS_DBS = {1}  # the test suite's
TRIVIAL = "/bench/trivial/"
RATIO_TARGET, RATIO_AIM = 0.5, 0.7  # issue 7 item 8, DESIGN.md "Speed we aim for"
# A client waits as long as gunicorn lets a worker run (gunicorn.conf.py's timeout): anything slower
# is cut off by gunicorn anyway and counted here as a timeout error.
WRK_TIMEOUT = 30
ARTICLES_IN_MIX = 40  # most of a news site's traffic lands on articles
WARMUP_ROUNDS = 3  # requests per URL before measuring: every worker imports, fills per-process caches
# The XML sitemap lists every page in one response (5 MB and 3–13 s of rendering at 10,000 articles and
# 20,000 documents), more than the page cache stores: one request in every 66 would take most of the
# CPU and the soak would measure the sitemap alone. It is timed on its own instead; --sitemap-xml puts
# it back in the mix.
SITEMAP_XML = "/sitemap.xml"

CONFIGURATIONS = {
    # name: (label, page cache on, paths: "trivial" or "mix")
    "trivial": ("Trivial view", False, "trivial"),
    "cached": ("Mix, page cache on (warm)", True, "mix"),
    "uncached": ("Mix, page cache off", False, "mix"),
}

LUA = """
-- Rotates over the URL list: each connection takes the next path, so every page gets its share.
local paths = {%(paths)s}
local counter = 0

request = function()
  counter = counter + 1
  if counter > #paths then counter = 1 end
  return wrk.format("GET", paths[counter])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SOAK %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
"""
SOAK_FIELDS = (
    "requests duration_us bytes connect read write status timeout p50_us p95_us p99_us max_us mean_us"
).split()


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=300, help="seconds of load per configuration (300)")
    parser.add_argument("--connections", type=int, default=50, help="concurrent connections (50)")
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the bench database (10000)")
    parser.add_argument("--english-share", type=float, default=0.1, help="share translated into English (0.1)")
    parser.add_argument("--events", type=int, default=1_000, help="public events (1000)")
    parser.add_argument("--documents", type=int, default=20_000, help="library entries (20000)")
    parser.add_argument("--rebuild", action="store_true", help="empty the bench database and regenerate")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("SOAK_DATABASE_URL", DEFAULT_DATABASE),
        help=f"PostgreSQL bench database, created if missing (SOAK_DATABASE_URL or {DEFAULT_DATABASE})",
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("SOAK_REDIS_URL", DEFAULT_REDIS), help=f"Redis ({DEFAULT_REDIS})"
    )
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: gunicorn.conf.py's)")
    parser.add_argument("--only", default=",".join(CONFIGURATIONS), help="configurations to run, comma-separated")
    parser.add_argument("--generate-only", action="store_true", help="fill the database, measure nothing")
    parser.add_argument("--sitemap-xml", action="store_true", help=f"put {SITEMAP_XML} in the mix (else timed alone)")
    args = parser.parse_args(argv)
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(args.only) - set(CONFIGURATIONS)
    if unknown:
        parser.error(f"--only: unknown configuration(s) {', '.join(sorted(unknown))}; use {', '.join(CONFIGURATIONS)}")
    if min(args.duration, args.connections, args.articles) < 1:
        parser.error("--duration, --connections and --articles must be positive")
    if not args.database_url.startswith(POSTGRES_SCHEMES):
        parser.error("--database-url: the soak runs on PostgreSQL (postgres://…)")
    redis_db = urlsplit(args.redis_url).path.strip("/")
    if not args.redis_url.startswith("redis://") or (redis_db.isdigit() and int(redis_db) in PROTECTED_REDIS_DBS):
        parser.error("--redis-url: a redis:// URL with a db number of the bench's own (not 1, the test suite's)")
    return args


# --- content and the URL mix ---------------------------------------------------------------------


def fill(args):
    from bench.generate import generate, generate_documents, generate_events

    started = time.perf_counter()
    content = generate(args.articles, english_share=args.english_share, rebuild=args.rebuild)
    content["events"] = generate_events(args.events)
    content["documents"] = generate_documents(args.documents)
    content["seconds"] = round(time.perf_counter() - started, 1)
    print(
        f"Content ready in {content['seconds']:.0f} s: {content['articles']:,} articles, "
        f"{content['events']:,} events, {content['documents']:,} documents."
    )
    return content


def url_mix(with_sitemap_xml=False):
    """The public pages the soak rotates over: listings, feeds, sitemap, search, and many articles."""
    from django.conf import settings

    from reform.models import ArticlePage
    from reform.models.documents import OfficialDocumentPage
    from reform.models.events import EventPage

    rng = random.Random(20231)

    def sample(queryset, count):
        ids = list(queryset.values_list("pk", flat=True))
        chosen = rng.sample(ids, min(count, len(ids)))
        return [page.get_url() for page in queryset.model.objects.filter(pk__in=chosen).order_by("pk")]

    vi = ArticlePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    en = ArticlePage.objects.live().filter(locale__language_code="en")
    fixed = [
        "/",
        "/cai-cach-hanh-chinh/",
        "/cai-cach-hanh-chinh/?page=2",
        "/cai-cach-hanh-chinh/?area=cai-cach-the-che&year=2023",
        "/cai-cach-hanh-chinh/van-ban/",
        "/cai-cach-hanh-chinh/van-ban/?q=" + quote("828/qd-ubnd", safe=""),
        "/cai-cach-hanh-chinh/toa-dam-su-kien/",
        "/cai-cach-hanh-chinh/rss/",
        "/cai-cach-hanh-chinh/toa-dam-su-kien/ics/",
        *([SITEMAP_XML] if with_sitemap_xml else []),
        "/so-do-trang/",  # the sitemap page for people
        "/tim-kiem/?q=" + quote("bài 9999", safe=""),  # site search, few hits
        "/en/",
        "/en/administrative-reform/",
    ]
    paths = [
        *fixed,
        *sample(vi, ARTICLES_IN_MIX),
        *sample(en, 4),
        *sample(OfficialDocumentPage.objects.live(), 5),
        *sample(EventPage.objects.live(), 3),
    ]
    assert all(path.isascii() for path in paths), "paths go into a Lua string: percent-encode them"
    return paths


# --- gunicorn ------------------------------------------------------------------------------------


class Server:
    """gunicorn as deployed (gunicorn.conf.py when present) on a free loopback port; always stopped."""

    def __init__(self, env, log_path, workers=None):
        self.port = measure.free_port()
        self.env = {**env, "GUNICORN_BIND": f"{measure.HOST}:{self.port}"}
        if workers:
            self.env["WEB_CONCURRENCY"] = str(workers)
        self.command = [str(Path(sys.executable).with_name("gunicorn")), "cms.wsgi:application"]
        if not GUNICORN_CONF.exists():  # an older tree: the flags the bench uses
            self.command += [f"--bind={measure.HOST}:{self.port}", f"--workers={workers or 2}", "--timeout=30"]
        self.log_path = Path(log_path)
        self.process = None

    def config(self):
        """gunicorn's effective settings (workers, threads, worker class), as it prints them itself."""
        done = subprocess.run(
            [*self.command, "--print-config"], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=60
        )
        found = dict(re.findall(r"^(\w+)\s+= (.*)$", done.stdout, re.MULTILINE))
        keys = ("workers", "threads", "worker_class", "timeout", "keepalive", "max_requests", "max_requests_jitter")
        return {key: found.get(key) for key in keys}

    def __enter__(self):
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + measure.READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.close()
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                if measure.get(self.port, TRIVIAL)[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"gunicorn did not answer within {measure.READY_TIMEOUT} s; see {self.log_path}")

    def workers_running(self):
        """Worker processes of the master, counted in /proc: what actually served the load."""
        count = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            count += fields[1] == str(self.process.pid)
        return count

    def restarts(self, initial):
        """Workers started after the first ones, and why, from gunicorn's own log lines.

        Each new worker imports the whole application again; on two cores that shows in the tail.
        """
        text = self.log_path.read_text(errors="replace")
        booted = text.count("Booting worker")
        return {
            "restarts": max(0, booted - initial),
            "max_requests": text.count("Autorestarting worker"),
            "timeouts": text.count("WORKER TIMEOUT"),
        }

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)  # the group this class started, nothing else
                self.process.wait(timeout=5)
        self.log.close()


def fetch(port, path):
    """One GET on a new connection: its status, X-Cache header, size and time."""
    import http.client

    started = time.perf_counter()
    conn = http.client.HTTPConnection(measure.HOST, port, timeout=120)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        size = len(response.read())
        return {
            "path": path,
            "status": response.status,
            "cache": response.getheader("X-Cache"),
            "bytes": size,
            "ms": (time.perf_counter() - started) * 1000,
        }
    finally:
        conn.close()


def warm_up(port, paths):
    """WARMUP_ROUNDS requests per URL from 4 threads; then one more each, alone, whose fetch() is returned."""
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda path: fetch(port, path), [p for p in paths for _ in range(WARMUP_ROUNDS)]))
    return {path: fetch(port, path) for path in paths}


# --- wrk -----------------------------------------------------------------------------------------


def run_wrk(wrk, port, paths, duration, connections, script_path):
    script_path.write_text(LUA % {"paths": ", ".join(json.dumps(path) for path in paths)})
    command = [
        wrk,
        "-t1",  # one thread keeps 50 connections busy and leaves the cores to gunicorn
        f"-c{connections}",
        f"-d{duration}s",
        f"--timeout={WRK_TIMEOUT}s",
        "-s",
        str(script_path),
        f"http://{measure.HOST}:{port}{paths[0]}",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=duration + 120, check=True)
    line = next((line for line in done.stdout.splitlines() if line.startswith("SOAK ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary:\n{done.stdout}\n{done.stderr}")
    values = dict(zip(SOAK_FIELDS, (int(float(v)) for v in line.split()[1:]), strict=True))
    seconds = values["duration_us"] / 1e6
    socket_errors = values["connect"] + values["read"] + values["write"] + values["timeout"]
    return {
        "requests": values["requests"],
        "seconds": round(seconds, 1),
        "rps": round(values["requests"] / seconds, 1),
        "p50_ms": values["p50_us"] / 1000,
        "p95_ms": values["p95_us"] / 1000,
        "p99_ms": values["p99_us"] / 1000,
        "max_ms": values["max_us"] / 1000,
        "mean_ms": values["mean_us"] / 1000,
        "mb": round(values["bytes"] / 1e6, 1),
        "non_2xx_3xx": values["status"],
        "socket_errors": {k: values[k] for k in ("connect", "read", "write", "timeout")},
        "errors": values["status"] + socket_errors,
        "wrk_output": done.stdout,
    }


# --- the three configurations --------------------------------------------------------------------


def measure_configuration(name, wrk, mix, args, base_env):
    label, cache_on, which = CONFIGURATIONS[name]
    paths = [TRIVIAL] if which == "trivial" else mix
    clear_redis(args.redis_url)  # the cached run starts cold and is warmed below; the others never read it
    env = {**base_env, "PAGE_CACHE_ENABLED": "1" if cache_on else "0"}
    log = RESULTS / f"soak-gunicorn-{name}.log"
    server = Server(env, log, args.workers)
    config = server.config()
    with server:
        print(f"{label}: gunicorn on port {server.port}, warming up {len(paths)} URL(s)…", flush=True)
        warm = warm_up(server.port, paths)
        broken = {path: got["status"] for path, got in warm.items() if got["status"] != 200}
        if broken:
            raise RuntimeError(f"{label}: URLs of the mix do not answer 200 before the soak: {broken}")
        hits = sorted(path for path, got in warm.items() if got["cache"] == "HIT")
        misses = sorted(path for path, got in warm.items() if got["cache"] != "HIT")
        # Unloaded, one at a time: which pages of the mix cost the most (the uncached run's tail).
        slowest = sorted(((round(got["ms"], 1), path) for path, got in warm.items()), reverse=True)[:5]
        sitemap = None
        if which == "mix" and not cache_on and SITEMAP_XML not in paths:
            sitemap = fetch(server.port, SITEMAP_XML)
        load_before = os.getloadavg()
        print(
            f"  {args.connections} connections for {args.duration} s (load average {load_before[0]:.2f})…", flush=True
        )
        result = run_wrk(wrk, server.port, paths, args.duration, args.connections, RESULTS / f"soak-{name}.lua")
        load_after = os.getloadavg()
        running = server.workers_running()
    result.update(
        {
            "label": label,
            "page_cache": cache_on,
            "urls": len(paths),
            "gunicorn": {**config, "workers_running": running},
            "worker_restarts": server.restarts(int(config["workers"] or 0)),
            "cache_hits_after_warmup": len(hits) if cache_on else None,
            "not_cached_after_warmup": misses if cache_on else None,
            "slowest_unloaded_ms": slowest,
            "sitemap_xml_alone": sitemap,
            "load_before": [round(v, 2) for v in load_before],
            "load_after": [round(v, 2) for v in load_after],
        }
    )
    print(
        f"  {result['rps']:,.1f} req/s, p50 {result['p50_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms, "
        f"p99 {result['p99_ms']:.1f} ms, {result['errors']} errors; load average {load_after[0]:.2f}",
        flush=True,
    )
    return result


def clear_redis(url):
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"{KEY_PREFIX}:*", count=1000))
    for start in range(0, len(keys), 500):
        client.delete(*keys[start : start + 500])


# --- report --------------------------------------------------------------------------------------


def markdown(results, info):
    gunicorn = next(iter(results.values()))["gunicorn"]
    lines = [
        f"Soak of {info['date']}: {info['content']['articles']:,} articles, {info['content']['events']:,} events, "
        f"{info['content']['documents']:,} documents; {info['machine']['database']}, Redis ({info['redis']}); "
        f"gunicorn {info['machine']['gunicorn']}, {gunicorn['workers']} {gunicorn['worker_class']} workers × "
        f"{gunicorn['threads']} threads ({gunicorn['workers_running']} running, recycled after "
        f"{gunicorn['max_requests']} ± {gunicorn['max_requests_jitter']} requests), {info['machine']['cores']} CPUs "
        f"({info['machine']['cpu']}); wrk, {info['connections']} connections, {info['duration']} s per "
        f"configuration, timeout {WRK_TIMEOUT} s; the mix rotates over {info['mix_urls']} URLs.",
        "",
        "| Configuration | Req/s | p50 (ms) | p95 (ms) | p99 (ms) | Max (ms) | Requests | Errors "
        "| Worker restarts | Load avg before → after |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for row in results.values():
        sockets = row["socket_errors"]
        detail = (
            ""
            if not row["errors"]
            else (
                f" ({row['non_2xx_3xx']} non-2xx/3xx; connect {sockets['connect']}, read {sockets['read']}, "
                f"write {sockets['write']}, timeout {sockets['timeout']})"
            )
        )
        lines.append(
            f"| {row['label']} | {row['rps']:,.1f} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['p99_ms']:.1f} "
            f"| {row['max_ms']:,.0f} | {row['requests']:,} | {row['errors']}{detail} "
            f"| {row['worker_restarts']['restarts']} | {row['load_before'][0]:.2f} → {row['load_after'][0]:.2f} |"
        )
    lines.append("")
    ratio = info.get("ratio")
    if ratio is not None:
        if ratio >= RATIO_AIM:
            verdict = "meets the design aim"
        elif ratio > RATIO_TARGET:
            verdict = "above the target, below the aim"
        else:
            verdict = "BELOW the target"
        lines.append(
            f"- Cached / trivial throughput: **{ratio:.2f}** ({verdict}: target > {RATIO_TARGET}, aim {RATIO_AIM})."
        )
    cached = results.get("cached")
    if cached and cached["cache_hits_after_warmup"] is not None:
        lines.append(
            f"- Page cache after warm-up: {cached['cache_hits_after_warmup']} of {cached['urls']} URLs served as HIT"
            + (
                f"; not cached: {', '.join(f'`{p}`' for p in cached['not_cached_after_warmup'])}."
                if cached["not_cached_after_warmup"]
                else "."
            )
        )
    uncached = results.get("uncached")
    if uncached:
        lines.append(
            "- Slowest pages of the mix uncached, one request at a time before the load: "
            + ", ".join(f"`{path}` {ms:,.0f} ms" for ms, path in uncached["slowest_unloaded_ms"])
            + "."
        )
    sitemap = uncached and uncached.get("sitemap_xml_alone")
    if sitemap:
        limit = info.get("page_cache_max_bytes")
        cacheable = (
            f"; above the page cache's limit of {limit / 1e6:.1f} MB, so never cached"
            if limit and sitemap["bytes"] > limit
            else ""
        )
        lines.append(
            f"- Left out of the mix (`--sitemap-xml` puts it back): `{sitemap['path']}`, {sitemap['status']}, "
            f"{sitemap['bytes'] / 1e6:.1f} MB in {sitemap['ms'] / 1000:.1f} s for one request alone{cacheable}."
        )
    lines.append(f"- Errors in total: {info['errors']} (required: 0).")
    return "\n".join(lines) + "\n"


def main(argv=None):
    args = parse_args(argv)
    started = time.perf_counter()
    wrk = measure.ensure_wrk()
    if wrk is None:
        raise SystemExit("The soak needs wrk (Debian package `wrk`): apt-get install wrk")
    ensure_postgres_database(args.database_url)
    os.environ["REDIS_URL"] = args.redis_url
    os.environ["CACHE_KEY_PREFIX"] = KEY_PREFIX
    setup_django(args.database_url)
    content = fill(args)
    if args.generate_only:
        return 0
    mix = url_mix(args.sitemap_xml)
    info_machine = machine()
    try:
        from reform.pagecache.store import option

        max_bytes = option("PAGE_CACHE_MAX_BYTES")
    except ImportError:
        max_bytes = None
    from django.db import connections

    connections.close_all()  # gunicorn opens its own
    base_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",  # production settings, relaxed for plain http on loopback
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "CACHE_KEY_PREFIX": KEY_PREFIX,
        # One JSON line per request would cost CPU and write gigabytes over a soak; the proxy logs access.
        "GUNICORN_ACCESS_LOG": "0",
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    results = {name: measure_configuration(name, wrk, mix, args, base_env) for name in args.only}
    info = {
        "date": datetime.date.today().isoformat(),
        "content": content,
        "machine": info_machine,
        "redis": args.redis_url,
        "connections": args.connections,
        "duration": args.duration,
        "mix_urls": len(mix),
        "mix": mix,
        "page_cache_max_bytes": max_bytes,
        "errors": sum(row["errors"] for row in results.values()),
        "ratio": (
            round(results["cached"]["rps"] / results["trivial"]["rps"], 2)
            if "cached" in results and "trivial" in results
            else None
        ),
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    table = markdown(results, info)
    # A dated copy too: a short development run must not overwrite the last real one.
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
    for name in ("soak-latest", f"soak-{stamp}"):
        (RESULTS / f"{name}.md").write_text(table)
        (RESULTS / f"{name}.json").write_text(json.dumps({**info, "results": results}, indent=2) + "\n")
    print()
    print(table)
    print(f"Done in {info['total_seconds']:.0f} s; results in bench/results/soak-latest.md and soak-{stamp}.md.")
    if info["errors"]:
        print(f"FAILED: {info['errors']} request(s) failed under load; see bench/results/soak-gunicorn-*.log.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
