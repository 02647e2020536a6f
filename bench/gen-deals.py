#!/usr/bin/env python3
"""Writes N strategic deals (the GET /strategic-deals item shape: the model's fields plus ids
and timestamps) as one JSON array, for bench/rest.sh and `fake-dealix --pages`.
    bench/gen-deals.py N TENANT OUT.json"""
import json
import random
import sys
import uuid

n, tenant, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(13)
statuses = ["discovery", "outreach", "negotiating", "term_sheet", "due_diligence",
            "closed_won", "closed_lost"]
types = ["partnership", "distribution", "franchise", "jv", "referral", "acquisition", "barter"]
channels = ["whatsapp", "linkedin", "email", "in_person"]
profiles = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(200)]
deals = []
for i in range(n):
    day = 1 + i % 28
    created = f"2026-{1 + i % 11:02d}-{day:02d}T09:{i % 60:02d}:00+00:00"
    status = rng.choice(statuses)
    deals.append({
        "id": str(uuid.UUID(int=rng.getrandbits(128))),
        "tenant_id": tenant,
        "initiator_profile_id": rng.choice(profiles),
        "target_profile_id": rng.choice(profiles + [None]),
        "target_company_name": f"Company {i}",
        "target_contact_phone": None,
        "target_contact_email": None,
        "deal_type": rng.choice(types),
        "deal_title": f"Strategic deal {i}",
        "deal_title_ar": f"صفقة استراتيجية {i}",
        "our_offer": None,
        "our_need": None,
        "proposed_terms": {},
        "agreed_terms": None,
        "estimated_value_sar": round(rng.uniform(10000, 5000000), 2),
        "status": status,
        "channel": rng.choice(channels),
        "ai_confidence": round(rng.random(), 2),
        "negotiation_history": [],
        "notes": None,
        "notes_ar": None,
        "closed_at": created if status.startswith("closed") else None,
        "created_at": created,
        "updated_at": created,
    })
with open(out, "w", encoding="utf-8") as f:
    json.dump(deals, f, ensure_ascii=False)
