"""The English catalogue: complete, in step with the code, and what English visitors actually get.

The msgids are Vietnamese (the site's default language); English is the only translation.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import gettext, ngettext, override

BASE_DIR = Path(settings.BASE_DIR)
EN_PO = BASE_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po"

# What `makemessages` must not scan: tools, tests, data and build output (see `make makemessages`).
NOT_SCANNED = {
    ".git",
    ".venv",
    "node_modules",
    "bench",
    "tests",
    "media",
    "static",
    "docs",
    ".ci",
    ".ruff_cache",
    ".pytest_cache",
    "test-artifacts",
}
# Templates whose strings every page shows: the header, menu, footer and the home page itself.
CHROME_TEMPLATES = ("cms/templates/base.html", "home/templates/home/home_page.html")


def catalogue(path=None):
    return polib.pofile(str(path or EN_PO))


def msgid_keys(po):
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in po if not entry.obsolete}


def describe(keys):
    if not keys:
        return "  (none)"
    return "\n".join(f"  {msgid!r}" + (f" (context {ctx!r})" if ctx else "") for ctx, msgid, _ in sorted(keys, key=str))


def test_every_english_entry_is_translated_and_not_fuzzy():
    po = catalogue()
    assert not po.metadata_is_fuzzy, "the catalogue header is still marked fuzzy"
    live = [entry for entry in po if not entry.obsolete]
    # translated() is false for an empty msgstr and for a plural entry with any form left empty.
    untranslated = [entry.msgid for entry in live if not entry.fuzzy and not entry.translated()]
    fuzzy = [entry.msgid for entry in live if entry.fuzzy]
    report = "".join(
        f"{len(msgids)} {kind} msgid(s) in {EN_PO}:\n" + "".join(f"  {msgid!r}\n" for msgid in msgids)
        for kind, msgids in (("untranslated", untranslated), ("fuzzy", fuzzy))
        if msgids
    )
    assert not report, report


def test_english_catalogue_is_in_step_with_the_code(tmp_path):
    """Run makemessages on a copy of the tree; the repository itself is never written to."""
    if not shutil.which("xgettext") or not shutil.which("msgmerge"):
        pytest.fail("GNU gettext (xgettext, msgmerge) is needed: apt-get install gettext")

    project = tmp_path / "project"

    def ignore(directory, names):
        ignored = {name for name in names if name == "__pycache__" or name.endswith((".pyc", ".mo"))}
        if Path(directory) == BASE_DIR:
            ignored |= {name for name in names if name in NOT_SCANNED or name.startswith("db.sqlite3")}
        return ignored

    shutil.copytree(BASE_DIR, project, ignore=ignore, symlinks=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test", "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete", "-v", "0"]
    command += [f"--ignore={name}" for name in sorted(NOT_SCANNED)]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr

    in_code = msgid_keys(catalogue(project / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    in_repo = msgid_keys(catalogue())
    missing, unused = in_code - in_repo, in_repo - in_code
    assert not missing and not unused, (
        "locale/en/LC_MESSAGES/django.po is stale; run `make makemessages`, translate, then `make messages`.\n"
        f"Strings in the code but not in the catalogue:\n{describe(missing)}\n"
        f"Strings in the catalogue but no longer in the code:\n{describe(unused)}"
    )


def test_strings_translate_at_runtime():
    hint = "is locale/en/LC_MESSAGES/django.mo compiled? Run `make messages`."
    with override("en"):
        assert gettext("Sơ đồ trang") == "Site map", hint
        assert gettext("Bỏ qua, đến nội dung chính") == "Skip to main content", hint
        assert gettext("Trang %(number)s / %(total)s") % {"number": 2, "total": 5} == "Page 2 of 5"
        one = ngettext("%(counter)s tin, bài", "%(counter)s tin, bài", 1) % {"counter": 1}
        many = ngettext("%(counter)s tin, bài", "%(counter)s tin, bài", 12) % {"counter": 12}
        assert (one, many) == ("1 article", "12 articles"), hint
        # Model labels go through gettext_lazy, and stay lowercase-first as Django expects.
        from reform.models import ArticlePage, Division

        assert str(Division._meta.verbose_name) == "division"
        assert str(ArticlePage._meta.get_field("lead").verbose_name) == "lead"
    with override("vi"):
        assert gettext("Sơ đồ trang") == "Sơ đồ trang"


@pytest.mark.django_db
def test_english_home_page_chrome_is_english(client, site_pages):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    for english in (
        "Skip to main content",
        "Site map",
        'aria-label="Main menu"',
        'aria-label="Choose a language"',
        "Administrative Reform Section",
        "Latest administrative reform news",
        "Six areas of administrative reform",
    ):
        assert english in html, f"{english!r} missing from the English home page"

    left_in_vietnamese = [
        entry.msgid
        for entry in catalogue()
        if not entry.msgid_plural
        and entry.msgid != entry.msgstr
        and any(path in CHROME_TEMPLATES for path, _line in entry.occurrences)
        and entry.msgid in html
    ]
    assert "Bỏ qua, đến nội dung chính" not in html
    assert "Sơ đồ trang" not in html
    assert not left_in_vietnamese, f"Vietnamese chrome on the English page: {left_in_vietnamese}"

    # The Vietnamese page keeps its own strings.
    vietnamese = client.get("/").content.decode()
    assert "Bỏ qua, đến nội dung chính" in vietnamese
    assert "Sơ đồ trang" in vietnamese
