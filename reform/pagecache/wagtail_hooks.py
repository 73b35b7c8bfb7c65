from wagtail import hooks


@hooks.register("before_serve_page", order=-100)
def keep_restricted_pages_private(page, request, serve_args, serve_kwargs):
    """A page under a view restriction is never stored or marked public, whoever was let in.

    Runs before Wagtail's own restriction check, which may answer with a password form instead.
    """
    if page.get_view_restrictions().exists():
        request.page_cache_private = True
