"""Anonymous page cache with site-wide invalidation, Cache-Control headers and CDN purges (docs/caching.md).

store.py keeps the pages and the site generation, middleware.py serves and fills the cache,
invalidation.py bumps the generation when public content changes, purge.py tells a CDN.
"""
