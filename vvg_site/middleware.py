"""Response headers that protect visitors and editors, and the page tree handed to Wagtail."""

from django.conf import settings

from wagtail.views import serve as wagtail_serve

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy

from vvg_site.core.pagetree import prepare_request


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp with one policy for the public site and a looser one for the Wagtail admin.

    The Wagtail admin writes inline scripts and styles and loads images from blob: URLs
    (previews, cropping), so it gets ADMIN_CONTENT_SECURITY_POLICY's additions; the public site,
    which has no inline scripts at all, keeps the strict CONTENT_SECURITY_POLICY.
    """

    PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")

    def __init__(self, get_response):
        super().__init__(get_response)
        self.fixed_headers = {}

    def process_response(self, request, response):
        # Most responses use the settings' policy unchanged: build each policy string only once.
        if settings.DEBUG or getattr(request, "_csp_nonce", None) is not None:
            return super().process_response(request, response)
        if any(getattr(response, name, None) for name in self.PER_RESPONSE):
            return super().process_response(request, response)
        if HEADER not in response:
            is_admin = request.path_info.startswith(settings.ADMIN_URL_PREFIX)
            if is_admin not in self.fixed_headers:
                self.fixed_headers[is_admin] = build_policy(
                    update=settings.ADMIN_CONTENT_SECURITY_POLICY if is_admin else None
                )
            response[HEADER] = self.fixed_headers[is_admin]
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            parts.update = {**settings.ADMIN_CONTENT_SECURITY_POLICY, **(parts.update or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Switches off browser features the site never uses, so injected code cannot use them."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DISABLED_FEATURES
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PageTreeMiddleware:
    """Hands Wagtail the site, its root paths and the page a path routes to from the content
    generation's page tree (vvg_site.core.pagetree), so serving a page asks the database for
    the page itself and nothing else about the tree. The admin keeps Wagtail's own lookups."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            return None
        if getattr(view_func, "without_page_tree", False):
            return None
        tree = prepare_request(request)
        if view_func is wagtail_serve and view_args:
            request._wagtail_route_for_request = tree.route(request, view_args[0])
        return None
