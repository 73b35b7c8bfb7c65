"""Results of the reform indices (PAR INDEX, SIPAS, PAPI, PCI, ICT/DTI), entered by editors.

The site never invents a value: every result names its source, and demo values without a
published source carry ``is_sample`` so every page that shows them says so.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from ..enums import IndexSubject, ReformIndexKind
from .base import SitePage

YEAR_VALIDATORS = [MinValueValidator(2000), MaxValueValidator(2100)]


class IndexResult(ClusterableModel):
    index = models.CharField(_("chỉ số"), max_length=20, choices=ReformIndexKind.choices, db_index=True)
    year = models.PositiveSmallIntegerField(_("năm đánh giá"), validators=YEAR_VALIDATORS)
    subject = models.CharField(
        _("đối tượng đánh giá"), max_length=20, choices=IndexSubject.choices, default=IndexSubject.PROVINCE
    )
    subject_name = models.CharField(_("tên đối tượng"), max_length=255, help_text=_("Ví dụ: tỉnh Bình Định."))
    score = models.DecimalField(_("điểm, tỷ lệ"), max_digits=10, decimal_places=4, validators=[MinValueValidator(0)])
    maximum = models.DecimalField(
        _("thang điểm tối đa"),
        max_digits=10,
        decimal_places=4,
        validators=[MinValueValidator(0)],
        help_text=_("100 cho chỉ số tính theo %; 80 cho PAPI; 1 cho ICT Index; 1000 cho DTI."),
    )
    rank = models.PositiveSmallIntegerField(_("xếp hạng"), null=True, blank=True)
    rank_of = models.PositiveSmallIntegerField(
        _("trên tổng số"), null=True, blank=True, help_text=_("Ví dụ: 63 tỉnh, thành phố.")
    )
    grade = models.CharField(_("xếp loại"), max_length=100, blank=True, help_text=_("Ví dụ: Tốt, Khá."))
    source_document = models.ForeignKey(
        "reform.OfficialDocumentPage",
        verbose_name=_("văn bản công bố"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_url = models.URLField(_("đường dẫn nguồn"), blank=True)
    source_note = models.CharField(
        _("nguồn"), max_length=500, blank=True, help_text=_("Ví dụ: Quyết định công bố của Bộ Nội vụ.")
    )
    is_sample = models.BooleanField(
        _("dữ liệu mẫu"),
        default=False,
        help_text=_("Đánh dấu khi số liệu không lấy từ nguồn công bố; trang công khai sẽ ghi rõ “số liệu mẫu”."),
    )
    note = models.TextField(_("ghi chú"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("index"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("subject"), FieldPanel("subject_name")]),
        FieldRowPanel([FieldPanel("score"), FieldPanel("maximum")]),
        FieldRowPanel([FieldPanel("rank"), FieldPanel("rank_of"), FieldPanel("grade")]),
        InlinePanel("components", heading=_("Chỉ số thành phần"), label=_("chỉ số thành phần")),
        MultiFieldPanel(
            [
                FieldPanel("source_document"),
                FieldPanel("source_url"),
                FieldPanel("source_note"),
                FieldPanel("is_sample"),
            ],
            heading=_("Nguồn số liệu"),
        ),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["index", "-year", "subject"]
        verbose_name = _("kết quả chỉ số")
        verbose_name_plural = _("kết quả chỉ số")
        constraints = [
            models.UniqueConstraint(fields=["index", "year", "subject"], name="unique_index_result_per_year"),
        ]

    def __str__(self):
        return f"{self.get_index_display()} {self.year} – {self.subject_name}"

    def clean(self):
        super().clean()
        errors = {}
        if self.score is not None and self.maximum is not None and self.score > self.maximum:
            errors["score"] = _("Điểm không được lớn hơn thang điểm tối đa.")
        if self.rank and self.rank_of and self.rank > self.rank_of:
            errors["rank"] = _("Thứ hạng không được lớn hơn tổng số đơn vị được xếp hạng.")
        if self.rank and not self.rank_of:
            errors["rank_of"] = _("Hãy nhập tổng số đơn vị được xếp hạng.")
        if not (self.source_document_id or self.source_url or self.source_note or self.is_sample):
            errors["source_note"] = _("Hãy ghi nguồn số liệu, hoặc đánh dấu là dữ liệu mẫu.")
        if errors:
            raise ValidationError(errors)

    @property
    def percent(self):
        """The score as a share of the maximum, for charts that put different scales side by side."""
        if not self.maximum:
            return None
        return float(self.score) * 100 / float(self.maximum)


class IndexComponent(Orderable):
    result = ParentalKey(IndexResult, on_delete=models.CASCADE, related_name="components")
    name = models.CharField(_("tên chỉ số thành phần"), max_length=255)
    score = models.DecimalField(_("điểm"), max_digits=10, decimal_places=4, validators=[MinValueValidator(0)])
    maximum = models.DecimalField(
        _("điểm tối đa"), max_digits=10, decimal_places=4, null=True, blank=True, validators=[MinValueValidator(0)]
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("score"), FieldPanel("maximum")])]

    class Meta(Orderable.Meta):
        verbose_name = _("chỉ số thành phần")
        verbose_name_plural = _("chỉ số thành phần")

    def clean(self):
        super().clean()
        if self.score is not None and self.maximum is not None and self.score > self.maximum:
            raise ValidationError({"score": _("Điểm không được lớn hơn điểm tối đa.")})


class IndicesPage(SitePage):
    """/cai-cach-hanh-chinh/chi-so/: the latest results and the trend of every index over the years."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["reform.ReformColumnPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "reform/indices/indices_page.html"

    class Meta:
        verbose_name = _("trang chỉ số cải cách hành chính")
        verbose_name_plural = _("trang chỉ số cải cách hành chính")

    def get_context(self, request, *args, **kwargs):
        from ..indices.views import indices_context

        context = super().get_context(request, *args, **kwargs)
        context.update(indices_context(request))
        return context

    def serve(self, request, *args, **kwargs):
        """?format=csv downloads every result in the columns import_indices reads."""
        wanted = request.GET.get("format")
        if wanted is None:
            return super().serve(request, *args, **kwargs)
        if wanted != "csv":
            raise Http404(_("Không có định dạng này."))
        from ..indices.views import indices_csv

        return indices_csv(request)
