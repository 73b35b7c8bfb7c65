"""Editors record events in the admin: rules checked as they are typed, in Vietnamese."""

from django.contrib.auth import get_user_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from reform.models import EventPage, ReformArea
from tests.event_factories import event_index, make_event, vi_kind
from tests.factories import vi_division


class EventAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser("quantri-su-kien", "qt@example.org", "mat-khau-dai-123")
        cls.index = event_index()

    def setUp(self):
        self.client.force_login(self.admin)

    def form(self, **overrides):
        data = {
            "title": "Sinh hoạt chi bộ hằng tháng",
            "slug": "",
            "summary": "Sinh hoạt chi bộ định kỳ.",
            "start": "06/02/2023 14:00",
            "end": "06/02/2023 16:00",
            "recurrence": "freq=monthly;byday=1mo;until=20231231",
            "excluded_dates": "01/05/2023\n2023-09-04",
            "location": "Phòng họp Sở Tài chính",
            "online_url": "",
            "kind": vi_kind("sinh-hoat-chi-bo").pk,
            "audience": "internal",
            "division": vi_division("van-phong").pk,
            "chair": "Bí thư chi bộ",
            "expected_participants": "30",
            "actual_participants": "",
            "description": rich_text(""),
            "agenda": streamfield([]),
            "materials": streamfield([]),
            "outcome": rich_text(""),
            "photos": inline_formset([]),
            "press_coverage": inline_formset([]),
            "comments": inline_formset([]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_admin_screens_load(self):
        event = make_event(self.index)
        for url in [
            f"/admin/pages/add/reform/eventpage/{self.index.pk}/",
            f"/admin/pages/{event.pk}/edit/",
            f"/admin/pages/{self.index.pk}/",
            "/admin/snippets/reform/eventkind/",
        ]:
            self.assertEqual(self.client.get(url).status_code, 200, url)

    def test_creating_a_recurring_session_normalises_the_rule_and_the_dates(self):
        data = self.form()
        data["reform_areas"] = [ReformArea.objects.get(number=3, locale__language_code="vi").pk]
        self.assertCanCreate(self.index, EventPage, data)
        event = EventPage.objects.get(title="Sinh hoạt chi bộ hằng tháng")
        self.assertEqual(event.slug, "sinh-hoat-chi-bo-hang-thang")
        self.assertEqual(event.recurrence, "FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231")
        self.assertEqual(event.excluded_dates, ["2023-05-01", "2023-09-04"])
        self.assertFalse(event.is_public)
        edit = self.client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
        self.assertIn("01/05/2023\n04/09/2023", edit)  # shown back as typed

    def test_bad_rule_dates_and_times_come_back_with_vietnamese_errors(self):
        url = f"/admin/pages/add/reform/eventpage/{self.index.pk}/"
        cases = [
            ({"recurrence": "FREQ=HOURLY"}, "Cần có FREQ là DAILY, WEEKLY, MONTHLY hoặc YEARLY."),
            ({"recurrence": "FREQ=WEEKLY;BYDAY=TU"}, "Thời gian bắt đầu phải là buổi đầu tiên"),
            ({"excluded_dates": "31/02/2023"}, "không phải là một ngày theo dạng dd/mm/yyyy"),
            ({"end": "06/02/2023 13:00"}, "Thời gian kết thúc không được trước thời gian bắt đầu."),
        ]
        for overrides, message in cases:
            response = self.client.post(url, self.form(**overrides))
            self.assertEqual(response.status_code, 200, overrides)
            self.assertIn(message, response.content.decode(), overrides)
        self.assertFalse(EventPage.objects.filter(title="Sinh hoạt chi bộ hằng tháng").exists())
