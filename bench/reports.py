"""The periodic report at scale: a yearly report's figures, its three exports, and the admin screen.

Measured in-process after the page measurements of bench/run.py (nothing here goes through
gunicorn): reform.reports.figures.compute() for a whole year, median of several runs, with its SQL
queries; build_docx/xlsx/csv on those figures; and, through Django's test Client logged in as a
bench superuser, the admin screen and the DOCX export, which add the request around them. The
aim (issue 6) is under 2 seconds to compute and export.

    from bench.reports import measure_reports, markdown, problems   # after django.setup()
"""

import statistics
import time

AIM_MS = 2000  # compute + export of a yearly report
BENCH_USER = "bench-report-admin"


def _median_ms(func, runs):
    timings, result = [], None
    for _run in range(runs):
        started = time.perf_counter()
        result = func()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), result


def _bench_user():
    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.get_or_create(
        username=BENCH_USER, defaults={"is_superuser": True, "is_staff": True, "email": "bench@example.org"}
    )
    return user


def ensure_plan(year, log=print):
    """The seed's communication plan, so the report counts its activities as the Office's would."""
    from django.conf import settings
    from wagtail.models import Locale

    from reform.demo import content, loader
    from reform.models import PlanPage, ReformColumnPage

    if year != content.PLAN["year"] or PlanPage.objects.live().filter(year=year).exists():
        return
    column = ReformColumnPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    english = Locale.objects.filter(language_code="en").first()
    if column is not None and english is not None:
        loader.ensure_plan(column, english)
        log(f"Added the seed's {year} communication plan with its activities.")


def measure_reports(year=2023, runs=5, log=print):
    """{"year", "period", "rows": {label: {median_ms, queries, bytes}}, "totals": {...}} for a yearly report."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from reform.periods import period_for
    from reform.reports.exports import build_csv, build_docx, build_xlsx
    from reform.reports.figures import compute

    period = period_for(year, "year")
    ensure_plan(year, log)
    log(f"Periodic report for {period.label}: compute and export, {runs} runs each…")
    compute(period)  # warm: imports, content types, site root paths
    with CaptureQueriesContext(connection) as ctx:
        figures = compute(period)
    rows = {"Figures (compute)": {"queries": len(ctx.captured_queries), "bytes": None}}
    compute_ms, figures = _median_ms(lambda: compute(period), runs)
    rows["Figures (compute)"]["median_ms"] = compute_ms
    for label, build in (("DOCX (build_docx)", build_docx), ("XLSX (build_xlsx)", build_xlsx)):
        elapsed, body = _median_ms(lambda build=build: build(figures), runs)
        rows[label] = {"median_ms": elapsed, "queries": 0, "bytes": len(body)}
    elapsed, text = _median_ms(lambda: build_csv(figures), runs)
    rows["CSV (build_csv)"] = {"median_ms": elapsed, "queries": 0, "bytes": len(text.encode())}

    client = Client()
    client.force_login(_bench_user())
    query = f"?nam={year}&ky=year"
    for label, url in (
        ("Admin screen (HTTP)", reverse("reform_periodic_report") + query),
        ("DOCX export (HTTP)", reverse("reform_periodic_report_export", kwargs={"fmt": "docx"}) + query),
    ):
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        queries = len(ctx.captured_queries)  # now: the next request's start empties the query log
        elapsed, response = _median_ms(lambda url=url: client.get(url), max(1, runs // 2))
        if response.status_code != 200:
            log(f"  {label}: status {response.status_code}")
        rows[label] = {
            "median_ms": elapsed,
            "queries": queries,
            "bytes": len(response.content),
            "status": response.status_code,
        }
    for label, row in rows.items():
        log(f"  {label:<22} median {row['median_ms']:8.1f} ms  {row['queries']:3d} queries")
    totals = figures["totals"]
    return {
        "year": year,
        "period": str(period.label),
        "runs": runs,
        "content": {
            "articles": totals["articles"],
            "documents": totals["documents"],
            "sessions": totals["sessions"],
            "press": totals["press"],
            "activities": totals["activities"],
        },
        "rows": rows,
        "compute_and_export_ms": compute_ms + rows["DOCX (build_docx)"]["median_ms"],
    }


def markdown(results):
    content = results["content"]
    lines = [
        f"Periodic report, {results['period']} (median of {results['runs']} runs, in-process): "
        f"{content['articles']:,} articles, {content['documents']:,} documents, {content['sessions']:,} sessions, "
        f"{content['press']:,} press items, {content['activities']} plan activities. "
        f"Compute + DOCX: {results['compute_and_export_ms']:,.0f} ms (aim: under {AIM_MS:,} ms).",
        "",
        "| Step | Median (ms) | SQL queries | Size (KB) |",
        "|---|--:|--:|--:|",
    ]
    for label, row in results["rows"].items():
        size = f"{row['bytes'] / 1024:.1f}" if row["bytes"] is not None else "—"
        lines.append(f"| {label} | {row['median_ms']:.1f} | {row['queries']} | {size} |")
    return "\n".join(lines) + "\n"


def problems(results):
    found = []
    if results["compute_and_export_ms"] > AIM_MS:
        found.append(
            f"Periodic report: compute + DOCX took {results['compute_and_export_ms']:.0f} ms, above {AIM_MS} ms"
        )
    for label, row in results["rows"].items():
        if row.get("status", 200) != 200:
            found.append(f"Periodic report: {label} answered {row['status']}")
    return found
