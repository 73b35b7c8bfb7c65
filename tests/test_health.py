"""/healthz, structured logs and the error page (issue 7, item 7).

The failures are real: a Redis nobody listens on, a PostgreSQL nobody listens on (in a subprocess, since
this process's own connection carries the test transaction).
"""

import io
import json
import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import override_settings
from django.urls import path

from cms.logging import JsonFormatter

ROOT = Path(settings.BASE_DIR)
DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
}


class Failure(Exception):
    pass


def broken_view(request):
    raise Failure("bí mật nội bộ: mật khẩu cơ sở dữ liệu")


# This module is also the URLconf of the error-page tests: the site's URLs plus a view that fails.
urlpatterns = [path("hong/", broken_view)]


def run_python(script, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


# --- /healthz ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_healthz_is_never_cached_and_opens_no_session(client):
    sessions = Session.objects.count()
    response = client.get("/healthz")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "Set-Cookie" not in response and not response.cookies
    assert Session.objects.count() == sessions
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200


@pytest.mark.django_db
def test_healthz_names_an_unreachable_cache(client, caplog):
    with override_settings(CACHES=DEAD_REDIS), caplog.at_level(logging.ERROR, logger="cms.health"):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "error"}
    assert "Health check failed: cache" in caplog.text
    # The reason is for the log, not for whoever asks.
    assert "127.0.0.1:1" not in response.content.decode()


def test_healthz_names_an_unreachable_database():
    script = (
        "import json, django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz'); print(r.status_code, json.dumps(r.json()))"
    )
    result = run_python(
        script,
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        DATABASE_URL="postgres://postgres@127.0.0.1:1/cchc",
        REDIS_URL="",
        LOG_FORMAT="json",
    )
    assert result.returncode == 0, result.stderr
    status, body = result.stdout.strip().splitlines()[-1].split(" ", 1)
    assert status == "503"
    assert json.loads(body) == {"status": "error", "database": "error", "cache": "ok"}
    failure = [json.loads(line) for line in result.stderr.splitlines() if '"cms.health"' in line]
    assert failure and failure[0]["level"] == "ERROR" and "OperationalError" in failure[0]["exception"]


# --- errors and logs --------------------------------------------------------------------------------


@pytest.fixture
def json_log():
    """The console handler of LOGGING, writing JSON into a buffer for the length of a test."""
    handler = next(h for h in logging.getLogger("django.request").handlers if h.name == "console")
    buffer = io.StringIO()
    formatter, stream = handler.formatter, handler.setStream(buffer)
    handler.setFormatter(JsonFormatter())
    yield buffer
    handler.setFormatter(formatter)
    handler.setStream(stream)


@pytest.mark.django_db
def test_an_error_shows_the_vietnamese_500_page_and_logs_one_json_line(client, settings, json_log):
    settings.ROOT_URLCONF = "tests.test_health"
    client.raise_request_exception = False
    response = client.get("/hong/?q=1", HTTP_X_REQUEST_ID="yeu-cau-0001")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Hệ thống đang gặp sự cố" in page
    assert 'lang="vi"' in page
    for leak in ("Traceback", "Failure", "bí mật nội bộ", "broken_view"):
        assert leak not in page
    assert response["X-Request-ID"] == "yeu-cau-0001"

    lines = [line for line in json_log.getvalue().splitlines() if line.strip()]
    assert len(lines) == 1, lines
    record = json.loads(lines[0])
    assert record["level"] == "ERROR"
    assert record["logger"] == "django.request"
    assert record["status"] == 500
    assert record["method"] == "GET"
    assert record["path"] == "/hong/"
    assert record["request_id"] == "yeu-cau-0001"
    assert record["exception"].startswith("Traceback")
    assert "Failure: bí mật nội bộ" in record["exception"]
    assert record["time"].endswith("+00:00")


@pytest.mark.django_db
def test_every_response_carries_a_request_id(client):
    generated = client.get("/healthz")["X-Request-ID"]
    assert len(generated) == 32
    assert client.get("/healthz", HTTP_X_REQUEST_ID="lb-4f1c2a7e")["X-Request-ID"] == "lb-4f1c2a7e"
    # A header that could forge log lines is replaced, not repeated.
    forged = client.get("/healthz", HTTP_X_REQUEST_ID='x" , "level": "INFO')["X-Request-ID"]
    assert forged != 'x" , "level": "INFO' and len(forged) == 32


def test_json_formatter_keeps_one_record_on_one_line():
    record = logging.LogRecord("cms", logging.WARNING, __file__, 1, "hai dòng\nmột bản ghi %s", ("x",), None)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    assert json.loads(line)["message"] == "hai dòng\nmột bản ghi x"


def test_json_formatter_reads_gunicorn_access_atoms():
    atoms = {"m": "GET", "U": "/tim-kiem/", "q": "q=thue", "s": "200", "B": 5120, "M": 12, "h": "127.0.0.1"}
    atoms.update({"a": "curl/8", "f": "-", "{x-request-id}o": "abc123def456", "{x-forwarded-for}i": "192.0.2.1"})
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, "%(h)s", (atoms,), None)
    entry = json.loads(JsonFormatter().format(record))
    assert entry["status"] == 200 and entry["path"] == "/tim-kiem/" and entry["duration_ms"] == 12
    assert entry["request_id"] == "abc123def456" and entry["forwarded_for"] == "192.0.2.1"
    assert "referer" not in entry


def test_under_production_settings_probes_pass_over_http_and_errors_are_json_lines(tmp_path):
    """The real production settings in a subprocess: plain HTTP reaches /healthz only, a failing view
    shows the Vietnamese page and writes one JSON line with the traceback to stderr."""
    script = """
import json, django
django.setup()
from django.test import Client, override_settings
client = Client(raise_request_exception=False)
print(json.dumps({
    "healthz": client.get("/healthz").status_code,
    "page": client.get("/").status_code,
}))
with override_settings(ROOT_URLCONF="tests.test_health"):
    response = client.get("/hong/", HTTP_X_FORWARDED_PROTO="https")
    print(json.dumps({"status": response.status_code, "body": response.content.decode()}))
"""
    result = run_python(
        script,
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        STATIC_ROOT=str(tmp_path),  # as after collectstatic: whitenoise warns about a missing one
        REDIS_URL="",
        LOG_FORMAT="",
    )
    assert result.returncode == 0, result.stderr
    probes, error = (json.loads(line) for line in result.stdout.strip().splitlines()[-2:])
    assert probes == {"healthz": 200, "page": 301}
    assert error["status"] == 500 and "Hệ thống đang gặp sự cố" in error["body"]
    assert "Traceback" not in error["body"]
    records = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    failures = [r for r in records if r["logger"] == "django.request"]
    assert len(failures) == 1
    assert failures[0]["status"] == 500 and failures[0]["path"] == "/hong/"
    assert "Failure: bí mật nội bộ" in failures[0]["exception"]
    # Nothing else is written in another form.
    assert all(line.startswith("{") for line in result.stderr.splitlines() if line.strip())
