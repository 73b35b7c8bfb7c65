"""Production settings: refuse to start without secrets, and pass Django's deployment checks."""

import os
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
