"""Content at scale for the benchmark: thousands of ArticlePage rows under the news index, in seconds.

`add_child` costs about 20 ms a page (tree locking, a revision, signals, the search index), so
10,000 articles would take minutes. Articles have no children and nothing else points at them,
so the tree rows can be written directly instead: treebeard paths are computed here, Page rows are
bulk-inserted, then the ArticlePage rows, the reform-area links and tags, and finally the news
index's numchild. `Page.find_problems()` and a real request check the result.

Deliberately skipped, because no measured page reads them: revisions, the search indexes that
post_save signals fill, the reference index and audit log entries. Site search and the admin
are not benchmarked.

A database holding other content, or built under other migrations, is emptied and migrated
again rather than cleaned up row by row: that takes seconds, deleting 10,000 pages minutes.

Call `generate(...)` after `django.setup()`; `bench/run.py` does.
"""

import datetime
import hashlib
import random
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Collection, Locale, Page

from reform.bootstrap import setup_site
from reform.demo import content
from reform.demo.images import TITLES, render_illustration
from reform.demo.loader import stream
from reform.maintenance import refresh_planner_statistics
from reform.models import ArticlePage, ArticlePageTag, Division, ReformArea, ReformImage

ROOT = Path(__file__).resolve().parent.parent
META_TABLE = "bench_meta"  # one row: the migrations fingerprint of the last build
PROTECTED_DATABASES = {"test", "postgres", "template0", "template1"}
SEED = 20231
FIRST_DAY = datetime.date(2022, 1, 1)
LAST_DAY = datetime.date(2024, 12, 31)  # three full years, so ?year=2023 sits in the middle
HERO_SHARE = 0.3  # about a third of real articles carry a photo
TWO_AREAS_SHARE = 0.3  # the rest belong to one reform area
IMAGE_COLLECTION = "Ảnh benchmark"


@dataclass
class Article:
    """One article to insert: everything the Page and ArticlePage rows need."""

    number: int
    title: str
    slug: str
    date: datetime.date
    published_at: datetime.datetime
    lead: str
    body: list
    division_id: int
    area_ids: list
    tag_ids: list
    hero_image_id: int | None
    hero_image_alt: str
    author_line: str
    english: dict | None = None
    translation_key: uuid.UUID | None = None


def migrations_fingerprint():
    """A hash of the project's migration files.

    The project is young and its initial migrations get rewritten in place; `migrate` then sees
    nothing to apply and the bench database keeps an outdated schema. A changed fingerprint
    means the database is rebuilt from scratch instead.
    """
    digest = hashlib.sha256()
    for path in sorted(ROOT.glob("*/migrations/*.py")):  # the project's apps; .venv is deeper
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def stored_fingerprint():
    """(has tables, fingerprint stored by the last run or None)."""
    tables = connection.introspection.table_names()
    if META_TABLE not in tables:
        return bool(tables), None
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {META_TABLE} WHERE name = 'migrations'")  # noqa: S608 (constant)
        row = cursor.fetchone()
    return True, row[0] if row else None


def store_fingerprint(value):
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (name varchar(50) PRIMARY KEY, value text NOT NULL)")
        cursor.execute(f"DELETE FROM {META_TABLE} WHERE name = 'migrations'")  # noqa: S608 (constant)
        cursor.execute(f"INSERT INTO {META_TABLE} (name, value) VALUES ('migrations', %s)", [value])  # noqa: S608


def reset_database():
    """An empty bench database: the SQLite file is deleted, PostgreSQL's public schema recreated,
    and bench/media (its images) emptied.

    Only a file inside bench/ is deleted, and the PostgreSQL databases that other tools own
    (the test suite's `test`, the maintenance `postgres`) are never emptied.
    """
    from django.db import connections

    name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        path = Path(name).resolve()
        if path.parent != ROOT / "bench":
            raise RuntimeError(f"Refusing to delete {path}: only a database file inside bench/ is rebuilt.")
        connections.close_all()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    elif connection.vendor == "postgresql":
        if name in PROTECTED_DATABASES:
            raise RuntimeError(f"Refusing to empty the PostgreSQL database {name!r}; point DATABASE_URL at another.")
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
    else:
        raise RuntimeError(f"No way to rebuild a {connection.vendor} database.")
    ContentType.objects.clear_cache()  # ids change with a fresh schema
    media = Path(settings.MEDIA_ROOT).resolve()
    if media.parent == ROOT / "bench" / "media":  # the images of the emptied database, nothing else
        shutil.rmtree(media, ignore_errors=True)


def prepare_database(reset_reason, log):
    """Schema and the page skeleton (home, column, news index, English versions).

    Idempotent, unless reset_reason is given or the migrations changed since the last run:
    then the database is emptied first.
    """
    fingerprint = migrations_fingerprint()
    has_tables, stored = stored_fingerprint()
    if has_tables and stored != fingerprint:
        reset_reason = reset_reason or "the migrations changed since it was built"
    if reset_reason:
        log(f"Resetting the bench database ({reset_reason}); migrating takes about half a minute.")
        reset_database()
    call_command("migrate", "--noinput", verbosity=0)
    store_fingerprint(fingerprint)
    pages = setup_site()
    vi = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    en = Locale.objects.get(language_code="en")
    news = pages["news"]
    return {"vi": vi, "en": en, "news": news, "news_en": news.get_translation(en)}


def count_articles(parent):
    return ArticlePage.objects.child_of(parent).count()


def ensure_images():
    """The six demo illustrations, stored once in the bench media folder."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=IMAGE_COLLECTION).first() or root.add_child(name=IMAGE_COLLECTION)
    images = []
    for key, title in TITLES.items():
        image = ReformImage.objects.filter(title=title, collection=collection).first()
        if image is None:
            image = ReformImage(title=title, collection=collection, credit="Ảnh minh họa tạo tự động")
            image.file = render_illustration(key)
            image.save()
        images.append(image)
    return images


def ensure_tags():
    """The demo articles' keywords as taggit tags, by name."""
    names = sorted({name for item in content.ARTICLES for name in item.get("tags", [])})
    return {name: Tag.objects.get_or_create(name=name)[0].pk for name in names}


def plan_articles(count, english_share, rng, divisions, areas, images, tags):
    """count articles in date order, text borrowed from the demo articles, taxonomy spread at random."""
    english_texts = [item["en"] for item in content.ARTICLES if item.get("en")]
    days = (LAST_DAY - FIRST_DAY).days
    dates = sorted(FIRST_DAY + datetime.timedelta(days=rng.randrange(days + 1)) for _ in range(count))
    english_numbers = set(rng.sample(range(count), round(count * english_share)))
    tz = timezone.get_current_timezone()
    articles = []
    for number, date in enumerate(dates, start=1):
        template = content.ARTICLES[number % len(content.ARTICLES)]
        minutes = rng.randrange(7 * 60, 17 * 60)
        published_at = datetime.datetime.combine(date, datetime.time(minutes // 60, minutes % 60), tzinfo=tz)
        image = rng.choice(images) if rng.random() < HERO_SHARE else None
        articles.append(
            Article(
                number=number,
                title=f"{template['title']} (bài {number})",
                slug=f"{template['slug']}-{number}",
                date=date,
                published_at=published_at,
                lead=template["lead"],
                body=stream(template["body"]),
                division_id=rng.choice(divisions),
                area_ids=rng.sample(areas, 2 if rng.random() < TWO_AREAS_SHARE else 1),
                tag_ids=[tags[name] for name in template.get("tags", [])],
                hero_image_id=image.pk if image else None,
                hero_image_alt=(template.get("image_alt") or image.title) if image else "",
                author_line=template.get("author_line", ""),
                english=english_texts[number % len(english_texts)] if number - 1 in english_numbers else None,
            )
        )
    return articles


def next_step(parent):
    """The treebeard step number of the next child of parent (1 for the first child)."""
    last = parent.get_last_child()
    return Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1


def insert_pages(parent, articles, locale, titles):
    """Bulk-insert the Page rows of articles as children of parent; returns them with their ids."""
    content_type = ContentType.objects.get_for_model(ArticlePage)
    step = next_step(parent)
    pages = []
    for offset, (article, title) in enumerate(zip(articles, titles, strict=True)):
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=article.slug,
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, step + offset),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{article.slug}/",
                locale=locale,
                translation_key=article.translation_key,
                live=True,
                has_unpublished_changes=False,
                first_published_at=article.published_at,
                last_published_at=article.published_at,
                show_in_menus=False,
            )
        )
    Page.objects.bulk_create(pages, batch_size=500)
    Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.child_of(parent).count())
    return pages


def insert_article_rows(pages, articles, texts):
    """The ArticlePage table rows for pages already inserted.

    Django's bulk_create refuses multi-table inheritance, so the child rows go through
    QuerySet._insert (what bulk_create itself uses) with ArticlePage's own columns only.
    """
    rows = []
    for page, article, text in zip(pages, articles, texts, strict=True):
        rows.append(
            ArticlePage(
                page_ptr_id=page.pk,
                date=article.date,
                lead=text["lead"],
                body=text["body"],
                hero_image_id=article.hero_image_id,
                hero_image_alt=article.hero_image_alt,
                hero_image_caption="",
                division_id=article.division_id,
                author_line=article.author_line,
                source="",
            )
        )
    fields = ArticlePage._meta.local_concrete_fields
    batch = max(1, connection.ops.bulk_batch_size(fields, rows))
    for start in range(0, len(rows), batch):
        ArticlePage._base_manager._insert(rows[start : start + batch], fields=fields)


def insert_links(pages, articles):
    """Reform-area links (always to the Vietnamese rows, as the editor does) and tags."""
    Through = ArticlePage.reform_areas.through
    Through.objects.bulk_create(
        [
            Through(articlepage_id=page.pk, reformarea_id=area_id)
            for page, article in zip(pages, articles, strict=True)
            for area_id in article.area_ids
        ],
        batch_size=500,
    )
    ArticlePageTag.objects.bulk_create(
        [
            ArticlePageTag(content_object_id=page.pk, tag_id=tag_id)
            for page, article in zip(pages, articles, strict=True)
            for tag_id in article.tag_ids
        ],
        batch_size=500,
    )


def insert_articles(parent, articles, locale, english=False):
    for article in articles:
        article.translation_key = article.translation_key or uuid.uuid4()
    if english:
        texts = [{"lead": a.english["lead"], "body": stream(a.english["body"])} for a in articles]
        titles = [f"{a.english['title']} (article {a.number})" for a in articles]
    else:
        texts = [{"lead": a.lead, "body": a.body} for a in articles]
        titles = [a.title for a in articles]
    pages = insert_pages(parent, articles, locale, titles)
    insert_article_rows(pages, articles, texts)
    insert_links(pages, articles)
    return pages


def check_tree(news):
    """Treebeard's own consistency check over the whole tree, and one real request per language."""
    problems = Page.find_problems()
    if any(problems):
        names = ("bad characters", "bad step length", "orphans", "wrong depth", "wrong numchild")
        found = {name: ids[:10] for name, ids in zip(names, problems, strict=True) if ids}
        raise RuntimeError(f"Page tree problems after generation: {found}")
    client = Client()
    for page in (
        ArticlePage.objects.child_of(news).live().last(),
        ArticlePage.objects.live().filter(locale__language_code="en").first(),
    ):
        if page is None:
            continue
        response = client.get(page.url)
        if response.status_code != 200:
            raise RuntimeError(f"Generated article {page.url} answered {response.status_code}")


def generate(count, english_share=0.1, rebuild=False, log=print):
    """Make sure the bench database holds exactly count generated articles; returns what was done."""
    started = time.perf_counter()
    skeleton = prepare_database("--rebuild" if rebuild else None, log)
    wanted_en = round(count * english_share)
    have = (count_articles(skeleton["news"]), count_articles(skeleton["news_en"]))
    if have == (count, wanted_en):
        log(f"Reusing {have[0]} articles ({have[1]} in English) already in the bench database.")
        prepared_in = time.perf_counter() - started
        return {"generated": False, "articles": have[0], "english": have[1], "prepare_seconds": round(prepared_in, 1)}
    if any(have):
        # Deleting 10,000 pages through Django's collector (signals, cascades) takes minutes;
        # an empty schema plus migrate takes seconds.
        skeleton = prepare_database(f"it holds {have[0]} articles, not {count}", log)
    prepared_in = time.perf_counter() - started
    started = time.perf_counter()
    news, news_en = skeleton["news"], skeleton["news_en"]

    log(f"Generating {count} articles ({wanted_en} in English).")
    with transaction.atomic():
        rng = random.Random(SEED)
        divisions = list(Division.objects.filter(locale=skeleton["vi"]).values_list("pk", flat=True))
        areas = list(ReformArea.objects.filter(locale=skeleton["vi"]).order_by("number").values_list("pk", flat=True))
        articles = plan_articles(count, english_share, rng, divisions, areas, ensure_images(), ensure_tags())
        insert_articles(news, articles, skeleton["vi"])
        insert_articles(news_en, [a for a in articles if a.english], skeleton["en"], english=True)
    # The application refreshes SQLite's statistics after its own bulk loads (load_demo, imports)
    # and autovacuum does it for PostgreSQL; measure the site as it runs in use.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    else:
        refresh_planner_statistics()
    generated_in = time.perf_counter() - started
    check_tree(news)
    checked_in = time.perf_counter() - started - generated_in
    log(f"Generated in {generated_in:.1f} s; tree and a request per language checked in {checked_in:.1f} s.")
    return {
        "generated": True,
        "articles": count,
        "english": wanted_en,
        "prepare_seconds": round(prepared_in, 1),
        "generate_seconds": round(generated_in, 1),
        "check_seconds": round(checked_in, 1),
    }


def generate_events(count=1000, log=print):
    """Make sure the bench database holds count public events, inserted in bulk.

    One every two and a half days from December 2019: about seven years of a busy department,
    so the subscribable calendar (the last year and what is coming) holds what a real one would.
    """
    from reform.events.bulk import bulk_insert_events
    from reform.models import Division, ReformArea
    from reform.models.events import EventIndexPage, EventKind, EventPage

    index = EventIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if index is None:
        log("No event index in the bench database; events skipped.")
        return 0
    have = EventPage.objects.child_of(index).count()
    if have >= count:
        log(f"Reusing {have} events already in the bench database.")
        return have
    rng = random.Random(SEED + 1)
    kinds = list(EventKind.objects.filter(locale=index.locale))
    divisions = list(Division.objects.filter(locale=index.locale))
    areas = list(ReformArea.objects.filter(locale=index.locale).values_list("pk", flat=True))
    start = timezone.make_aware(datetime.datetime(2019, 12, 2, 8, 0))
    events, area_ids = [], []
    for number in range(have, count):
        begins = start + datetime.timedelta(hours=60 * number + rng.randrange(8))
        events.append(
            EventPage(
                title=f"Tọa đàm cải cách hành chính số {number + 1}",
                slug=f"toa-dam-cai-cach-hanh-chinh-so-{number + 1}",
                kind=rng.choice(kinds),
                start=begins,
                end=begins + datetime.timedelta(hours=2),
                location="Hội trường Sở Tài chính",
                division=rng.choice(divisions),
                summary="Trao đổi về công tác cải cách hành chính của Sở.",
                audience="public",
            )
        )
        area_ids.append(rng.sample(areas, 2))
    bulk_insert_events(index, events, area_ids)
    log(f"Inserted {len(events)} events.")
    return count


def generate_documents(count=20_000, log=print):
    """Make sure the bench database holds count library entries, inserted in bulk, with the site index."""
    from reform.documents.bulk import bulk_insert_documents
    from reform.documents.indexing import rebuild_site_index
    from reform.models.documents import DocumentLibraryPage, OfficialDocumentPage

    library = DocumentLibraryPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if library is None:
        log("No document library in the bench database; documents skipped.")
        return 0
    have = OfficialDocumentPage.objects.child_of(library).count()
    if have >= count:
        log(f"Reusing {have} documents already in the bench database.")
        return have
    bulk_insert_documents(library, count - have, log=log)
    # Articles and documents inserted in bulk bypass save(): the site-wide search index is rebuilt once.
    rebuild_site_index()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    else:
        refresh_planner_statistics()
    log(f"Inserted {count - have} documents.")
    return count
