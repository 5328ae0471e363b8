#!/usr/bin/python3
"""Makes the event log, survey responses and contact records that fit the sample project
(`waymark-cli new FILE --template sample`): its touchpoint keys as activities, its stages, a
segment, German decimal-free CSV. Fixed seed: the files are the same on every run.
Usage: make_renewal_data.py  (writes renewal-events.csv, renewal-survey.csv, renewal-contacts.csv)"""
import csv, random, datetime as dt

rnd = random.Random(2026)
stages = [
    ["reminder-letter", "portal-contract"],
    ["tariff-page", "comparison-site", "hotline"],
    ["renewal-form", "shop"],
    ["confirmation-email", "router-delivery", "setup-app"],
    ["first-bill", "survey"],
]
stay = [0.8, 0.65, 0.8, 0.9, 1.0]
start = dt.datetime(2026, 7, 1, tzinfo=dt.timezone.utc)
events, contacts = [], []
for n in range(1, 401):
    case = f"K-{n:04d}"
    segment = rnd.choice(["Family", "Young", "Business"])
    t = start + dt.timedelta(minutes=rnd.randrange(0, 90 * 24 * 60))
    for si, tps in enumerate(stages):
        for tp in rnd.sample(tps, rnd.randint(1, len(tps))):
            for _ in range(1 + (rnd.random() < 0.12)):
                events.append((case, t, tp, segment))
                if tp == "hotline":
                    contacts.append((case, t, "phone", rnd.choice(["price", "price", "contract"]),
                                     rnd.random() < 0.6))
                if tp == "setup-app":
                    contacts.append((case, t, "app", "setup", rnd.random() < 0.8))
                t += dt.timedelta(minutes=int(rnd.lognormvariate(5 + si / 2, 1.1)))
        if rnd.random() > stay[si]:
            break
rnd.shuffle(events)  # logs come in any order
with open("renewal-events.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["customer_id", "timestamp", "touchpoint", "segment"])
    for c, t, tp, s in events:
        w.writerow([c, t.strftime("%Y-%m-%dT%H:%M:%SZ"), tp, s])
with open("renewal-survey.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["touchpoint", "month", "segment", "csat"])
    for i in range(600):
        tp = rnd.choice(["hotline", "renewal-form", "setup-app", "first-bill", "tariff-page"])
        base = {"hotline": 2.6, "renewal-form": 3.6, "setup-app": 3.9, "first-bill": 3.1,
                "tariff-page": 3.4}[tp]
        score = min(5, max(1, round(rnd.gauss(base, 1.0))))
        w.writerow([tp, rnd.choice(["2026-07", "2026-08", "2026-09"]),
                    rnd.choice(["Family", "Young", "Business"]), "" if i % 37 == 0 else score])
with open("renewal-contacts.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["customer", "time", "channel", "reason", "resolved"])
    for c, t, ch, reason, ok in sorted(contacts, key=lambda r: r[1]):
        w.writerow([c, t.strftime("%Y-%m-%d %H:%M:%S"), ch, reason, "yes" if ok else "no"])
