"""gunicorn's configuration, read from the environment (docs/env-vars.md, docs/deployment.md).

gunicorn loads this file from the working directory by itself: `gunicorn` alone serves cms.wsgi.
Two instances on one host differ only in GUNICORN_BIND (see the systemd template in docs/deployment.md).
"""

import multiprocessing
import os


def _int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def _bool(name, default):
    value = os.environ.get(name, "").strip().lower()
    return value in {"1", "true", "yes", "on"} if value else default


def _cores():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return multiprocessing.cpu_count()


wsgi_app = "cms.wsgi:application"
bind = [address.strip() for address in os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",") if address.strip()]

# Pages are rendered in Python: one process per core, plus one to cover a worker busy on a slow query.
# Threads let a worker overlap database and cache waits; WEB_CONCURRENCY is the usual name for workers.
workers = _int("WEB_CONCURRENCY", _cores() + 1)
threads = _int("GUNICORN_THREADS", 2)
worker_class = "gthread" if threads > 1 else "sync"
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Recycle workers now and then so a slow leak in any library cannot grow without bound — rarely:
# cached pages run at ~1,000 req/s, where 2,000 requests meant a restart every few seconds and
# multi-second p99s in the soak (docs/benchmarks.md). The jitter keeps workers from restarting together.
max_requests = _int("GUNICORN_MAX_REQUESTS", 50000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 10000)
# Import Django once in the master: a recycled worker is a cheap fork instead of ~1.3 s of imports.
preload_app = _bool("GUNICORN_PRELOAD", True)
# Heartbeat files on tmpfs: a worker on a busy or network disk is otherwise taken for hung.
if os.path.isdir("/dev/shm"):  # noqa: S108  (gunicorn creates and unlinks its own files there)
    worker_tmp_dir = "/dev/shm"  # noqa: S108

# gunicorn's control socket (gunicornc) is one path per user by default, so two instances on one host
# would fight over it: name it after the instance's first address, in systemd's RuntimeDirectory if any.
_runtime = os.environ.get("RUNTIME_DIRECTORY") or os.environ.get("XDG_RUNTIME_DIR") or os.path.expanduser("~/.gunicorn")
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET") or os.path.join(
    _runtime.split(":")[0], "gunicorn-" + "".join(c if c.isalnum() else "-" for c in bind[0]) + ".ctl"
)

# The proxies whose X-Forwarded-Proto gunicorn believes (Django decides with SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

proc_name = os.environ.get("GUNICORN_PROC_NAME", "cchc")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", os.environ.get("LOG_LEVEL", "info")).lower()
errorlog = "-"
accesslog = None if os.environ.get("GUNICORN_ACCESS_LOG", "").strip().lower() in {"0", "false", "no", "off"} else "-"

if os.environ.get("LOG_FORMAT", "json") == "json":
    # Access and error lines as JSON objects on stdout, like the application's (cms/logging.py): the
    # formatter reads gunicorn's access atoms (status, path, duration, the X-Request-ID the app returns).
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "cms.logging.JsonFormatter"}},
        "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}},
        "root": {"level": "INFO", "handlers": ["stdout"]},
        "loggers": {
            "gunicorn.error": {"level": loglevel.upper(), "handlers": ["stdout"], "propagate": False},
            "gunicorn.access": {
                "level": "INFO",
                "handlers": ["stdout"] if accesslog else [],
                "propagate": False,
            },
        },
    }
else:
    access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(f)s" "%(a)s" %({x-request-id}o)s'
