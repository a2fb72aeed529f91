"""Django's Redis cache, made to degrade: while Redis is unreachable every read is a miss and
every write is dropped, so pages render without the cache instead of failing.

Short connect and read timeouts and no client-side retries keep a dead or silent Redis from
holding a request; after a failure the server is left alone for RETRY_AFTER seconds (one request
then tries again), and the outage and the recovery are logged once each (sitecache.outage).
"""

from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from vvg_site.sitecache.outage import outage

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
DEFAULT_POOL_OPTIONS = {
    "socket_connect_timeout": 0.5,
    "socket_timeout": 0.5,
    # redis-py retries three times with back-off by default: a dead server would cost seconds.
    "retry": Retry(NoBackoff(), 0),
}


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        retry_after = float(options.pop("RETRY_AFTER", 5))
        params = {**params, "OPTIONS": {**DEFAULT_POOL_OPTIONS, **options}}
        super().__init__(server, params)
        self.outage = outage(f"Redis cache {describe(self._servers[0])}", retry_after)

    @property
    def available(self):
        """False during an outage's back-off (for /healthz/)."""
        return not self.outage.down

    def ping(self):
        """Ask Redis itself, unless it failed moments ago; True when it answered."""
        return self._guarded(lambda: bool(self._cache.get_client().ping()), False)

    def _guarded(self, call, fallback):
        if not self.outage.should_try():
            return fallback
        try:
            result = call()
        except UNREACHABLE as error:
            self.outage.failed(error)
            return fallback
        self.outage.succeeded()
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            lambda: super(ResilientRedisCache, self).add(key, value, timeout, version), False
        )

    def get(self, key, default=None, version=None):
        return self._guarded(
            lambda: super(ResilientRedisCache, self).get(key, default, version), default
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guarded(
            lambda: super(ResilientRedisCache, self).set(key, value, timeout, version), None
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            lambda: super(ResilientRedisCache, self).touch(key, timeout, version), False
        )

    def delete(self, key, version=None):
        return self._guarded(lambda: super(ResilientRedisCache, self).delete(key, version), False)

    def get_many(self, keys, version=None):
        return self._guarded(lambda: super(ResilientRedisCache, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._guarded(lambda: super(ResilientRedisCache, self).has_key(key, version), False)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._guarded(
            lambda: super(ResilientRedisCache, self).incr(key, delta, version), missing
        )
        if result is missing:
            raise ValueError(f"Key '{key}' not found (the cache is unavailable).")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        failed = list(data)
        return self._guarded(
            lambda: super(ResilientRedisCache, self).set_many(data, timeout, version), failed
        )

    def delete_many(self, keys, version=None):
        self._guarded(lambda: super(ResilientRedisCache, self).delete_many(keys, version), None)

    def clear(self):
        return self._guarded(lambda: super(ResilientRedisCache, self).clear(), False)


def describe(location):
    """host:port/db, without the password a Redis URL may carry."""
    parts = urlsplit(location)
    return f"{parts.hostname}:{parts.port or 6379}{parts.path}"
