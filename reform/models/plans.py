"""The yearly communication plan (kế hoạch truyền thông CCHC) as a page, with its activities.

An activity's rule (measure + optional filters) says which published content counts toward its
yearly target; reform.plans.progress does the counting for the Office and the public page.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from ..blocks import ArticleBodyBlock
from ..enums import ActivityCadence, ActivityMeasure, IssuingLevel
from ..plans.forms import PlanPageForm
from .base import SitePage


class PlanPage(SitePage):
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.CharField(_("số ký hiệu"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    basis = models.CharField(
        _("căn cứ"),
        max_length=500,
        blank=True,
        help_text=_("Văn bản mà kế hoạch thực hiện, ví dụ Quyết định số 828/QĐ-UBND."),
    )
    basis_document = models.ForeignKey(
        "reform.OfficialDocumentPage",
        verbose_name=_("văn bản căn cứ trong thư viện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signer = models.CharField(_("người ký"), max_length=255, blank=True)
    signer_title = models.CharField(_("chức danh người ký"), max_length=255, blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("nội dung kế hoạch"), blank=True)
    show_progress = models.BooleanField(
        _("công khai tiến độ"),
        default=False,
        help_text=_("Hiện bảng tiến độ thực hiện các hoạt động trên trang kế hoạch công khai."),
    )

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("number"),
                FieldPanel("issued_on"),
                FieldPanel("basis"),
                FieldPanel("basis_document"),
                FieldPanel("signer"),
                FieldPanel("signer_title"),
            ],
            heading=_("Thông tin văn bản"),
        ),
        FieldPanel("body"),
        FieldPanel("recipients"),
        InlinePanel("activities", heading=_("Hoạt động của kế hoạch"), label=_("hoạt động")),
        FieldPanel("show_progress"),
    ]
    base_form_class = PlanPageForm
    parent_page_types = ["reform.ReformColumnPage"]
    subpage_types = []
    template = "reform/plan_page.html"

    class Meta:
        verbose_name = _("kế hoạch truyền thông")
        verbose_name_plural = _("kế hoạch truyền thông")

    def get_context(self, request, *args, **kwargs):
        from ..plans.views import public_context

        context = super().get_context(request, *args, **kwargs)
        context.update(public_context(request, self))
        return context


class PlanActivity(Orderable, ClusterableModel):
    """One line of the plan's "Hình thức": who does what, how often, and what counts toward it.

    Clusterable so that cooperating_divisions (a ParentalManyToManyField) travels in the page's
    revisions: on a plain Orderable it is left out of the revision and lost on publish.
    """

    plan = ParentalKey(PlanPage, on_delete=models.CASCADE, related_name="activities")
    name = models.CharField(_("tên hoạt động"), max_length=500)
    form = models.CharField(
        _("hình thức"), max_length=255, blank=True, help_text=_("Ví dụ: tuyên truyền miệng, đăng tin bài, tọa đàm.")
    )
    lead_division = models.ForeignKey(
        "reform.Division",
        verbose_name=_("phòng chủ trì"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cooperating_divisions = ParentalManyToManyField(
        "reform.Division", verbose_name=_("phòng phối hợp"), blank=True, related_name="+"
    )
    cadence = models.CharField(
        _("tần suất"), max_length=20, choices=ActivityCadence.choices, default=ActivityCadence.REGULAR
    )
    target = models.PositiveIntegerField(
        _("chỉ tiêu năm"),
        null=True,
        blank=True,
        help_text=_("Số lượng cần đạt trong năm; để trống nếu kế hoạch không giao chỉ tiêu bằng số."),
    )
    measure = models.CharField(_("tính theo"), max_length=20, choices=ActivityMeasure.choices)
    area = models.ForeignKey(
        "reform.ReformArea",
        verbose_name=_("chỉ tính lĩnh vực"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    division = models.ForeignKey(
        "reform.Division",
        verbose_name=_("chỉ tính tin bài, sự kiện của phòng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event_kind = models.ForeignKey(
        "reform.EventKind",
        verbose_name=_("chỉ tính loại sự kiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document_level = models.CharField(
        _("chỉ tính văn bản cấp"), max_length=20, choices=IssuingLevel.choices, blank=True
    )
    document_type = models.ForeignKey(
        "reform.DocumentType",
        verbose_name=_("chỉ tính loại văn bản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("ghi chú"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("form"), FieldPanel("cadence"), FieldPanel("target")]),
        FieldRowPanel(
            [
                FieldPanel("lead_division", widget=forms.Select),
                FieldPanel("cooperating_divisions", widget=forms.CheckboxSelectMultiple),
            ],
        ),
        MultiFieldPanel(
            [
                FieldPanel("measure"),
                FieldRowPanel([FieldPanel("area"), FieldPanel("division", widget=forms.Select)]),
                FieldRowPanel([FieldPanel("event_kind"), FieldPanel("document_level"), FieldPanel("document_type")]),
            ],
            heading=_("Cách tính kết quả"),
        ),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("hoạt động của kế hoạch")
        verbose_name_plural = _("hoạt động của kế hoạch")

    def __str__(self):
        return self.name

    # Filters that make sense for each measure; anything else set on the rule is an editor's mistake.
    ALLOWED_FILTERS = {
        ActivityMeasure.ARTICLES: {"area", "division"},
        ActivityMeasure.DOCUMENTS: {"area", "document_level", "document_type"},
        ActivityMeasure.EVENTS: {"area", "division", "event_kind"},
        ActivityMeasure.PRESS: {"area", "division", "event_kind"},
    }

    def clean(self):
        super().clean()
        if self.measure not in ActivityMeasure.values:
            return  # the field's own validation reports it
        allowed = self.ALLOWED_FILTERS.get(self.measure, set())
        set_filters = {
            "area": self.area_id,
            "division": self.division_id,
            "event_kind": self.event_kind_id,
            "document_level": self.document_level,
            "document_type": self.document_type_id,
        }
        errors = {
            name: _("Điều kiện này không áp dụng khi tính theo “%(measure)s”.")
            % {"measure": ActivityMeasure(self.measure).label}
            for name, value in set_filters.items()
            if value and name not in allowed
        }
        if errors:
            raise ValidationError(errors)
