"""A saved periodic report: the figures of a period frozen as they were, with the Office's narrative.

The live report screen recomputes its figures on every request; a report the Office sends
upward must not change when an article is published later. So the figures are copied into
``figures`` when the report is created, refreshed only on an explicit request while the report
is still an unapproved draft, and frozen for good once it has been approved (published). They
live on the report row only, never in its revisions, so editing, reverting or publishing the
narrative cannot touch them.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from ..numbering import FORM_ADMINISTRATIVE, InvalidNumber, parse
from ..periods import CUSTOM, PERIOD_CHOICES, Period
from .workflow import ReasonedGroupApprovalTask

DEFAULT_RECIPIENTS = "Sở Nội vụ;\nSở Thông tin và Truyền thông;\nLưu: VT, VP."
DEFAULT_SIGNER_TITLE = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
PARAGRAPH_HELP = _("Văn bản thường, mỗi dòng là một đoạn.")
SNAPSHOT_FIELDS = ("figures", "figures_computed_at")
TITLE_PREFIX = "Báo cáo kết quả thực hiện công tác tuyên truyền CCHC"


def default_title(period):
    return f"{TITLE_PREFIX} {period.label}"


def report_number(value, abbreviation):
    """ "25", "25/bc-stc", "Số: 5/BC-STC" → "25/BC-STC", "05/BC-STC"; ValidationError for another kind of number."""
    text = value.strip()
    if text.isdigit():
        if not abbreviation:
            raise ValidationError({"number": _("Hãy ghi đầy đủ số, ký hiệu, ví dụ 25/BC-STC.")})
        text = f"{text}/BC-{abbreviation}"
    try:
        number = parse(text, extra_agencies=(abbreviation,) if abbreviation else ())
    except InvalidNumber as error:
        raise ValidationError({"number": str(error)}) from error
    expected = f"BC-{abbreviation}" if abbreviation else "BC-…"
    if number.type != "BC" or number.form != FORM_ADMINISTRATIVE or (abbreviation and number.agency != (abbreviation,)):
        raise ValidationError(
            {"number": _("Số, ký hiệu của báo cáo có dạng 25/%(expected)s.") % {"expected": expected}}
        )
    return number.canonical


def default_place(agency=None):
    """The province in the agency's name ("Sở Tài chính tỉnh Bình Định" → "Bình Định"), for the date line."""
    if agency is None:
        from wagtail.models import Site

        from .agency import AgencySettings

        site = Site.objects.filter(is_default_site=True).first()
        agency = AgencySettings.for_site(site) if site else None
    for text in (getattr(agency, "name", ""), getattr(agency, "parent_body", "")):
        match = re.search(r"\b(?:tỉnh|thành phố|TP\.)\s+(.+)$", text or "")
        if match:
            return match.group(1).strip()
    return ""


class PeriodicReport(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    title = models.CharField(_("tiêu đề"), max_length=255)
    period_code = models.CharField(_("kỳ báo cáo"), max_length=10, choices=PERIOD_CHOICES, editable=False)
    year = models.PositiveSmallIntegerField(_("năm"), editable=False)
    first_day = models.DateField(_("từ ngày"), editable=False)
    last_day = models.DateField(_("đến ngày"), editable=False)
    figures = models.JSONField(_("số liệu"), default=dict, editable=False)
    figures_computed_at = models.DateTimeField(_("thời điểm lấy số liệu"), null=True, editable=False)

    number = models.CharField(
        _("số, ký hiệu"), max_length=50, blank=True, help_text=_("Ví dụ: 25/BC-STC, hoặc chỉ số thứ tự: 25.")
    )
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    place = models.CharField(_("địa danh"), max_length=100, blank=True, help_text=_("Ví dụ: Bình Định."))
    results = models.TextField(_("kết quả đạt được"), blank=True, help_text=PARAGRAPH_HELP)
    shortcomings = models.TextField(_("tồn tại, hạn chế"), blank=True, help_text=PARAGRAPH_HELP)
    proposals = models.TextField(_("đề xuất, kiến nghị"), blank=True, help_text=PARAGRAPH_HELP)
    recipients = models.TextField(
        _("nơi nhận"), blank=True, default=DEFAULT_RECIPIENTS, help_text=_("Mỗi nơi nhận một dòng.")
    )
    signer = models.CharField(_("người ký"), max_length=255, blank=True)
    signer_title = models.CharField(
        _("quyền hạn, chức vụ người ký"),
        max_length=255,
        blank=True,
        default=DEFAULT_SIGNER_TITLE,
        help_text=_("Mỗi dòng một phần, ví dụ “KT. GIÁM ĐỐC” rồi “PHÓ GIÁM ĐỐC”."),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người lập"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("ngày lập"), auto_now_add=True)

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("issued_on"), FieldPanel("place")]),
            ],
            heading=_("Số, ngày ban hành"),
        ),
        MultiFieldPanel(
            [FieldPanel("results"), FieldPanel("shortcomings"), FieldPanel("proposals")],
            heading=_("Nội dung đánh giá"),
        ),
        MultiFieldPanel(
            [FieldPanel("recipients"), FieldPanel("signer_title"), FieldPanel("signer")],
            heading=_("Nơi nhận, người ký"),
        ),
    ]

    email_templates = "reform/savedreports/emails"  # workflow e-mail speaks of a report, not an article

    class Meta:
        verbose_name = _("báo cáo định kỳ CCHC")
        verbose_name_plural = _("báo cáo định kỳ CCHC đã lưu")
        ordering = ["-last_day", "-pk"]

    def __str__(self):
        return self.title

    @property
    def period(self):
        return Period(self.period_code, self.year, self.first_day, self.last_day)

    @property
    def period_label(self):
        return self.period.label

    @property
    def is_custom_period(self):
        return self.period_code == CUSTOM

    @property
    def figures_frozen(self):
        """Approved once: the figures are the ones that were signed and stay so."""
        return self.first_published_at is not None or self.live_revision_id is not None

    def set_period(self, period):
        self.period_code, self.year = period.code, period.year
        self.first_day, self.last_day = period.first_day, period.last_day

    def serializable_data(self):
        # The figures belong to the report, not to a revision of its text: keeping them out of
        # revisions means no revert or late publication can bring back other figures, and a
        # yearly snapshot (every item behind every number) is not copied into each revision.
        data = super().serializable_data()
        for name in SNAPSHOT_FIELDS:
            data.pop(name, None)
        return data

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for name in SNAPSHOT_FIELDS:
            setattr(obj, name, getattr(self, name))
        return obj

    @property
    def agency_abbreviation(self):
        return (self.figures.get("agency") or {}).get("abbreviation") or ""

    def clean(self):
        super().clean()
        if self.number.strip():
            self.number = report_number(self.number, self.agency_abbreviation)

    def paragraphs(self, field):
        """A narrative field as paragraphs: one per non-empty line, as the DOCX writes them."""
        return [line.strip() for line in getattr(self, field).splitlines() if line.strip()]

    def narrative(self):
        """The sections in the order of the report, as the exporters take them."""
        return {"results": self.results, "shortcomings": self.shortcomings, "proposals": self.proposals}

    def meta(self):
        """Number, place, date, recipients and signer, as the exporters take them."""
        return {
            # the exporter writes "Số: <sequence>/BC-<agency abbreviation>" itself
            "number": self.number.split("/", 1)[0] if self.number else "",
            "place": self.place,
            "date": self.issued_on,
            "recipients": [line.strip() for line in self.recipients.splitlines() if line.strip()],
            "signer": self.signer,
            "signer_title": self.signer_title,
            "title": self.title,
        }


class ReportApprovalTask(ReasonedGroupApprovalTask):
    """The department's leadership approves a saved report; approval issues it and freezes its figures."""

    class Meta:
        verbose_name = _("bước lãnh đạo Sở duyệt báo cáo")
        verbose_name_plural = _("bước lãnh đạo Sở duyệt báo cáo")

    @classmethod
    def get_description(cls):
        return _("Lãnh đạo Sở duyệt báo cáo định kỳ; phê duyệt ở bước này phát hành báo cáo và khóa số liệu.")
