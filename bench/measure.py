"""The three measurements of `make bench`: SQL queries in-process, latency and throughput over HTTP.

Queries are counted with Django's test Client, which runs the same middleware and views as
gunicorn without the network, so each number is exact and repeatable. Latency and throughput
go through gunicorn on 127.0.0.1 only; every loop below is bounded by a count or a deadline.
"""

import http.client
import math
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HOST = "127.0.0.1"
READY_TIMEOUT = 60  # seconds for gunicorn to import Django and answer
REQUEST_TIMEOUT = 30
WARMUP_REQUESTS = 20  # per page, spread over both workers: renditions, caches, lazy imports


# --- SQL queries, in-process -------------------------------------------------------------------


def count_queries(paths):
    """{name: {"status", "bytes", "queries", "sql"}} for each page, after one warm-up request.

    The warm-up fills the per-process caches (site root paths, content types, renditions)
    that a long-running worker has filled too, so the count is the steady-state one.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    results = {}
    for name, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        results[name] = {
            "status": response.status_code,
            "bytes": len(response.content),
            "queries": len(ctx.captured_queries),
            "sql": [query["sql"] for query in ctx.captured_queries],
        }
    return results


# --- gunicorn ----------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn with sync workers on a free loopback port; a context manager that always stops it."""

    def __init__(self, root, env, log_path, workers=2):
        self.root = Path(root)
        self.env = env
        self.log_path = Path(log_path)
        self.workers = workers
        self.port = free_port()
        self.process = None

    @property
    def base(self):
        return f"http://{HOST}:{self.port}"

    def __enter__(self):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log = self.log_path.open("w")
        command = [
            str(Path(sys.executable).with_name("gunicorn")),
            "bench.wsgi:application",  # the site's app, plus a header with the request's CPU time
            f"--bind={HOST}:{self.port}",
            f"--workers={self.workers}",
            "--worker-class=sync",
            "--timeout=60",
            "--log-level=warning",
        ]
        # Its own process group, so stopping it also reaches workers if the master misbehaves.
        self.process = subprocess.Popen(
            command, cwd=self.root, env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    def _wait_ready(self):
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                if get(self.port, "/bench/trivial/")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer within {READY_TIMEOUT} s; see {self.log_path}")

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            self._close_log()
            return
        self.process.terminate()  # graceful: the master stops its workers
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, 9)  # the group this class created, nothing else
            self.process.wait(timeout=5)
        self._close_log()

    def _close_log(self):
        log = getattr(self, "log", None)
        if log is not None and not log.closed:
            log.close()


# --- HTTP clients ------------------------------------------------------------------------------


def get(port, path):
    """(status, body length, seconds, worker CPU ms) of one GET.

    Each GET opens a fresh connection: gunicorn's sync workers close it after every response.
    """
    started = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        cpu = response.getheader("X-Bench-Cpu-Ms")
        return response.status, len(body), time.perf_counter() - started, float(cpu) if cpu else None
    finally:
        conn.close()


def warm_up(port, paths):
    """A few requests per page from 4 threads, so both workers have served each page at least once."""
    with ThreadPoolExecutor(4) as pool:
        for path in paths:
            list(pool.map(lambda p: get(port, p), [path] * WARMUP_REQUESTS))


def percentile(values, share):
    """Nearest-rank percentile: a value that was actually observed."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def sequential_latency(port, path, requests):
    """Median and p95 in ms of `requests` one-at-a-time GETs: the latency of an unloaded server."""
    timings, cpu, statuses = [], [], set()
    for _ in range(requests):
        status, _size, seconds, cpu_ms = get(port, path)
        statuses.add(status)
        timings.append(seconds * 1000)
        if cpu_ms is not None:
            cpu.append(cpu_ms)
    return {
        "median_ms": round(statistics.median(timings), 2),
        "cpu_median_ms": round(statistics.median(cpu), 2) if cpu else None,
        "p95_ms": round(percentile(timings, 0.95), 2),
        "min_ms": round(min(timings), 2),
        "max_ms": round(max(timings), 2),
        "statuses": sorted(statuses),
    }


# --- throughput --------------------------------------------------------------------------------


def ensure_wrk(log=print):
    """Path to wrk, installing Debian's package when running as root; None if it cannot be had."""
    found = shutil.which("wrk")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "wrk"]
    log("Installing wrk from Debian (apt-get install -y wrk)…")
    for step in (install, ["apt-get", "update", "-qq"], install):  # update only if the first try fails
        try:
            done = subprocess.run(step, env=env, capture_output=True, timeout=300, check=False)
        except subprocess.TimeoutExpired:
            break
        if step is install and done.returncode == 0:
            return shutil.which("wrk")
    log("wrk could not be installed; falling back to the Python load generator.")
    return None


def wrk_throughput(wrk, port, path, duration, connections):
    # One wrk thread keeps 16 connections busy easily and leaves the two cores to gunicorn.
    command = [
        wrk,
        "-t1",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout=10s",
        "--latency",
        f"http://{HOST}:{port}{path}",
    ]
    output = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    under_load = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    return {
        "rps": round(rps, 1),
        "errors": (int(non_2xx.group(1)) if non_2xx else 0)
        + (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0),
        "loaded_p50": under_load.get("50"),
        "loaded_p99": under_load.get("99"),
        "tool": "wrk",
    }


def python_throughput(port, path, duration, connections):
    """Fallback when wrk is missing: a thread per connection until the deadline.

    Python threads share one core's worth of GIL with each other, so this understates the
    server on fast pages; the tool is named in the results.
    """
    deadline = time.monotonic() + duration

    def worker():
        done = errors = 0
        while time.monotonic() < deadline:
            try:
                status = get(port, path)[0]
            except OSError:
                status = None
            done += status == 200
            errors += status != 200
        return done, errors

    started = time.monotonic()
    with ThreadPoolExecutor(connections) as pool:
        results = [future.result() for future in [pool.submit(worker) for _ in range(connections)]]
    elapsed = time.monotonic() - started
    return {
        "rps": round(sum(done for done, _ in results) / elapsed, 1),
        "errors": sum(errors for _, errors in results),
        "loaded_p50": None,
        "loaded_p99": None,
        "tool": "python threads",
    }


def throughput(wrk, port, path, duration, connections):
    if wrk:
        return wrk_throughput(wrk, port, path, duration, connections)
    return python_throughput(port, path, duration, connections)
