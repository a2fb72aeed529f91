"""The term index: one row per distinct word stem of one field of one record, in one language.

A record is found when every word of the query, stemmed the same way, has a row here; the query
is plain SQL (an EXISTS per word), so SQLite and PostgreSQL give the same answers.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models

# A stem longer than this is cut: no Lithuanian or English word stem comes near it.
TERM_MAX_LENGTH = 60


class IndexedTerm(models.Model):
    """A stem (lowercased, diacritics folded) that occurs in a field of a record."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8)
    # How much a match in this field counts when results are ranked (a title more than a summary).
    weight = models.PositiveSmallIntegerField()
    term = models.CharField(max_length=TERM_MAX_LENGTH)

    class Meta:
        indexes = [
            models.Index(
                fields=["content_type", "language", "term", "object_id"], name="textsearch_term"
            ),
        ]
        constraints = [
            # Also the index by which a record's words are looked up (and replaced).
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language", "term"],
                name="textsearch_one_row_per_term",
            )
        ]

    def __str__(self):
        return self.term
