"""The site's WSGI application, plus one response header: the CPU time the worker spent on the request.

The bench machine's two cores are shared with whatever else runs, so wall-clock latency
includes waiting for a core. A sync worker handles one request at a time in one thread, so
the process's CPU time between the request arriving and Django starting the response is
this request's cost, whoever else is busy. (With PostgreSQL, the database's own CPU time is
in the postgres processes and not counted here; SQLite runs inside the worker and is.)
"""

import time

from cms.wsgi import application as site_application

HEADER = "X-Bench-Cpu-Ms"


def application(environ, start_response):
    started = time.process_time()

    def timed_start_response(status, headers, exc_info=None):
        # Django renders the whole (non-streaming) response before calling start_response.
        spent = (time.process_time() - started) * 1000
        return start_response(status, [*headers, (HEADER, f"{spent:.3f}")], exc_info)

    return site_application(environ, timed_start_response)
