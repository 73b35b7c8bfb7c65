"""Upload a CSV of index results in the admin (Văn phòng Sở and superusers): the importer's rules."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..workflow import roles
from .importer import COLUMNS, MAX_BYTES, Importer, ImportFailed


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp CSV"),
        help_text=gettext_lazy(
            "Mã UTF-8 (Excel: Lưu thành… “CSV UTF-8”), phân cách bằng dấu chấm phẩy hoặc dấu phẩy; "
            "dòng đầu là tên cột. Xem hướng dẫn trong docs/indices.md."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    dry_run = forms.BooleanField(label=gettext_lazy("Chỉ kiểm tra, chưa ghi vào cơ sở dữ liệu"), required=False)

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_BYTES:
            raise forms.ValidationError(_("Tệp quá lớn (tối đa 2 MB)."))
        return uploaded


class ImportView(WagtailAdminTemplateMixin, FormView):
    viewset = None
    form_class = ImportForm
    template_name = "reform/indices/admin_import.html"
    page_title = gettext_lazy("Nhập kết quả chỉ số từ tệp CSV")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not roles.is_office(request.user):
            # A 403 page that says why, not Wagtail's redirect to the dashboard (PermissionDenied).
            self.request = request
            return self.render_to_response(WagtailAdminTemplateMixin.get_context_data(self, denied=True), status=403)
        return super().dispatch(request, *args, **kwargs)

    @property
    def index_url(self):
        return reverse(self.viewset.get_url_name("list"))

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.index_url, "label": self.viewset.menu_label},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = list(COLUMNS)
        context["index_url"] = self.index_url
        return context

    def form_valid(self, form):
        data = form.cleaned_data["file"].read()
        dry_run = form.cleaned_data["dry_run"]
        try:
            result = Importer(data).run(dry_run=dry_run)
        except ImportFailed as failure:
            return self.render_to_response(self.get_context_data(form=form, import_errors=failure.errors))
        counts = {"created": result.created, "updated": result.updated}
        if dry_run:
            message = _("Kiểm tra xong, không có lỗi: sẽ thêm %(created)s và cập nhật %(updated)s kết quả.") % counts
            return self.render_to_response(self.get_context_data(form=self.form_class(), checked=message))
        messages.success(self.request, _("Đã nhập: thêm %(created)s, cập nhật %(updated)s kết quả.") % counts)
        return redirect(self.index_url)
