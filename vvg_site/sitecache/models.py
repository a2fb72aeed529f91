"""The page cache's generation: one number, bumped whenever public content changes.

Cached pages are stored under the generation current when they were rendered, so bumping it
makes every cached URL (lists, permalinks, partner pages, exports, feeds, sitemap) stale at
once, without knowing which URLs a change touches. It lives in the database, not in the cache,
because the default local-memory cache is private to each gunicorn worker: a bump made by the
worker that served the editor must reach all the others (and every machine sharing the database).
"""

from django.db import connection, models
from django.db.models import F


class CacheGeneration(models.Model):
    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "puslapių podėlio karta"
        verbose_name_plural = "puslapių podėlio kartos"

    def __str__(self):
        return str(self.value)

    @classmethod
    def current(cls):
        value = cls.objects.filter(pk=1).values_list("value", flat=True).first()
        return value or 0

    @classmethod
    def bump(cls):
        if not cls._table_exists():
            return  # migrating: the content is being created before this table
        if not cls.objects.filter(pk=1).update(value=F("value") + 1):
            cls.objects.get_or_create(pk=1, defaults={"value": 1})

    _table_seen = False

    @classmethod
    def _table_exists(cls):
        # Asked once per process: once migrated, the table stays.
        if not cls._table_seen:
            cls._table_seen = cls._meta.db_table in connection.introspection.table_names()
        return cls._table_seen
