"""Publishing that waits: news an editor submits waits for a moderator (the news workflow), and
news and agreements scheduled for later are published when their time comes."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from pages.models import NewsPage, ProjectPage
from pages.permissions import NEWS_EDITORS, NEWS_MODERATORS, NEWS_WORKFLOW
from partnerships.models import Partnership
from tests import factories
from tests.site.test_permissions import make_user, news_form


def test_news_submitted_for_moderation_waits_for_a_moderator(db, client):
    news_index = factories.make_news_index()
    assert news_index.get_workflow().name == NEWS_WORKFLOW
    editor = make_user("redaktore", NEWS_EDITORS)
    moderator = make_user("moderatorius", NEWS_MODERATORS)
    client.force_login(editor)
    client.post(
        f"/admin/pages/add/pages/newspage/{news_index.pk}/",
        news_form("Moderuojama", "moderuojama", "action-submit"),
    )
    news = NewsPage.objects.get(slug="moderuojama")
    assert not news.live
    task_state = news.current_workflow_task_state
    assert task_state is not None
    task = task_state.task.specific
    assert task.get_actions(news, editor) == []
    assert "approve" in [name for name, *_ in task.get_actions(news, moderator)]

    task.on_action(task_state, moderator, "approve")

    news.refresh_from_db()
    assert news.live


def schedule_an_hour_ahead_then_let_it_pass(obj):
    obj.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = obj.save_revision()
    revision.publish()
    obj.refresh_from_db()
    assert not obj.live
    # The hour passes: move the schedule (and the copy stored in the revision) into the past.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()


def test_publish_scheduled_publishes_news_and_agreements_when_their_time_comes(db):
    news = factories.make_news(title="Suplanuota naujiena", live=False)
    agreement = factories.make_partnership(title="Suplanuota sutartis", live=False)
    schedule_an_hour_ahead_then_let_it_pass(news)
    schedule_an_hour_ahead_then_let_it_pass(agreement)

    call_command("publish_scheduled", verbosity=0)

    assert NewsPage.objects.get(pk=news.pk).live
    assert Partnership.objects.get(pk=agreement.pk).live
    assert not ProjectPage.objects.exists()
