"""Kinds and levels as TextChoices, with Vietnamese labels through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IssuingLevel(models.TextChoices):
    CENTRAL = "central", _("Trung ương")
    PROVINCE = "province", _("Tỉnh")
    DEPARTMENT = "department", _("Sở")


class DocumentFamily(models.TextChoices):
    """Which numbering rule a document type follows (DOMAIN.md)."""

    ADMINISTRATIVE = "administrative", _("Văn bản hành chính")
    LEGAL = "legal", _("Văn bản quy phạm pháp luật")
    PARTY = "party", _("Văn bản của Đảng")


class CalloutKind(models.TextChoices):
    INFO = "info", _("Thông tin")
    NOTE = "note", _("Lưu ý")
    WARNING = "warning", _("Cảnh báo")


class EventAudience(models.TextChoices):
    """Who may see an event: internal sessions are recorded for reports but never shown to the public."""

    PUBLIC = "public", _("Công khai")
    INTERNAL = "internal", _("Nội bộ")


class PressOutletKind(models.TextChoices):
    """Kinds of outlet the communication plan coordinates with (the outlet's own name is data)."""

    RADIO_TV = "radio_tv", _("Đài phát thanh - truyền hình")
    NEWSPAPER = "newspaper", _("Báo")
    OTHER = "other", _("Khác")


class ValidityStatus(models.TextChoices):
    """Tình trạng hiệu lực, as vbpl.vn and provincial portals show it (DOMAIN.md)."""

    IN_FORCE = "in_force", _("Còn hiệu lực")
    PARTLY_EXPIRED = "partly_expired", _("Hết hiệu lực một phần")
    EXPIRED = "expired", _("Hết hiệu lực toàn bộ")
    SUSPENDED = "suspended", _("Ngưng hiệu lực")
    NOT_YET = "not_yet", _("Chưa có hiệu lực")


class RelationKind(models.TextChoices):
    """How one document relates to another, read from the document that holds the relation."""

    BASED_ON = "based_on", _("Căn cứ")
    IMPLEMENTS = "implements", _("Thực hiện")
    GUIDES = "guides", _("Hướng dẫn")
    AMENDS = "amends", _("Sửa đổi")
    SUPPLEMENTS = "supplements", _("Bổ sung")
    REPLACES = "replaces", _("Thay thế")
    REPEALS = "repeals", _("Bãi bỏ")
    REPEALS_IN_PART = "repeals_in_part", _("Bãi bỏ một phần")
    SUSPENDS = "suspends", _("Đình chỉ")
    REFERS = "refers", _("Dẫn chiếu")


class DocumentSort(models.TextChoices):
    NEWEST = "newest", _("Mới ban hành trước")
    OLDEST = "oldest", _("Ban hành sớm trước")
    RELEVANCE = "relevance", _("Phù hợp nhất")


class ActivityCadence(models.TextChoices):
    """How often the plan says an activity happens (the seed: "hàng tháng", "thường xuyên"…)."""

    REGULAR = "regular", _("Thường xuyên")
    MONTHLY = "monthly", _("Hàng tháng")
    QUARTERLY = "quarterly", _("Hàng quý")
    HALF_YEARLY = "half_yearly", _("6 tháng một lần")
    YEARLY = "yearly", _("Hàng năm")
    ONCE = "once", _("Một lần")
    AS_NEEDED = "as_needed", _("Khi có yêu cầu")


class ActivityMeasure(models.TextChoices):
    """What an activity's progress counts: the rule that decides which published content is its output."""

    ARTICLES = "articles", _("Tin, bài đã đăng")
    DOCUMENTS = "documents", _("Văn bản đã đăng tải")
    EVENTS = "events", _("Buổi tọa đàm, sinh hoạt đã tổ chức")
    PRESS = "press", _("Tin, bài trên báo, đài")


class ReformIndexKind(models.TextChoices):
    """The indices the plan asks the column to publish (DOMAIN.md); the seed writes SIPAS as "SEPAS"."""

    PAR_INDEX = "par_index", _("Chỉ số cải cách hành chính (PAR INDEX)")
    SIPAS = "sipas", _("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)")
    PAPI = "papi", _("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)")
    PCI = "pci", _("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")
    ICT = "ict", _("Chỉ số sẵn sàng ứng dụng công nghệ thông tin (ICT Index)")
    DTI = "dti", _("Chỉ số chuyển đổi số (DTI)")
    DEPARTMENT_PAR = "department_par", _("Chỉ số cải cách hành chính cấp sở")


class IndexSubject(models.TextChoices):
    PROVINCE = "province", _("Tỉnh")
    DEPARTMENT = "department", _("Sở")
