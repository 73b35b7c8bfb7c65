"""Production settings: refuse to start without secrets, and pass Django's deployment checks."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "env",
    [{}, {"ALLOWED_HOSTS": "cchc.example.gov.vn"}, {"SECRET_KEY": "x" * 60}],
)
def test_production_refuses_to_start_without_secret_key_and_hosts(env):
    result = manage("check", **env)
    assert result.returncode != 0
    assert "is required in production" in result.stderr


def test_check_deploy_is_clean():
    result = manage("check", "--deploy", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="cchc.example.gov.vn")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_load_demo_is_refused_under_production_settings():
    result = manage(
        "load_demo",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="cchc.example.gov.vn",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.returncode != 0
    assert "refused under production settings" in result.stderr


def production_env(**env):
    return {"SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "cchc.example.gov.vn", **env}


def test_production_reads_services_from_the_environment(tmp_path):
    show = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'base_url': s.WAGTAILADMIN_BASE_URL, 'email': s.EMAIL_BACKEND, 'engine': s.DATABASES['default']['ENGINE'],"
        "'media': str(s.MEDIA_ROOT), 'static': str(s.STATIC_ROOT), 'admin': s.ADMIN_PATH,"
        "'log': s.LOGGING['handlers']['console']['formatter'], 'origins': s.CSRF_TRUSTED_ORIGINS}))"
    )
    result = manage("shell", "-c", show, **production_env())
    assert result.returncode == 0, result.stderr
    defaults = json.loads(result.stdout.strip().splitlines()[-1])
    # Links in e-mails follow the site's own name, not the development server's.
    assert defaults["base_url"] == "https://cchc.example.gov.vn"
    assert defaults["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert defaults["log"] == "json"

    configured = production_env(
        DATABASE_URL="postgres://cchc@db.internal:5432/cchc",
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path / "static"),
        ADMIN_PATH="/quan-tri",
        WAGTAILADMIN_BASE_URL="https://cchc.stc.gialai.gov.vn",
        CSRF_TRUSTED_ORIGINS="https://cchc.stc.gialai.gov.vn",
        LOG_FORMAT="plain",
    )
    result = manage("shell", "-c", show, **configured)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values == {
        "base_url": "https://cchc.stc.gialai.gov.vn",
        "email": "django.core.mail.backends.smtp.EmailBackend",
        "engine": "django.db.backends.postgresql",
        "media": str(tmp_path / "media"),
        "static": str(tmp_path / "static"),
        "admin": "quan-tri/",
        "log": "plain",
        "origins": ["https://cchc.stc.gialai.gov.vn"],
    }


def test_production_refuses_an_unknown_log_format():
    result = manage("check", **production_env(LOG_FORMAT="xml"))
    assert result.returncode != 0
    assert "LOG_FORMAT must be one of" in result.stderr


def test_collectstatic_fingerprints_and_compresses_and_whitenoise_serves_them_for_good(tmp_path):
    script = """
import json
from django.conf import settings
from django.core.management import call_command
from django.test import Client
call_command("collectstatic", "--noinput", verbosity=0)
client = Client()
def get(url):
    response = client.get(url, HTTP_X_FORWARDED_PROTO="https", HTTP_ACCEPT_ENCODING="gzip")
    return {"status": response.status_code, "cache": response.get("Cache-Control"),
            "encoding": response.get("Content-Encoding")}
manifest = json.loads(open(settings.STATIC_ROOT / "staticfiles.json").read())["paths"]
print(json.dumps({"hashed": manifest["css/site.css"], "get": get("/static/" + manifest["css/site.css"]),
                  "plain": get("/static/css/site.css")}))
"""
    static = tmp_path / "static"
    result = manage("shell", "-c", script, **production_env(STATIC_ROOT=str(static)))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    hashed = report["hashed"]
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", hashed)
    assert (static / hashed).exists() and (static / (hashed + ".gz")).exists()
    assert (static / "wagtailadmin" / "css").is_dir()
    # The fingerprinted name never changes content: cached for good, and sent compressed.
    assert report["get"] == {"status": 200, "cache": "max-age=315360000, public, immutable", "encoding": "gzip"}
    assert report["plain"]["cache"] == "max-age=3600, public"
