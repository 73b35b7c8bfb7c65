"""The site's URLs plus one trivial view: the ceiling of the stack (middleware, routing, WSGI) without the app.

cms.urls uses i18n_patterns, which Django refuses inside include(), so its list is extended rather
than included; the trivial view comes first so the catch-all page route never sees it.
"""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/trivial/", trivial, name="bench-trivial"), *site_urlpatterns]
