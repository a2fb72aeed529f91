"""Response headers that protect visitors and editors, on every response."""

from django.conf import settings

from csp.middleware import CSPMiddleware


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp with one policy for the public site and a looser one for the Wagtail admin.

    The Wagtail admin writes inline scripts and styles and loads images from blob: URLs
    (previews, cropping), so it gets ADMIN_CONTENT_SECURITY_POLICY's additions; the public site,
    which has no inline scripts at all, keeps the strict CONTENT_SECURITY_POLICY.
    """

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
