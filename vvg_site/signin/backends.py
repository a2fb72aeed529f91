from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check for sign-ins made through a web request.

    Axes refuses to run without a request; authenticate() calls without one (management
    commands, the test client's login()) are not a browser guessing passwords, so they pass on
    to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
