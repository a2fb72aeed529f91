"""Keep an agreement's search entry in step with the partners it names.

Wagtail indexes a Partnership when the Partnership itself is saved, but its parties are saved
after it (modelcluster commits child rows last) and a partner can be renamed on its own. Both
would leave the index with yesterday's names, so those saves re-index the agreements involved.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.search import index

from partnerships.models import Partner, Partnership, PartnershipPartner


def reindex_agreement_of_link(instance, raw=False, **kwargs):
    if raw:  # loaddata: `manage.py update_index` indexes everything afterwards
        return
    for partnership in Partnership.objects.filter(pk=instance.partnership_id):
        index.insert_or_update_object(partnership)


def reindex_agreements_of_partner(instance, raw=False, created=False, **kwargs):
    if raw or created:  # a brand-new partner is named by no agreement yet
        return
    for partnership in Partnership.objects.filter(partner_links__partner=instance).distinct():
        index.insert_or_update_object(partnership)


def connect():
    post_save.connect(reindex_agreement_of_link, sender=PartnershipPartner)
    post_delete.connect(reindex_agreement_of_link, sender=PartnershipPartner)
    post_save.connect(reindex_agreements_of_partner, sender=Partner)
