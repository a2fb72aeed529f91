"""Each member of staff sees only what they may edit: the superuser everything, the cooperation
administrators the agreements and partners, news editors their own news, moderators all news."""

from tests.dashboard.conftest import dashboard, panel, quick_actions, titles


def test_the_superuser_sees_agreements_news_and_every_quick_action(work, client):
    page = dashboard(client, work.superuser)

    assert set(quick_actions(page)) == {
        "Nauja sutartis",
        "Nauja naujiena",
        "Naujas partneris",
        "Redaktoriaus vadovas",
    }
    recent = titles(panel(page, "vvg-recent-edits"))
    assert "Neskelbta sutartis" in recent
    assert "Kitos redaktorės naujiena" in recent
    assert panel(page, "vvg-incomplete-agreements") is not None


def test_a_news_editor_sees_their_own_news_and_no_agreements(work, client):
    page = dashboard(client, work.editor)

    assert set(quick_actions(page)) == {"Nauja naujiena", "Redaktoriaus vadovas"}
    recent = titles(panel(page, "vvg-recent-edits"))
    assert "Redaktorės naujiena" in recent
    assert "Redaktorės juodraštis" in recent
    assert "Kitos redaktorės naujiena" not in recent
    assert not any("utartis" in title for title in recent)
    assert panel(page, "vvg-incomplete-agreements") is None
    assert "sutart" not in page.find(class_="w-summary").get_text()


def test_a_cooperation_administrator_sees_agreements_and_partners_but_no_news(work, client):
    page = dashboard(client, work.cooperation_admin)

    assert set(quick_actions(page)) == {
        "Nauja sutartis",
        "Naujas partneris",
        "Redaktoriaus vadovas",
    }
    recent = titles(panel(page, "vvg-recent-edits"))
    assert "Neskelbta sutartis" in recent
    assert not any("naujiena" in title.lower() for title in recent)
    assert panel(page, "vvg-incomplete-agreements") is not None
    summary = page.find(class_="w-summary").get_text(" ", strip=True)
    assert "6 sutartys" in summary
    assert "naujien" not in summary


def test_a_moderator_sees_every_news_item_but_adds_none_and_no_agreements(work, client):
    page = dashboard(client, work.moderator)

    assert set(quick_actions(page)) == {"Redaktoriaus vadovas"}
    recent = titles(panel(page, "vvg-recent-edits"))
    assert {"Redaktorės naujiena", "Kitos redaktorės naujiena"} <= set(recent)
    assert not any("utartis" in title for title in recent)
    assert panel(page, "vvg-incomplete-agreements") is None


def test_the_summary_replaces_wagtails_page_and_image_counts(work, client):
    page = dashboard(client, work.superuser)

    summary = page.find(class_="w-summary").get_text(" ", strip=True)
    assert "6 sutartys" in summary
    assert "4 naujienos" in summary
    assert "Pages" not in summary and "Puslapi" not in summary
    assert "Images" not in summary and "paveiksl" not in summary.lower()
