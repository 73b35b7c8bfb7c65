"""Seminars and dissemination sessions: tọa đàm, hội nghị, học tập Nghị quyết, giao ban, chi bộ, Đoàn.

Public events are listed, exported to calendars and fed. Internal sessions are recorded for the
Office's reports and never shown to the public: every public query goes through
reform/events/queries.py, and EventPage.serve answers 404 to anyone outside the admin.
"""

import datetime
import hashlib
import json

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.dispatch import receiver
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.signals import page_published
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from ..enums import EventAudience, PressOutletKind
from ..events import recurrence as rec
from ..events.blocks import AgendaBlock, MaterialsBlock
from ..events.forms import EventPageForm
from .base import SitePage
from .taxonomy import TaxonomyBase

RICH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class EventKind(TaxonomyBase):
    """Tọa đàm, hội nghị, học tập Nghị quyết, giao ban… editable, like the other taxonomies."""

    description = models.TextField(_("mô tả"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("loại sự kiện")
        verbose_name_plural = _("loại sự kiện")


register_snippet("reform.events.viewsets.EventKindViewSet")


class EventIndexPage(RoutablePageMixin, SitePage):
    """/cai-cach-hanh-chinh/toa-dam-su-kien/: upcoming and past events, a month view, feeds and calendars."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["reform.ReformColumnPage"]
    subpage_types = ["reform.EventPage"]
    max_count_per_parent = 1
    template = "reform/events/event_index_page.html"

    class Meta:
        verbose_name = _("danh mục tọa đàm, sự kiện")
        verbose_name_plural = _("danh mục tọa đàm, sự kiện")

    def get_context(self, request, *args, **kwargs):
        from ..events.listing import listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(request, self))
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from ..events.feeds import EventFeed

        return EventFeed()(request, index=self)

    @path("loai/<slug:kind_slug>/rss/", name="kind-rss")
    def kind_rss_feed(self, request, kind_slug):
        from ..events.feeds import EventFeed

        return EventFeed()(request, index=self, kind_slug=kind_slug)

    @path("ics/", name="ics")
    def ics_feed(self, request):
        from ..events.ics import index_calendar_response

        return index_calendar_response(request, self)

    @path("loai/<slug:kind_slug>/ics/", name="kind-ics")
    def kind_ics_feed(self, request, kind_slug):
        from ..events.ics import index_calendar_response

        return index_calendar_response(request, self, kind_slug=kind_slug)


def can_view_internal(user):
    """Internal sessions are for the department's own staff: people who can use the admin."""
    return bool(user and user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin")))


class EventPage(RoutablePageMixin, SitePage):
    kind = models.ForeignKey(
        "reform.EventKind", verbose_name=_("loại sự kiện"), on_delete=models.PROTECT, related_name="events"
    )
    start = models.DateTimeField(_("bắt đầu"), db_index=True)
    end = models.DateTimeField(_("kết thúc"))
    all_day = models.BooleanField(
        _("cả ngày"), default=False, help_text=_("Chỉ tính ngày, bỏ qua giờ; ngày kết thúc là ngày cuối cùng.")
    )
    recurrence = models.CharField(
        _("quy tắc lặp lại"),
        max_length=255,
        blank=True,
        help_text=_(
            "Để trống nếu chỉ tổ chức một lần. Viết theo RRULE của chuẩn iCalendar, ví dụ: "
            "FREQ=WEEKLY;BYDAY=MO (sáng thứ Hai hằng tuần), FREQ=MONTHLY;BYDAY=1MO (thứ Hai đầu tiên "
            "hằng tháng), FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20231231 (thứ Sáu cuối tháng, đến hết năm 2023). "
            "Thời gian bắt đầu là buổi đầu tiên."
        ),
    )
    excluded_dates = models.JSONField(_("ngày không tổ chức"), default=list, blank=True)
    # The end of the last occurrence (None: the series never ends), kept so listings filter in SQL.
    series_end = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    location = models.CharField(_("địa điểm"), max_length=255)
    online_url = models.URLField(
        _("liên kết trực tuyến"), max_length=500, blank=True, help_text=_("Khi tổ chức trực tuyến hoặc kết hợp.")
    )
    division = models.ForeignKey(
        "reform.Division",
        verbose_name=_("đơn vị tổ chức"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    chair = models.CharField(_("chủ trì"), max_length=255, blank=True)
    audience = models.CharField(
        _("đối tượng"),
        max_length=20,
        choices=EventAudience.choices,
        default=EventAudience.PUBLIC,
        db_index=True,
        help_text=_("Sự kiện nội bộ không hiển thị với công chúng nhưng vẫn được tính trong báo cáo."),
    )
    expected_participants = models.PositiveIntegerField(_("số người dự kiến"), null=True, blank=True)
    actual_participants = models.PositiveIntegerField(_("số người tham dự thực tế"), null=True, blank=True)
    summary = models.TextField(_("tóm tắt"), help_text=_("Hiển thị trong danh sách, bản tin RSS và lịch."))
    description = RichTextField(_("nội dung chi tiết"), blank=True, features=RICH_FEATURES)
    agenda = StreamField(AgendaBlock(), verbose_name=_("chương trình"), blank=True)
    materials = StreamField(MaterialsBlock(), verbose_name=_("tài liệu"), blank=True)
    reform_areas = ParentalManyToManyField("reform.ReformArea", verbose_name=_("lĩnh vực cải cách"), blank=True)
    outcome = RichTextField(_("kết quả"), blank=True, features=RICH_FEATURES)

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")], heading=_("Thời gian")
        ),
        MultiFieldPanel([FieldPanel("recurrence"), FieldPanel("excluded_dates")], heading=_("Lặp lại định kỳ")),
        MultiFieldPanel([FieldPanel("location"), FieldPanel("online_url")], heading=_("Địa điểm")),
        MultiFieldPanel(
            [
                FieldPanel("kind", widget=forms.Select),
                FieldPanel("audience", widget=forms.RadioSelect),
                FieldPanel("division", widget=forms.Select),
                FieldPanel("chair"),
                FieldPanel("expected_participants"),
                FieldPanel("reform_areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tổ chức"),
        ),
        FieldPanel("description"),
        FieldPanel("agenda"),
        FieldPanel("materials"),
    ]
    outcome_panels = [
        FieldPanel("actual_participants"),
        FieldPanel("outcome"),
        InlinePanel("photos", heading=_("Ảnh"), label=_("Ảnh")),
        InlinePanel("press_coverage", heading=_("Báo chí đưa tin"), label=_("Bài báo")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Nội dung")),
            ObjectList(outcome_panels, heading=_("Sau sự kiện")),
            ObjectList(SitePage.promote_panels, heading=_("Quảng bá")),
            ObjectList(SitePage.settings_panels, heading=_("Cài đặt"), classname="settings"),
        ]
    )

    search_fields = [
        *SitePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("location"),
        index.SearchField("description"),
        index.SearchField("outcome"),
        index.FilterField("start"),
        index.FilterField("audience"),
    ]
    # The rule is an identifier, not words; the English page keeps the Vietnamese one.
    override_translatable_fields = [SynchronizedField("recurrence")]

    base_form_class = EventPageForm
    parent_page_types = ["reform.EventIndexPage"]
    subpage_types = []
    template = "reform/events/event_page.html"

    class Meta:
        verbose_name = _("tọa đàm, sự kiện")
        verbose_name_plural = _("tọa đàm, sự kiện")

    # --- time ------------------------------------------------------------------------------

    @property
    def is_public(self):
        return self.audience == EventAudience.PUBLIC

    @property
    def is_recurring(self):
        return bool(self.recurrence)

    @property
    def span(self):
        """How long one occurrence lasts; an all-day event runs to the midnight after its last day."""
        return (self.end - self.start) + (rec.DAY if self.all_day else rec.ZERO)

    @cached_property
    def rule(self):
        try:
            return rec.parse_rule(self.recurrence)
        except ValidationError:
            return None

    @property
    def excluded_days(self):
        days = set()
        for value in self.excluded_dates or []:
            try:
                days.add(datetime.date.fromisoformat(value))
            except (TypeError, ValueError):
                continue
        return days

    def occurrences(self, lo=None, hi=None, limit=rec.MAX_OCCURRENCES, newest=False):
        """This event's occurrences meeting [lo, hi), oldest first (see reform.events.recurrence.expand)."""
        from ..events.occurrences import Occurrence

        span = self.span
        if self.rule is None:
            end = self.start + span
            if (hi is not None and self.start >= hi) or (lo is not None and end <= lo and self.start < lo):
                return []
            return [Occurrence(self, self.start, end)]
        starts = rec.expand(self.rule, self.start, span, lo, hi, self.excluded_days, limit, newest)
        return [Occurrence(self, start, start + span) for start in starts]

    def _normalize_all_day(self):
        if self.all_day and self.start and self.end:
            zone = rec.local_zone()
            self.start = rec.local_midnight(timezone.localtime(self.start, zone).date())
            self.end = rec.local_midnight(timezone.localtime(self.end, zone).date())

    def compute_series_end(self):
        if not self.start or not self.end:
            return None
        if self.rule is None:
            return self.start + self.span
        try:
            last = rec.last_start(self.rule, self.start)
        except ValidationError:
            return self.start + self.span
        return rec.to_aware(last) + self.span if last is not None else None

    def clean(self):
        super().clean()
        errors = {}
        self._normalize_all_day()
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("Thời gian kết thúc không được trước thời gian bắt đầu.")
        try:
            rule = rec.parse_rule(self.recurrence)
            if rule is not None:
                self.recurrence = rule.text()
                if self.start:
                    rec.validate_for_start(rule, self.start)
        except ValidationError as error:
            errors["recurrence"] = error.messages
        self.__dict__.pop("rule", None)
        if self.excluded_dates and not self.recurrence:
            errors["excluded_dates"] = _("Chỉ ghi ngày không tổ chức khi sự kiện có quy tắc lặp lại.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self._normalize_all_day()
        self.__dict__.pop("rule", None)
        self.series_end = self.compute_series_end()
        return super().save(*args, **kwargs)

    def calendar_fingerprint(self):
        """What a calendar shows of the event; SEQUENCE rises when it changes."""
        data = [
            self.title,
            self.start.astimezone(datetime.UTC).isoformat() if self.start else "",
            self.end.astimezone(datetime.UTC).isoformat() if self.end else "",
            self.all_day,
            self.recurrence,
            sorted(self.excluded_dates or []),
            self.location,
            self.online_url,
            self.summary,
            self.audience,
        ]
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()

    # --- serving ---------------------------------------------------------------------------

    def serve(self, request, view=None, args=None, kwargs=None):
        if not self.is_public and not can_view_internal(request.user):
            raise Http404
        return super().serve(request, view, args, kwargs)

    @path("ics/", name="ics")
    def ics(self, request):
        from ..events.ics import event_calendar_response

        if not self.is_public:
            raise Http404
        return event_calendar_response(request, self)

    def get_context(self, request, *args, **kwargs):
        from ..events.detail import detail_context

        context = super().get_context(request, *args, **kwargs)
        context.update(detail_context(request, self, context))
        return context


class EventPhoto(Orderable):
    page = ParentalKey("reform.EventPage", on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey("reform.ReformImage", verbose_name=_("ảnh"), on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(
        _("mô tả thay thế (alt)"), max_length=255, help_text=_("Mô tả nội dung ảnh cho người dùng trình đọc màn hình.")
    )
    caption = models.CharField(_("chú thích"), max_length=500, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("ảnh sự kiện")
        verbose_name_plural = _("ảnh sự kiện")


class EventPressCoverage(Orderable):
    """An article or broadcast about the event (the plan coordinates with Đài PT-TH and Báo Bình Định)."""

    page = ParentalKey("reform.EventPage", on_delete=models.CASCADE, related_name="press_coverage")
    outlet_kind = models.CharField(
        _("loại cơ quan báo chí"), max_length=20, choices=PressOutletKind.choices, default=PressOutletKind.NEWSPAPER
    )
    outlet = models.CharField(
        _("cơ quan báo chí"), max_length=255, help_text=_("Ví dụ: Đài PT-TH Bình Định, Báo Bình Định.")
    )
    title = models.CharField(_("tiêu đề bài, tin"), max_length=500)
    date = models.DateField(_("ngày đăng, phát"))
    url = models.URLField(_("liên kết"), max_length=500, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("outlet_kind"), FieldPanel("outlet")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("url")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("báo chí đưa tin")
        verbose_name_plural = _("báo chí đưa tin")


class EventCalendarState(models.Model):
    """The SEQUENCE of an event's calendar entry (RFC 5545 §3.8.7.4).

    Kept outside the page so revisions never carry it back to an older value: publishing a
    revision copies every page field from that revision.
    """

    page = models.OneToOneField(
        "reform.EventPage", primary_key=True, on_delete=models.CASCADE, related_name="calendar_state"
    )
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("trạng thái lịch của sự kiện")
        verbose_name_plural = _("trạng thái lịch của sự kiện")

    def __str__(self):
        return f"{self.page_id}: SEQUENCE {self.sequence}"


@receiver(page_published, sender=EventPage)
def bump_calendar_sequence(sender, instance, **kwargs):
    fingerprint = instance.calendar_fingerprint()
    state, created = EventCalendarState.objects.get_or_create(
        page_id=instance.pk, defaults={"fingerprint": fingerprint}
    )
    if not created and state.fingerprint != fingerprint:
        EventCalendarState.objects.filter(pk=state.pk).update(sequence=F("sequence") + 1, fingerprint=fingerprint)
