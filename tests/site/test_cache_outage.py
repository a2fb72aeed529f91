"""The Redis cache backend degrades to misses while Redis is away: quickly, logged once, retried
after a back-off; /healthz/ reports it. Real Redis behind a TCP proxy the test stops."""

import logging
import socket
import time

import pytest

from tests.site.faults import REDIS_DB, REDIS_PORT, require_service
from tests.site.tcp_proxy import TcpProxy
from vvg_site.sitecache.backends import ResilientRedisCache

RETRY_AFTER = 0.3


@pytest.fixture
def proxy():
    require_service(REDIS_PORT, "Redis")
    proxy = TcpProxy(REDIS_PORT).start()
    yield proxy
    proxy.stop()


def resilient_cache(port):
    return ResilientRedisCache(
        f"redis://127.0.0.1:{port}/{REDIS_DB}",
        {"KEY_PREFIX": f"outage-test-{port}", "OPTIONS": {"RETRY_AFTER": RETRY_AFTER}},
    )


def outage_messages(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "vvg_site.outage"]


def test_an_unreachable_redis_is_a_miss_logged_once_and_recovers(proxy, caplog):
    cache = resilient_cache(proxy.port)
    cache.set("puslapis", "turinys")
    assert cache.get("puslapis") == "turinys"

    proxy.stop()
    with caplog.at_level(logging.WARNING, logger="vvg_site.outage"):
        started = time.monotonic()
        for _ in range(50):
            assert cache.get("puslapis", "nėra") == "nėra"
            cache.set("kitas", "x")
            assert cache.get_many(["puslapis", "kitas"]) == {}
            assert cache.add("naujas", 1) is False
        assert time.monotonic() - started < 1  # 200 calls: the dead server is not retried each time
        assert len(outage_messages(caplog)) == 1
        assert "unavailable" in outage_messages(caplog)[0]
        with pytest.raises(ValueError):
            cache.incr("skaitliukas")

        proxy.start()
        time.sleep(RETRY_AFTER + 0.1)
        assert cache.get("puslapis") == "turinys"  # Redis kept it
    assert outage_messages(caplog)[1:] == [f"{cache.outage.name} available again"]


def test_a_silent_redis_costs_at_most_the_socket_timeout():
    # A server that accepts connections and never answers (a hung Redis, a black-holed network).
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        cache = resilient_cache(silent.getsockname()[1])

        started = time.monotonic()
        assert cache.get("puslapis", "nėra") == "nėra"
        assert cache.get("puslapis", "nėra") == "nėra"  # in the back-off: not asked at all

        assert time.monotonic() - started < 1.5


def test_passwords_in_the_redis_url_stay_out_of_the_log():
    cache = ResilientRedisCache("redis://:slaptas@127.0.0.1:1/3", {})
    assert "slaptas" not in cache.outage.name
    assert cache.outage.name == "Redis cache 127.0.0.1:1/3"


@pytest.mark.django_db
def test_healthz_says_degraded_with_200_while_the_cache_is_down(client, settings, proxy):
    settings.CACHES = {
        "default": {
            "BACKEND": "vvg_site.sitecache.backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{proxy.port}/{REDIS_DB}",
            "OPTIONS": {"RETRY_AFTER": RETRY_AFTER},
        }
    }
    assert client.get("/healthz/").content == b"ok"

    proxy.stop()
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.content == b"degraded: cache unavailable"


@pytest.mark.django_db
def test_pages_render_while_the_cache_is_down(client, settings, proxy, home):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {
        "default": {
            "BACKEND": "vvg_site.sitecache.backends.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{proxy.port}/{REDIS_DB}",
            "KEY_PREFIX": f"outage-pages-{proxy.port}",
        }
    }
    proxy.stop()

    response = client.get(home.url, HTTP_ACCEPT_ENCODING="br")

    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
