"""Concurrent editing: no silent overwrite, and one draft per editor session."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import WorkflowState

from reform.models import ArticlePage, Division, ReformArea
from tests.workflow_helpers import draft_article, edit_data

pytestmark = pytest.mark.django_db


def loaded_revision_inputs(client, article):
    html = BeautifulSoup(client.get(f"/admin/pages/{article.pk}/edit/").content, "html.parser")
    return {
        name: html.find("input", attrs={"name": name})["value"]
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def test_a_stale_save_is_refused_not_silently_overwriting(client, people, news):
    article = draft_article(news, people["writer"])
    client.force_login(people["writer"])
    stale = loaded_revision_inputs(client, article)

    client.force_login(people["head"])  # the head saves a newer version meanwhile
    fresh = loaded_revision_inputs(client, article)
    assert (
        client.post(
            f"/admin/pages/{article.pk}/edit/", {**edit_data(article, title="Bản của trưởng phòng"), **fresh}
        ).status_code
        == 302
    )

    client.force_login(people["writer"])
    response = client.post(
        f"/admin/pages/{article.pk}/edit/", {**edit_data(article, title="Bản của biên tập viên"), **stale}, follow=True
    )
    page = ArticlePage.objects.get(pk=article.pk)
    assert page.get_latest_revision_as_object().title == "Bản của trưởng phòng"
    assert "Không lưu được" in response.content.decode()


def test_editing_sessions_are_announced(client, people, news):
    article = draft_article(news, people["writer"])
    client.force_login(people["head"])
    client.get(f"/admin/pages/{article.pk}/edit/")
    client.force_login(people["writer"])
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert "w-session" in html  # Wagtail's concurrent-editing notice is on (pings the server)


def test_submit_racing_the_first_autosave_makes_one_page(client, people, news):
    client.force_login(people["writer"])
    url = f"/admin/pages/add/reform/articlepage/{news.pk}/"
    token = "b3a1c7e2-6d2f-4f53-9a54-1c5a6e7d8f90"
    division = Division.objects.get(slug="quan-ly-ngan-sach", locale__language_code="vi")
    area = ReformArea.objects.get(number=1, locale__language_code="vi")
    article = ArticlePage(title="Chỉ số cải cách hành chính", lead="Sapo", date=datetime.date(2023, 5, 1))
    base = {**edit_data(article, slug="", reform_areas=[area.pk], division=division.pk), "reform_draft_token": token}

    autosave = client.post(url, base, HTTP_ACCEPT="application/json")
    assert autosave.status_code == 200, autosave.content[:1000]
    submitted = client.post(url, {**base, "action-submit": "on"})
    assert submitted.status_code == 302
    pages = ArticlePage.objects.filter(title="Chỉ số cải cách hành chính")
    assert pages.count() == 1
    assert pages.get().slug == "chi-so-cai-cach-hanh-chinh"
    assert WorkflowState.objects.filter(object_id=str(pages.get().pk)).exists()
