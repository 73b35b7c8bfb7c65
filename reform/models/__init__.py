from .agency import AgencySettings
from .articles import ArticlePage, ArticlePageTag
from .column import ArticleIndexPage, ReformColumnPage
from .documents import DocumentAttachment, DocumentLibraryPage, DocumentRelation, OfficialDocumentPage
from .events import EventCalendarState, EventIndexPage, EventKind, EventPage, EventPhoto, EventPressCoverage
from .indices import IndexComponent, IndexResult, IndicesPage
from .media import ReformDocument, ReformImage, ReformRendition
from .plans import PlanActivity, PlanPage
from .reports import PeriodicReport, ReportApprovalTask
from .siteindex import PageCitation, SiteSearchEntry
from .taxonomy import Division, DocumentType, IssuingBody, ReformArea
from .workflow import DivisionHeadApprovalTask, OfficeApprovalTask

__all__ = [
    "AgencySettings",
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageTag",
    "Division",
    "DivisionHeadApprovalTask",
    "DocumentAttachment",
    "DocumentLibraryPage",
    "DocumentRelation",
    "DocumentType",
    "EventCalendarState",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventPhoto",
    "EventPressCoverage",
    "IndexComponent",
    "IndexResult",
    "IndicesPage",
    "IssuingBody",
    "OfficeApprovalTask",
    "OfficialDocumentPage",
    "PageCitation",
    "PeriodicReport",
    "PlanActivity",
    "PlanPage",
    "ReformArea",
    "ReformColumnPage",
    "ReformDocument",
    "ReformImage",
    "ReformRendition",
    "ReportApprovalTask",
    "SiteSearchEntry",
]
