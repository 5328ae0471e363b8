#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the XLSX fixtures of tst_tablereader (run once; the results are committed):
#   python3 make_fixtures.py          -> kpis-openpyxl.xlsx (written by openpyxl)
#   libreoffice --headless --convert-to xlsx --outdir lo kpis-openpyxl.xlsx
#   mv lo/kpis-openpyxl.xlsx kpis-libreoffice.xlsx   (the same, written by LibreOffice)
import datetime
from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "KPIs Q1"
ws.append(["target", "metric", "value", "period", "segment", "checked", "share"])
ws.append(["renewal-form", "drop-off", 0.38, datetime.date(2026, 3, 31), "existing", True, "=C2*100"])
ws.append(["Tariff page", "csat", 3.1, datetime.date(2026, 3, 31), "new", False, None])
ws.append(["hotline", "dwell time", datetime.time(0, 3, 20), datetime.datetime(2026, 1, 2, 13, 45), "Grüße 😀", None, None])
# A sparse row: only the first and fifth cells.
ws["A5"] = "portal"
ws["E5"] = "all"
# A merged cell keeps its value in the first cell.
ws["A7"] = "merged"
ws.merge_cells("A7:C7")
ws["G2"].number_format = "0.00"
ws["C2"].number_format = "0.0%"
second = wb.create_sheet("Wide")
second.append(["step", "conversion", "csat"])
second.append(["compare", 0.42, 3.9])
wb.save("kpis-openpyxl.xlsx")
