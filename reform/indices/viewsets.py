"""The admin of index results: a snippet listing with filters, the model's edit form, CSV import."""

import django_filters
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusFlagColumn
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from ..charts import format_value
from ..enums import IndexSubject, ReformIndexKind
from ..models.indices import IndexResult
from ..workflow import roles
from .admin_views import ImportView


def year_choices():
    years = IndexResult.objects.order_by("-year").values_list("year", flat=True).distinct()
    return [(year, str(year)) for year in years]


class IndexResultFilterSet(WagtailFilterSet):
    index = django_filters.ChoiceFilter(label=_("Chỉ số"), choices=ReformIndexKind.choices, empty_label=_("Tất cả"))
    year = django_filters.ChoiceFilter(label=_("Năm đánh giá"), choices=year_choices, empty_label=_("Tất cả"))
    subject = django_filters.ChoiceFilter(
        label=_("Đối tượng đánh giá"), choices=IndexSubject.choices, empty_label=_("Tất cả")
    )
    is_sample = django_filters.BooleanFilter(label=_("Dữ liệu mẫu"))

    class Meta:
        model = IndexResult
        fields = ["index", "year", "subject", "is_sample"]


class IndexResultIndexView(IndexView):
    import_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if roles.is_office(self.request.user):
            buttons.append(HeaderButton(_("Nhập từ tệp CSV"), url=reverse(self.import_url_name), icon_name="upload"))
        return buttons


def _score(result):
    return f"{format_value(result.score, '', 4)}/{format_value(result.maximum, '', 4)}"


def _rank(result):
    return f"{result.rank}/{result.rank_of}" if result.rank else ""


class IndexResultViewSet(SnippetViewSet):
    model = IndexResult
    icon = "table"
    menu_label = _("Chỉ số CCHC")
    menu_name = "reform-indices"
    add_to_admin_menu = True
    menu_order = 280
    url_prefix = "chi-so-cchc"
    index_view_class = IndexResultIndexView
    filterset_class = IndexResultFilterSet
    search_fields = ["subject_name", "source_note", "grade"]
    search_backend_name = None  # a few hundred rows at most: the database filter is enough
    ordering = ["index", "-year", "subject"]
    list_per_page = 50
    list_display = [
        "index",
        "year",
        "subject",
        "subject_name",
        Column("score", label=_("Điểm/tối đa"), accessor=_score, sort_key="score"),
        Column("rank", label=_("Xếp hạng"), accessor=_rank, sort_key="rank"),
        StatusFlagColumn(
            "is_sample", label=_("Loại số liệu"), true_label=_("Dữ liệu mẫu"), false_label=_("Số liệu công bố")
        ),
    ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import_csv"), **kwargs)

    @property
    def import_view(self):
        return ImportView.as_view(viewset=self)

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("nhap-csv/", self.import_view, name="import_csv")]
