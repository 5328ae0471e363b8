#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the monthly KPI files of the "first real project" tests: the same two months of a
# contract-renewal contact centre and web analytics, in the layouts consultants get them.
# Run once in tests/data/tables; the results are committed:
#   python3 make_kpi_fixtures.py          (CSV by hand, XLSX with openpyxl and xlsxwriter)
#   libreoffice --headless --convert-to xlsx --outdir lo kpis-de-wide.xlsx x1904-xlsxwriter.xlsx
#   mv lo/kpis-de-wide.xlsx kpis-de-wide-libreoffice.xlsx
#   mv lo/x1904-xlsxwriter.xlsx x1904-libreoffice.xlsx
# Debian packages: python3-openpyxl, python3-xlsxwriter, libreoffice-calc-nogui.
import datetime

# touchpoint key, English card text, German card text
TOUCHPOINTS = [
    ("reminder-letter", "Reminder letter", "Erinnerungsbrief"),
    ("portal-contract", "Customer portal: contract page", "Kundenportal: Vertragsseite"),
    ("tariff-page", "Tariff page", "Tarifseite"),
    ("comparison-site", "Comparison site", "Vergleichsportal"),
    ("hotline", "Hotline", "Hotline"),
    ("renewal-form", "Renewal form", "Verlängerungsformular"),
    ("shop", "Shop appointment", "Termin im Shop"),
    ("confirmation-email", "Confirmation e-mail", "Bestätigungs-E-Mail"),
    ("router-delivery", "Router delivery", "Routerlieferung"),
    ("setup-app", "Setup help in the app", "Einrichtungshilfe in der App"),
    ("first-bill", "First bill", "Erste Rechnung"),
    ("survey", "Satisfaction survey", "Zufriedenheitsumfrage"),
]
# Per month: touchpoint -> (CSAT 1-5, drop-off %, contacts, waiting minutes); None = not measured.
MONTHS = {
    (2025, 12): {
        "reminder-letter": (3.9, None, 20400, None),
        "portal-contract": (3.8, 15.1, 9500, None),
        "tariff-page": (3.5, 46.0, 14800, None),
        "comparison-site": (3.7, None, 5900, None),
        "hotline": (2.4, None, 8100, 11 + 40 / 60),
        "renewal-form": (3.0, 41.2, 5400, None),
        "shop": (4.4, 2.3, 290, 3.5),
        "confirmation-email": (4.1, None, 5300, None),
        "router-delivery": (3.1, None, 5000, None),
        "setup-app": (3.5, 24.0, 2700, None),
        "first-bill": (3.0, None, 4600, None),
        "survey": (4.0, None, 760, None),
    },
    (2026, 1): {
        "reminder-letter": (3.8, None, 21000, None),
        "portal-contract": (3.9, 14.0, 9800, None),
        "tariff-page": (3.4, 48.2, 15400, None),
        "comparison-site": (3.7, None, 6100, None),
        "hotline": (2.2, None, 8740, 12.5),
        "renewal-form": (3.1, 38.5, 5200, None),
        "shop": (4.5, 1.9, 310, 4.0),
        "confirmation-email": (4.1, None, 5100, None),
        "router-delivery": (3.2, None, 4900, None),
        "setup-app": (3.6, 22.0, 2900, None),
        "first-bill": (2.9, None, 4800, None),
        "survey": (4.0, None, 800, None),
    },
}
DE_MONTHS = {12: "Dezember", 1: "Januar"}
EN_MONTHS = {12: "Dec", 1: "Jan"}


def de_number(v, decimals=1):
    text = f"{v:,.{decimals}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return text


def mmss(minutes):
    seconds = round(minutes * 60)
    return f"{seconds // 60}:{seconds % 60:02d}"


def write(name, lines, encoding="utf-8"):
    with open(name, "w", encoding=encoding, newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# English, wide, one month, plain headers: the table of the report (CSAT, drop-off rate,
# call volume per touchpoint).
lines = ["Touchpoint,CSAT,Drop-off rate,Call volume"]
for key, en, de in TOUCHPOINTS:
    csat, drop, contacts, wait = MONTHS[(2026, 1)][key]
    lines.append(f"{en},{csat},{'' if drop is None else f'{drop}%'},{contacts}")
write("kpis-en-wide.csv", lines)

# English, wide, two months, units in the headers, card texts as targets.
lines = ["Touchpoint,Month,CSAT (1-5),Drop-off rate (%),Contacts,Avg. waiting time (min)"]
for (y, m), values in MONTHS.items():
    for key, en, de in TOUCHPOINTS:
        csat, drop, contacts, wait = values[key]
        lines.append(",".join([
            f'"{en}"' if "," in en else en, f"{y}-{m:02d}", f"{csat}",
            "" if drop is None else f"{drop}", f"{contacts}",
            "" if wait is None else f"{wait:.1f}"]))
write("kpis-en-wide-units.csv", lines)

# English, long, touchpoint keys, no units: percentages and clock times in the cells.
lines = ["touchpoint_key,kpi,period,value"]
for (y, m), values in MONTHS.items():
    for key, en, de in TOUCHPOINTS:
        csat, drop, contacts, wait = values[key]
        period = f"{EN_MONTHS[m]} {y}"
        lines.append(f"{key},Customer satisfaction,{period},{csat}")
        if drop is not None:
            lines.append(f"{key},Exit rate,{period},{drop}%")
        lines.append(f"{key},Contacts,{period},{contacts}")
        if wait is not None:
            lines.append(f"{key},Waiting time,{period},{mmss(wait)}")
write("kpis-en-long.csv", lines)

# German, wide, Excel's CSV (semicolon, decimal comma, thousands dots, Windows-1252), units
# in the headers, card texts as targets.
lines = ["Kontaktpunkt;Monat;Kundenzufriedenheit (CSAT);Abbruchrate (%);Anrufvolumen;"
         "Wartezeit (Min.)"]
for (y, m), values in MONTHS.items():
    for key, en, de in TOUCHPOINTS:
        csat, drop, contacts, wait = values[key]
        lines.append(";".join([
            de, f"{m:02d}.{y}", de_number(csat), "" if drop is None else de_number(drop),
            de_number(contacts, 0), "" if wait is None else de_number(wait)]))
write("kpis-de-wide.csv", lines, encoding="cp1252")

# German, long, touchpoint keys, no units in the header: "48,2 %" and "00:12:30" in cells,
# month names as periods.
lines = ["Touchpoint;Kennzahl;Monat;Wert"]
for (y, m), values in MONTHS.items():
    for key, en, de in TOUCHPOINTS:
        csat, drop, contacts, wait = values[key]
        period = f"{DE_MONTHS[m]} {y}"
        lines.append(f"{key};Zufriedenheit;{period};{de_number(csat)}")
        if drop is not None:
            lines.append(f"{key};Abbruchrate;{period};{de_number(drop)} %")
        lines.append(f"{key};Kontakte;{period};{de_number(contacts, 0)}")
        if wait is not None:
            lines.append(f"{key};Wartezeit;{period};00:{mmss(wait)}")
write("kpis-de-long.csv", lines)

# German, wide, as an Excel workbook: months as dates, the drop-off as a percent-formatted
# share (0.482), numbers as numbers.
from openpyxl import Workbook  # noqa: E402

wb = Workbook()
ws = wb.active
ws.title = "KPIs"
ws.append(["Kontaktpunkt", "Monat", "Kundenzufriedenheit (CSAT)", "Abbruchrate", "Anrufvolumen",
           "Wartezeit (Min.)"])
for (y, m), values in MONTHS.items():
    for key, en, de in TOUCHPOINTS:
        csat, drop, contacts, wait = values[key]
        ws.append([de, datetime.date(y, m, 1), csat, None if drop is None else drop / 100,
                   contacts, None if wait is None else round(wait, 2)])
for row in ws.iter_rows(min_row=2):
    row[1].number_format = "MM.YYYY"
    row[3].number_format = "0.0%"
wb.save("kpis-de-wide.xlsx")

# The 1904 date system, as Excel for Mac and R's writers (libxlsxwriter) write it.
import xlsxwriter  # noqa: E402
from openpyxl.utils.datetime import CALENDAR_MAC_1904  # noqa: E402

book = xlsxwriter.Workbook("x1904-xlsxwriter.xlsx", {"date_1904": True})
sheet = book.add_worksheet("KPIs")
date = book.add_format({"num_format": "yyyy-mm-dd"})
sheet.write_row(0, 0, ["Touchpoint", "Month", "CSAT"])
sheet.write(1, 0, "hotline")
sheet.write_datetime(1, 1, datetime.datetime(2026, 1, 31), date)
sheet.write(1, 2, 2.2)
book.close()
wb = Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "KPIs"
ws.append(["Touchpoint", "Month", "CSAT"])
ws.append(["hotline", datetime.date(2026, 1, 31), 2.2])
ws["B2"].number_format = "yyyy-mm-dd"
wb.save("x1904-openpyxl.xlsx")
