"""Every kind of public page is valid HTML according to the W3C Nu HTML checker (vnu.jar)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale

from reform.demo.loader import ensure_about, ensure_plan
from tests.document_factories import library_pages
from tests.factories import make_articles
from tests.rich_content import make_rich_article

pytestmark = [pytest.mark.validation, pytest.mark.django_db]

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def assert_valid_html(client, urls, tmp_path):
    """Every URL ({name: url}) answers 200 and the W3C Nu checker finds no error in it."""
    files, sources = [], {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, f"{url}: {response.status_code}"
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
        sources[path.name] = url
    errors = run_vnu(files)
    assert not errors, format_errors(errors, sources)


def run_vnu(files):
    """Validate files in one JVM start; the list of error messages vnu reports."""
    if not VNU_JAR.exists():
        pytest.skip(f"{VNU_JAR} is missing: run `make node`")
    if shutil.which("java") is None:
        pytest.skip("java is not installed")
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # vnu writes its JSON report to stderr and exits 1 when there are errors.
    try:
        report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    except json.JSONDecodeError:
        pytest.fail(f"vnu did not report JSON (exit {result.returncode}):\n{result.stderr}\n{result.stdout}")
    return [m for m in report["messages"] if m.get("type") in {"error", "non-document-error"}]


def format_errors(messages, sources):
    lines = [f"{len(messages)} HTML error(s):"]
    for message in messages:
        name = Path(message.get("url", "").removeprefix("file:")).name
        line = message.get("lastLine", "?")
        lines.append(f"  {name}:{line}: {message.get('message')}")
        extract = " ".join((message.get("extract") or "").split())
        if extract:
            lines.append(f"      {extract}")
    lines.append("Pages: " + ", ".join(f"{name} = {url}" for name, url in sources.items()))
    return "\n".join(lines)


def test_public_pages_are_valid_html(client, site_pages, tmp_path, settings):
    settings.REFORM_PAGE_SIZE = 4  # listings with previous and next links
    home, column, news = site_pages["home"], site_pages["column"], site_pages["news"]
    en = Locale.objects.get(language_code="en")
    make_articles(news, 8)
    article = make_rich_article(news)
    english = article.copy_for_translation(en, copy_parents=True)
    english.title = "Department of Finance steps up administrative reform in 2023"
    english.save_revision().publish()
    about = ensure_about(home, en)
    plan = ensure_plan(column, en)

    pages = {
        "home": ("/", 200),
        "column": (column.url, 200),
        "column-page-2": (column.url + "?page=2", 200),
        "column-filtered": (column.url + "?area=" + article.reform_areas.first().slug + "&year=2023", 200),
        "news": (news.url, 200),
        "article": (article.url, 200),
        "home-en": ("/en/", 200),
        "article-en": (english.url, 200),
        "about": (about.url, 200),
        "sitemap": ("/so-do-trang/", 200),
        "plan": (plan.url, 200),
        "not-found": ("/khong-co-trang-nay/", 404),
        **{name: (url, 200) for name, url in library_pages().items()},
    }
    assert column.url == "/cai-cach-hanh-chinh/"
    files, sources = [], {}
    for name, (url, status) in pages.items():
        response = client.get(url)
        assert response.status_code == status, f"{url}: {response.status_code}"
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
        sources[path.name] = url

    errors = run_vnu(files)
    assert not errors, format_errors(errors, sources)
