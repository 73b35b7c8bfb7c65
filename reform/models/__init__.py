from .agency import AgencySettings
from .articles import ArticlePage, ArticlePageTag
from .column import ArticleIndexPage, ReformColumnPage
from .media import ReformDocument, ReformImage, ReformRendition
from .plans import PlanPage
from .taxonomy import Division, DocumentType, IssuingBody, ReformArea

__all__ = [
    "AgencySettings",
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageTag",
    "Division",
    "DocumentType",
    "IssuingBody",
    "PlanPage",
    "ReformArea",
    "ReformColumnPage",
    "ReformDocument",
    "ReformImage",
    "ReformRendition",
]
