"""The admin screens the column adds, exercised over HTTP as an administrator."""

from django.contrib.auth import get_user_model
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from reform.models import ArticleIndexPage, ArticlePage, Division, ReformArea


class AdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser("quantri-test", "qt@example.org", "mat-khau-dai-123")
        home = Site.objects.get(is_default_site=True).root_page
        cls.news = ArticleIndexPage.objects.get(locale_id=home.locale_id)

    def setUp(self):
        self.client.force_login(self.admin)

    def test_taxonomy_and_settings_screens_load(self):
        for url in [
            "/admin/",
            "/admin/snippets/reform/division/",
            "/admin/snippets/reform/reformarea/",
            "/admin/snippets/reform/issuingbody/",
            "/admin/snippets/reform/documenttype/",
            f"/admin/pages/add/reform/articlepage/{self.news.pk}/",
            f"/admin/pages/{self.news.pk}/",
        ]:
            self.assertEqual(self.client.get(url).status_code, 200, url)
        settings_url = f"/admin/settings/reform/agencysettings/{Site.objects.get(is_default_site=True).pk}/"
        self.assertEqual(self.client.get(settings_url).status_code, 200)

    def test_editor_offers_only_default_language_taxonomy(self):
        html = self.client.get(f"/admin/pages/add/reform/articlepage/{self.news.pk}/").content.decode()
        for wanted in ["Cải cách thể chế", "Thanh tra Sở"]:
            self.assertTrue(wanted in html, wanted)
        for unwanted in ["Institutional reform", "Inspectorate"]:
            self.assertFalse(unwanted in html, unwanted)

    def test_creating_an_article_in_the_admin_folds_a_vietnamese_slug(self):
        division = Division.objects.get(slug="quan-ly-ngan-sach", locale__language_code="vi")
        area = ReformArea.objects.get(number=5, locale__language_code="vi")
        data = nested_form_data(
            {
                "title": "Bình Định công khai ngân sách",
                "slug": "Bình Định công khai ngân sách",
                "lead": "Sapo",
                "body": streamfield([]),
                "date": "2023-06-01",
                "division": division.pk,
                "tags": "",
            }
        )
        data["reform_areas"] = [area.pk]
        self.assertCanCreate(self.news, ArticlePage, data)
        article = ArticlePage.objects.get(title="Bình Định công khai ngân sách")
        self.assertEqual(article.slug, "binh-dinh-cong-khai-ngan-sach")
        self.assertEqual(list(article.reform_areas.all()), [area])
