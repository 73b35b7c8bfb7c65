"""The admin screens the editorial flow uses read in Vietnamese.

Wagtail ships about 15% of its Vietnamese admin catalogue; locale_wagtail/ completes it.
This fails when a string used on those screens (for example after a Wagtail upgrade)
has no Vietnamese translation.
"""

import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.conf import settings
from django.utils import translation

from tests.workflow_helpers import draft_article

WAGTAIL = Path(wagtail.__file__).parent
LOCALIZE = Path(wagtail_localize.__file__).parent

# The screens civil servants touch: login, dashboard, explorer, editor and its action menu,
# workflow panels and comments, history, workflow reports, account, image and document choosers.
SCREENS = re.compile(
    r"^(templates/(wagtailadmin/(login|home|dashboard|pages|shared|panels|workflows|reports/(workflow|base)|account|"
    r"bulk_actions|page_privacy|chooser|generic|widgets|skeleton|admin_base|base)|"
    r"wagtailimages/(chooser|widgets|images/_file_field)|wagtaildocs/(chooser|widgets))|"
    r"views/(pages|account|home|workflows|reports/workflows|chooser|generic)|"
    r"action_menu|ui/(side_panels|components)|forms/(pages|workflows|account)|panels|utils|mail|"
    r"models/(workflows|pages|revisions|locking|__init__))"
)


def catalogues():
    for app_dir in [WAGTAIL / "admin", WAGTAIL, WAGTAIL / "images", WAGTAIL / "documents", LOCALIZE]:
        for domain in ("django", "djangojs"):
            path = app_dir / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                yield domain, polib.pofile(str(path))


def vietnamese_msgids(domain):
    known = set()
    for folder in settings.LOCALE_PATHS:
        path = Path(folder) / "vi" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            known |= {e.msgid for e in polib.pofile(str(path)) if e.translated() and "fuzzy" not in e.flags}
    return known


def test_every_string_on_the_editorial_screens_has_a_vietnamese_translation():
    missing = []
    checked = 0
    for domain, catalogue in catalogues():
        translated = vietnamese_msgids(domain)
        for entry in catalogue:
            used_on_screens = catalogue.fpath.startswith(str(LOCALIZE)) or any(
                SCREENS.search(path) for path, _line in entry.occurrences
            )
            if not entry.msgid or not used_on_screens:
                continue
            checked += 1
            if entry.msgid not in translated:
                missing.append(f"{entry.occurrences[0][0]}: {entry.msgid!r}")
    assert checked > 500, checked
    assert not missing, f"{len(missing)} strings without Vietnamese:\n" + "\n".join(missing[:50])


def test_known_bad_wagtail_translations_are_corrected():
    with translation.override("vi"):
        assert translation.gettext("%(label)s and Publish") % {"label": "Phê duyệt"} == "Phê duyệt và xuất bản"
        assert translation.gettext("Approve") == "Phê duyệt"
        assert translation.gettext("Save draft") == "Lưu nháp"


@pytest.mark.django_db
def test_the_editor_and_dashboard_render_in_vietnamese(client, people, news):
    article = draft_article(news, people["writer"])
    client.force_login(people["writer"])
    dashboard = client.get("/admin/").content.decode()
    editor = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    for english in ["Save draft", "Submit for moderation", "Dashboard", "Pages", "Images", "Documents"]:
        assert f">{english}<" not in editor and f">{english}<" not in dashboard, english
    assert "Lưu nháp" in editor and "Trình" in editor
    assert "Trang tổng quan" in dashboard
