"""Views whose responses vary on a request header, for the page cache's Vary tests."""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

BODY_PADDING = " " * 300  # long enough to be compressed


def language(request):
    # LocaleMiddleware activates the request's language and adds Vary: Accept-Language.
    return HttpResponse(f"<p>kalba={get_language()}</p>{BODY_PADDING}")


def theme(request):
    response = HttpResponse(f"<p>tema={request.COOKIES.get('tema', 'sviesi')}</p>{BODY_PADDING}")
    patch_vary_headers(response, ("Cookie",))
    return response


def everything(request):
    response = HttpResponse(f"<p>viskas</p>{BODY_PADDING}")
    response["Vary"] = "*"
    return response


def form(request):
    return HttpResponse(f'<form><input name="t" value="{get_token(request)}"></form>{BODY_PADDING}')


urlpatterns = [
    path("kalba/", language),
    path("tema/", theme),
    path("viskas/", everything),
    path("forma/", form),
]
