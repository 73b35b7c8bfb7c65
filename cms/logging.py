"""Structured logs: one JSON object a line, tagged with the request it belongs to.

``RequestIdMiddleware`` gives every request an id (the proxy's X-Request-ID when it sends a sane one) and
returns it in the X-Request-ID response header, so gunicorn's access line, the application's lines and the
proxy's log can be joined. ``JsonFormatter`` is used by LOGGING when LOG_FORMAT=json (production's default)
and by gunicorn.conf.py for gunicorn's own error and access logs.
"""

import contextvars
import json
import logging
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime

_request = contextvars.ContextVar("cms_log_request", default=None)

# Ids a proxy may hand us; anything else (too long, odd characters) is replaced, not logged.
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = _request.set({"request_id": request_id, "method": request.method, "path": request.path})
        try:
            response = self.get_response(request)
        finally:
            _request.reset(token)
        response["X-Request-ID"] = request_id
        return response


def current_request_context():
    return _request.get() or {}


class JsonFormatter(logging.Formatter):
    """time, level, logger, message; the request's id, method, path and status where known; the traceback."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "process": record.process,
        }
        if record.name == "gunicorn.access" and isinstance(record.args, Mapping):
            entry.update(_access_fields(record.args))
        else:
            entry["message"] = record.getMessage()
            entry.update(current_request_context())
            request = getattr(record, "request", None)
            if request is not None and hasattr(request, "method"):
                entry.setdefault("request_id", getattr(request, "request_id", None))
                entry.setdefault("method", request.method)
                entry.setdefault("path", request.path)
            status = getattr(record, "status_code", None)
            if status is not None:
                entry["status"] = status
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps({k: v for k, v in entry.items() if v is not None}, ensure_ascii=False, default=str)


def _access_fields(atoms):
    """gunicorn passes its access-log atoms as the record's arguments; keep the useful ones, typed."""

    def atom(key):
        value = atoms.get(key)
        return None if value in (None, "-") else value

    status = atom("s")
    return {
        "message": f"{atom('m')} {atom('U')} {status}",
        "request_id": atom("{x-request-id}o"),
        "method": atom("m"),
        "path": atom("U"),
        "query": atom("q") or None,
        "status": int(status) if str(status).isdigit() else status,
        "bytes": atom("B"),
        "duration_ms": atom("M"),
        "remote_addr": atom("h"),
        "forwarded_for": atom("{x-forwarded-for}i"),
        "user_agent": atom("a"),
        "referer": atom("f"),
    }
