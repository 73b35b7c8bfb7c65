"""/healthz for the load balancer: is the database answering, is the cache answering.

200 {"status": "ok", "database": "ok", "cache": "ok"}, or 503 with "error" beside what failed. The reason
goes to the log, not to the response, which anyone can fetch. Never cached, never opens a session, and
production exempts it from the HTTPS redirect (SECURE_REDIRECT_EXEMPT) so the probe may use plain HTTP.
"""

import logging
import os
import socket
import uuid

from django.core.cache import caches
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

# One key per process and a fresh value each time, so a cache that silently drops writes
# (django-redis with IGNORE_EXCEPTIONS) is caught by the read-back, not mistaken for healthy.
_KEY = f"healthz:{socket.gethostname()}:{os.getpid()}"


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone()[0] != 1:
            raise RuntimeError("SELECT 1 did not return 1")


def check_cache():
    cache = caches["default"]
    value = uuid.uuid4().hex
    cache.set(_KEY, value, timeout=30)
    if cache.get(_KEY) != value:
        raise RuntimeError("the value written to the cache was not read back")


CHECKS = {"database": check_database, "cache": check_cache}


@never_cache
@require_safe
def healthz(request):
    report = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            report[name] = "error"
        else:
            report[name] = "ok"
    healthy = all(value == "ok" for value in report.values())
    return JsonResponse({"status": "ok" if healthy else "error", **report}, status=200 if healthy else 503)
