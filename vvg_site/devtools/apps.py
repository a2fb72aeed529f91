from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Commands for a developer's machine, the tests and the benchmark, never for production:
    `ensure_local_admin` (the login `make run` prints) and `seed_benchmark` (synthetic data).
    Installed by the dev and test settings only."""

    name = "vvg_site.devtools"
    label = "devtools"
