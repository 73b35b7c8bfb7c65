"""The project's URLs plus /media/ served from the default storage (in memory under test settings).

The browser tests use it so articles show their real images instead of broken ones.
"""

import mimetypes

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.urls import path

from cms.urls import urlpatterns as project_urlpatterns


def media(request, name):
    if not default_storage.exists(name):
        raise Http404(name)
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileResponse(default_storage.open(name), content_type=content_type)


urlpatterns = [path(settings.MEDIA_URL.lstrip("/") + "<path:name>", media), *project_urlpatterns]
