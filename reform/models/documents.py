"""The document library (văn bản): official documents by number, type, issuing body, date and validity.

What a document entry shows follows the law on government portals (NĐ 42/2022) and vbpl.vn:
số ký hiệu, loại văn bản, cơ quan ban hành and its level, ngày ban hành, ngày có hiệu lực,
trích yếu, người ký, lĩnh vực, tình trạng hiệu lực, the file, and relations to other documents.
Numbers go through reform/numbering.py; validity rules live in reform/documents/validity.py.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, pre_delete
from django.dispatch import receiver
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import numbering
from ..enums import DocumentFamily, RelationKind, ValidityStatus
from ..forms import ReformPageForm
from ..text import fold, slugify_vi
from .base import SitePage


class DocumentLibraryPage(RoutablePageMixin, SitePage):
    """/cai-cach-hanh-chinh/van-ban/: the library; lists, filters and searches the documents below it."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["reform.ReformColumnPage"]
    subpage_types = ["reform.OfficialDocumentPage"]
    max_count_per_parent = 1
    template = "reform/documents/library_page.html"

    class Meta:
        verbose_name = _("thư viện văn bản")
        verbose_name_plural = _("thư viện văn bản")

    @path("")
    def index(self, request):
        from ..documents.listing import library_context

        return self.render(request, context_overrides=library_context(request, self))

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from ..documents.feeds import DocumentFeed

        return DocumentFeed()(request, library=self)

    @re_path(r"^so/(?P<number>[^?#]{1,100})/$", name="by-number")
    def by_number(self, request, number):
        """/van-ban/so/828/QĐ-UBND/ (any loose spelling): the entry with that number, or 404."""
        from ..documents.listing import documents_in

        parsed = numbering.try_parse(number)
        if parsed is None:
            raise Http404(_("Số ký hiệu không hợp lệ."))
        document = documents_in(self).filter(number_key=parsed.key).order_by("-issued_on", "-pk").first()
        if document is None:
            raise Http404(_("Chưa có văn bản này trong thư viện."))
        return redirect(document.get_url(request))


class OfficialDocumentForm(ReformPageForm):
    """The editor's form: the page title and slug fill themselves from the type and number."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "title" in self.fields:
            self.fields["title"].required = False
            self.fields["title"].label = _("Tên văn bản")
            self.fields["title"].help_text = _(
                "Để trống để tự điền từ loại văn bản và số ký hiệu, ví dụ “Quyết định 828/QĐ-UBND”."
            )
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self):
        data = self.cleaned_data
        number = numbering.try_parse(data.get("number") or "")
        if number is not None:
            if not data.get("title") and data.get("document_type"):
                data["title"] = OfficialDocumentPage.compose_title(data["document_type"], number)
                self.instance.title = data["title"]
            if not data.get("slug") and self.parent_page is not None:
                data["slug"] = OfficialDocumentPage.available_slug(
                    self.parent_page, number, data.get("issued_on"), self.instance
                )
        if not data.get("title"):
            self.add_error("title", _("Nhập tên văn bản, hoặc chọn loại văn bản và nhập số ký hiệu."))
        if not data.get("slug") and "slug" in self.fields:
            data["slug"] = slugify_vi(data.get("title") or "")
        return super().clean()


class OfficialDocumentPage(SitePage):
    """One official document: its metadata, its file(s) and how it relates to other documents."""

    number = models.CharField(
        _("số ký hiệu"),
        max_length=numbering.MAX_LENGTH,
        help_text=_(
            "Ví dụ 828/QĐ-UBND, 15/UBND-VP, 30/2020/NĐ-CP, 27-NQ/TW. Gõ “qd” cho “QĐ”, chữ thường hay có "
            "khoảng trắng đều được: hệ thống tự chuẩn hóa."
        ),
    )
    number_key = models.CharField(max_length=100, editable=False, db_index=True, blank=True)
    excerpt = models.TextField(
        _("trích yếu"), help_text=_("Trích yếu nội dung như trên văn bản, ví dụ “Về việc ban hành Kế hoạch …”.")
    )
    document_type = models.ForeignKey(
        "reform.DocumentType", verbose_name=_("loại văn bản"), on_delete=models.PROTECT, related_name="+"
    )
    issuing_body = models.ForeignKey(
        "reform.IssuingBody", verbose_name=_("cơ quan ban hành"), on_delete=models.PROTECT, related_name="+"
    )
    issued_on = models.DateField(_("ngày ban hành"), db_index=True)
    issued_year = models.PositiveSmallIntegerField(editable=False, null=True, db_index=True)
    effective_on = models.DateField(
        _("ngày có hiệu lực"), null=True, blank=True, help_text=_("Để trống nếu có hiệu lực từ ngày ban hành.")
    )
    expires_on = models.DateField(
        _("ngày hết hiệu lực"), null=True, blank=True, help_text=_("Ngày văn bản hết hiệu lực toàn bộ, nếu đã biết.")
    )
    validity_override = models.CharField(
        _("tình trạng hiệu lực"),
        max_length=20,
        choices=ValidityStatus.choices,
        blank=True,
        help_text=_(
            "Để trống để hệ thống tự xác định từ ngày có hiệu lực, ngày hết hiệu lực và các văn bản thay thế, "
            "bãi bỏ, sửa đổi văn bản này."
        ),
    )
    signer = models.CharField(_("người ký"), max_length=255, blank=True)
    signer_title = models.CharField(
        _("chức danh người ký"), max_length=255, blank=True, help_text=_("Ví dụ: KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC")
    )
    reform_areas = ParentalManyToManyField("reform.ReformArea", verbose_name=_("lĩnh vực cải cách"), blank=True)
    main_file = models.ForeignKey(
        "reform.ReformDocument",
        verbose_name=_("tệp văn bản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tệp chính (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS). PDF được hiển thị ngay trên trang."),
    )
    source_url = models.URLField(_("nguồn"), max_length=500, blank=True, help_text=_("Địa chỉ văn bản gốc, nếu có."))
    note = models.TextField(_("ghi chú"), blank=True)

    # Derived on save; see reform/documents/validity.py and reform/documents/search.py.
    # The locale while the entry is published, else null: listings and search read this table
    # alone, without joining the page table for `live` and `locale` on every row.
    library_locale = models.ForeignKey(
        "wagtailcore.Locale", null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    area_keys = models.CharField(max_length=400, editable=False, blank=True)
    repealed_on = models.DateField(null=True, editable=False)
    suspended_on = models.DateField(null=True, editable=False)
    amended_on = models.DateField(null=True, editable=False)
    search_text = models.TextField(editable=False, blank=True)
    search_exact = models.TextField(editable=False, blank=True)

    content_panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("document_type", widget=forms.Select), FieldPanel("issuing_body")],
            heading=_("Số ký hiệu, loại văn bản, cơ quan ban hành"),
        ),
        FieldPanel("excerpt"),
        MultiFieldPanel(
            [
                FieldPanel("issued_on"),
                FieldPanel("effective_on"),
                FieldPanel("expires_on"),
                FieldPanel("validity_override"),
            ],
            heading=_("Ngày và hiệu lực"),
        ),
        MultiFieldPanel([FieldPanel("signer"), FieldPanel("signer_title")], heading=_("Người ký")),
        FieldPanel("main_file"),
        InlinePanel("attachments", heading=_("Tệp đính kèm khác"), label=_("tệp đính kèm")),
        InlinePanel("relations", heading=_("Văn bản liên quan"), label=_("văn bản liên quan")),
        FieldPanel("source_url"),
        FieldPanel("note"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [FieldPanel("reform_areas", widget=forms.CheckboxSelectMultiple)], heading=_("Lĩnh vực cải cách")
        ),
        *SitePage.settings_panels,
    ]
    search_fields = [
        *SitePage.search_fields,
        index.SearchField("number"),
        index.SearchField("excerpt"),
        index.FilterField("issued_on"),
    ]
    override_translatable_fields = [
        SynchronizedField("number"),
        SynchronizedField("signer"),
        SynchronizedField("source_url"),
    ]

    base_form_class = OfficialDocumentForm
    parent_page_types = ["reform.DocumentLibraryPage"]
    subpage_types = []
    template = "reform/documents/document_page.html"

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        indexes = [
            # The listing's page of rows, newest (or oldest) first.
            models.Index(fields=["library_locale", "issued_on", "page_ptr"], name="reform_doc_listing_idx"),
            # Everything the listing's counts read, so they come from the index without the rows.
            models.Index(
                fields=[
                    "library_locale",
                    "document_type",
                    "issuing_body",
                    "issued_year",
                    "validity_override",
                    "expires_on",
                    "repealed_on",
                    "suspended_on",
                    "effective_on",
                    "amended_on",
                    "area_keys",
                ],
                name="reform_doc_counts_idx",
            ),
        ]

    # --- derived values --------------------------------------------------------------------------

    @staticmethod
    def compose_title(document_type, number):
        """“Quyết định 828/QĐ-UBND”: the type's name without a qualifier such as “(Đảng)”, then the number."""
        name = re.sub(r"\s*\(.*\)\s*$", "", document_type.name)
        return f"{name} {number}"

    @classmethod
    def available_slug(cls, parent, number, issued_on=None, instance=None):
        """828-qd-ubnd, or with the year when another document under parent has that slug already."""
        base = slugify_vi(str(number))
        candidates = [base]
        if issued_on:
            candidates.append(f"{base}-{issued_on.year}")
        siblings = parent.get_children()
        if instance is not None and instance.pk:
            siblings = siblings.exclude(pk=instance.pk)
        taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
        for candidate in candidates:
            if candidate not in taken:
                return candidate
        suffix = 2
        while f"{candidates[-1]}-{suffix}" in taken:
            suffix += 1
        return f"{candidates[-1]}-{suffix}"

    def parsed_number(self):
        abbreviation = getattr(self.issuing_body, "abbreviation", "") if self.issuing_body_id else ""
        return numbering.try_parse(self.number, extra_agencies=(abbreviation,) if abbreviation else ())

    def _set_core_field_defaults(self):
        number = self.parsed_number() if self.number else None
        if number is not None:
            if not self.title and self.document_type_id:
                self.title = self.compose_title(self.document_type, number)
            parent = getattr(self, "_cached_parent_obj", None) or (self.get_parent() if self.path else None)
            if not self.slug and parent is not None:
                self.slug = self.available_slug(parent, number, self.issued_on, self)
        super()._set_core_field_defaults()

    def _update_derived_fields(self):
        number = self.parsed_number()
        if number is not None:
            self.number = number.canonical
            self.number_key = number.key
        else:
            self.number_key = numbering.number_key(self.number or "")
        self.issued_year = self.issued_on.year if self.issued_on else None
        self.library_locale_id = self.locale_id if self.live else None
        self.area_keys = " ".join(sorted(str(area.translation_key) for area in self.reform_areas.all()))
        from ..documents.search import index_columns

        document_type = self.document_type if self.document_type_id else None
        issuing_body = self.issuing_body if self.issuing_body_id else None
        self.search_text, self.search_exact = index_columns(
            self.number,
            self.title,
            self.excerpt,
            document_type and document_type.name,
            document_type and document_type.abbreviation,
            issuing_body and issuing_body.name,
            issuing_body and issuing_body.abbreviation,
            self.signer,
        )

    # --- validation ------------------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        number = None
        abbreviation = self.issuing_body.abbreviation if self.issuing_body_id else ""
        try:
            number = numbering.parse(self.number, extra_agencies=(abbreviation,) if abbreviation else ())
        except numbering.InvalidNumber as exc:
            errors["number"] = str(exc)
        if number is not None:
            self.number = number.canonical
            self.number_key = number.key
            errors.update(self._number_consistency_errors(number))
        if self.issued_on and self.effective_on and self.effective_on < self.issued_on:
            errors["effective_on"] = _("Ngày có hiệu lực không thể trước ngày ban hành.")
        start = self.effective_on or self.issued_on
        if start and self.expires_on and self.expires_on < start:
            errors["expires_on"] = _("Ngày hết hiệu lực không thể trước ngày có hiệu lực.")
        if errors:
            raise ValidationError(errors)

    def _number_consistency_errors(self, number):
        errors = []
        document_type = self.document_type if self.document_type_id else None
        issuing_body = self.issuing_body if self.issuing_body_id else None
        if document_type is not None:
            is_party = number.form == numbering.FORM_PARTY
            if document_type.family == DocumentFamily.PARTY and not is_party:
                errors.append(
                    _("Văn bản của Đảng ghi số theo mẫu 27-NQ/TW (gạch nối sau số), không phải “%(number)s”.")
                    % {"number": number}
                )
            elif document_type.family != DocumentFamily.PARTY and is_party:
                errors.append(
                    _("Số “%(number)s” theo mẫu văn bản của Đảng, nhưng loại văn bản đã chọn là “%(type)s”.")
                    % {"number": number, "type": document_type.name}
                )
            elif document_type.family == DocumentFamily.LEGAL and number.year is None:
                errors.append(_("Văn bản quy phạm pháp luật ghi năm ban hành trong số ký hiệu, ví dụ 30/2020/NĐ-CP."))
            if fold(number.type) != fold(document_type.abbreviation):
                if document_type.abbreviation:
                    errors.append(
                        _("Loại văn bản “%(type)s” viết tắt là %(abbr)s, nhưng số “%(number)s” ghi “%(given)s”.")
                        % {
                            "type": document_type.name,
                            "abbr": document_type.abbreviation,
                            "number": number,
                            "given": number.type or "—",
                        }
                    )
                else:
                    errors.append(
                        _("“%(type)s” không có tên viết tắt trong số ký hiệu, nhưng số “%(number)s” ghi “%(given)s”.")
                        % {"type": document_type.name, "number": number, "given": number.type}
                    )
        if issuing_body is not None and issuing_body.abbreviation:
            wanted = fold(issuing_body.abbreviation)
            if not any(fold(part).startswith(wanted) for part in number.agency):
                errors.append(
                    _("Cơ quan “%(body)s” ký hiệu là %(abbr)s, nhưng số ký hiệu “%(number)s” không có phần này.")
                    % {"body": issuing_body.name, "abbr": issuing_body.abbreviation, "number": number}
                )
            elif self._number_taken(number, issuing_body):
                errors.append(
                    _("Số ký hiệu %(number)s của %(body)s đã có trong thư viện.")
                    % {"number": number, "body": issuing_body.name}
                )
        elif issuing_body is not None and self._number_taken(number, issuing_body):
            errors.append(
                _("Số ký hiệu %(number)s của %(body)s đã có trong thư viện.")
                % {"number": number, "body": issuing_body.name}
            )
        return {"number": errors} if errors else {}

    def _number_taken(self, number, issuing_body):
        return (
            OfficialDocumentPage.objects.filter(
                number=number.canonical, issuing_body__translation_key=issuing_body.translation_key
            )
            .exclude(translation_key=self.translation_key)
            .exists()
        )

    # --- saving ----------------------------------------------------------------------------------

    def save(self, *args, **kwargs):
        from ..documents.validity import refresh_validity

        full_save = kwargs.get("update_fields") is None
        if not full_save:
            return super().save(*args, **kwargs)
        self._update_derived_fields()
        targets_before = set(self._target_keys()) if self.pk else set()
        result = super().save(*args, **kwargs)
        linked = self._link_relations()
        refresh_validity(targets_before | set(self._target_keys()) | ({self.translation_key} if linked else set()))
        return result

    def _target_keys(self):
        return DocumentRelation.objects.filter(source_id=self.pk, target_page__isnull=False).values_list(
            "target_page__translation_key", flat=True
        )

    def _link_relations(self):
        """Point relations known only by number at library entries: this one's, and others' to this one.

        Returns whether a relation now points at this document.
        """
        pending = list(
            DocumentRelation.objects.filter(source_id=self.pk, target_page__isnull=True)
            .exclude(target_number_key="")
            .values_list("pk", "target_number_key")
        )
        if pending:
            found = {}
            for key, pk in (
                OfficialDocumentPage.objects.filter(number_key__in={key for _pk, key in pending})
                .exclude(translation_key=self.translation_key)
                .order_by("locale_id", "pk")
                .values_list("number_key", "pk")
            ):
                found.setdefault(key, pk)
            for pk, key in pending:
                if key in found:
                    DocumentRelation.objects.filter(pk=pk).update(target_page_id=found[key])
        if not self.number_key:
            return False
        return bool(
            DocumentRelation.objects.filter(target_page__isnull=True, target_number_key=self.number_key)
            .exclude(source__translation_key=self.translation_key)
            .update(target_page=self)
        )

    # --- reading ---------------------------------------------------------------------------------

    @property
    def validity(self):
        from ..documents.validity import status_of

        return status_of(self)

    def get_context(self, request, *args, **kwargs):
        from ..documents.detail import document_context

        context = super().get_context(request, *args, **kwargs)
        context.update(document_context(request, self, context["chrome"]))
        return context


@receiver(pre_delete, sender=OfficialDocumentPage)
def remember_targets(sender, instance, **kwargs):
    instance._targets_before_delete = set(instance._target_keys())


@receiver(post_delete, sender=OfficialDocumentPage)
def refresh_former_targets(sender, instance, **kwargs):
    """A deleted document no longer replaces, repeals or amends anything."""
    from ..documents.validity import refresh_validity

    refresh_validity(getattr(instance, "_targets_before_delete", set()))


class DocumentAttachment(Orderable):
    page = ParentalKey(OfficialDocumentPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "reform.ReformDocument", verbose_name=_("tệp"), on_delete=models.CASCADE, related_name="attachment_rows"
    )
    label = models.CharField(_("tên hiển thị"), max_length=255, blank=True, help_text=_("Ví dụ: Phụ lục I"))

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")


class DocumentRelation(Orderable):
    """“This document [kind] that one”: căn cứ, thực hiện, thay thế… An entry of the library, or a number."""

    source = ParentalKey(OfficialDocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("quan hệ"), max_length=20, choices=RelationKind.choices)
    target_page = models.ForeignKey(
        OfficialDocumentPage,
        verbose_name=_("văn bản trong thư viện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incoming_relations",
    )
    target_number = models.CharField(
        _("số ký hiệu"),
        max_length=numbering.MAX_LENGTH,
        blank=True,
        help_text=_("Cho văn bản chưa có trong thư viện; khi văn bản được đăng, liên kết tự trỏ tới nó."),
    )
    target_number_key = models.CharField(max_length=100, editable=False, blank=True, db_index=True)
    target_title = models.CharField(_("trích yếu"), max_length=500, blank=True)
    note = models.CharField(
        _("ghi chú"), max_length=255, blank=True, help_text=_("Ví dụ: sửa đổi Điều 3, bãi bỏ khoản 2 Điều 5")
    )

    panels = [
        FieldPanel("kind"),
        PageChooserPanel("target_page", "reform.OfficialDocumentPage"),
        FieldPanel("target_number"),
        FieldPanel("target_title"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("văn bản liên quan")
        verbose_name_plural = _("văn bản liên quan")

    def clean(self):
        super().clean()
        if not self.target_page_id and not self.target_number.strip():
            raise ValidationError({"target_number": _("Chọn một văn bản trong thư viện hoặc nhập số ký hiệu.")})
        if self.target_number.strip():
            try:
                self.target_number = numbering.parse(self.target_number).canonical
            except numbering.InvalidNumber as exc:
                raise ValidationError({"target_number": str(exc)}) from exc

    def save(self, *args, **kwargs):
        if self.target_page_id and not self.target_number:
            # Kept so the relation still names the document if the entry is ever deleted.
            self.target_number = self.target_page.number
        number = numbering.try_parse(self.target_number) if self.target_number else None
        self.target_number_key = number.key if number else ""
        if number is not None:
            self.target_number = number.canonical
        super().save(*args, **kwargs)
