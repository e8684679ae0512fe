import re
import zlib

from common import *

# Text in {braces} is protected (names, amounts, emails); other words may be OCR-garbled.


def ocrify(text, seed):
    out = []
    parts = re.split(r"(\{[^}]*\})", text)
    k = seed
    for p in parts:
        if p.startswith("{"):
            out.append(p[1:-1])
            continue
        words_ = p.split(" ")
        nw = []
        for w in words_:
            k = (k * 1103515245 + 12345) & 0x7FFFFFFF
            r = k % 100
            if w.isalpha() and "l" in w and r < 35:
                w = w.replace("l", "1", 1)
            elif w.isalpha() and "rn" in w and r < 50:
                w = w.replace("rn", "m", 1)
            elif w.isalpha() and len(w) > 5 and r > 93:
                w = w[:3] + " " + w[3:]
            nw.append(w)
            if r in (7, 19, 44, 71):
                nw.append("")  # double space
        out.append(" ".join(nw))
    return "".join(out)


def wrap(s, width, seed):
    lines, cur = [], ""
    k = seed
    for w in s.split(" "):
        k = (k * 69069 + 1) & 0xFFFFFFFF
        lim = width - (k % 9)
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def doc_lines(f):
    x = f["x"]
    seed = zlib.crc32(x["hdr"].encode())
    L = []
    for blk in x["blocks"]:
        if blk == "":
            L.append("")
            continue
        if blk.startswith("!"):  # verbatim line (table rows etc.)
            L.append(blk[1:])
            continue
        t = ocrify(blk, seed)
        seed += 7
        L.extend(wrap(t, x.get("width", 78), seed))
    return L


def render_pdf(path, f):
    x = f["x"]
    lines = doc_lines(f)
    pdf = new_pdf(margins=20)
    pdf.set_auto_page_break(False)
    per = 52
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    for pi, pl in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_fill_color(248, 246, 240)
        pdf.rect(0, 0, 210, 297, "F")
        with pdf.rotation(x.get("skew", 0.35) * (1 if pi % 2 else -1), 105, 148):
            pdf.set_font("Courier", "", 7.5)
            pdf.set_text_color(90)
            pdf.text(20, 12, lat(f"{x['hdr']}    page {pi} of {len(pages)}"))
            pdf.set_text_color(25)
            pdf.set_font(x.get("font", "Courier"), "", x.get("size", 9))
            y = 22
            for j, ln in enumerate(pl):
                jitter = ((j * 37 + pi * 11) % 5) * 0.18
                pdf.text(20 + jitter, y, lat(ln))
                y += 4.6
            pdf.set_font("Courier", "", 7.5)
            pdf.set_text_color(90)
            pdf.text(20, 287, lat(x["ftr"].format(p=pi, n=len(pages))))
    pdf.output(path)


def render_txt(path, f):
    x = f["x"]
    lines = doc_lines(f)
    per = 56
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for pi, pl in enumerate(pages, 1):
        out.append(f"{x['hdr']}    page {pi} of {len(pages)}")
        out.append("")
        out.extend(pl)
        out.append("")
        out.append(x["ftr"].format(p=pi, n=len(pages)))
        if pi < len(pages):
            out.append("\f")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def render(path, f):
    (render_txt if path.endswith(".txt") else render_pdf)(path, f)


BOIL = [
    "GENERAL TERMS. The Provider will use commercially reasonable efforts to make the Service available 24 hours a day, seven "
    "days a week, except for planned maintenance notified in advance. The Customer is responsible for all activity under its "
    "accounts and for keeping passwords confidential.",
    "DATA. Customer data remains the property of the Customer. The Provider will back up customer data daily and will return "
    "it in a standard format on request within thirty days after the end of the term, after which it may be deleted.",
    "WARRANTY AND LIABILITY. The Service will perform substantially as described in the documentation. Except as stated, no "
    "other warranties apply. Each party's total liability is limited to the fees paid in the twelve months before the claim.",
    "GENERAL. This order is the complete agreement for its subject matter and replaces all prior proposals. It may be signed "
    "in counterparts. Scanned or electronic signatures are valid.",
]


def forms():
    F = []
    # 01 PDF USD
    L = [line("Yield Analytics Platform", 1, "22000.00", "year"),
         line("Field Sensor Subscription", 150, "96.00", "year", disc=5, show_net=True)]
    f = form(customer="Prairie Gold Cooperative", vendor="Bluestem Robotics Software, Inc.", order_no="BR-58812",
             email="office@prairiegoldcoop.example", currency="USD", effective="2026-03-15", start="2026-04-01", end="2029-03-31",
             term=36, auto_renew=False, pay=30, freq="annual", timing="advance", lines=L, tcv_stated=True, late="1.5",
             tags=["ocr-text-layer", "scan-like", "header-footer-every-page", "mid-sentence-breaks", "us-slash-dates", "discount", "late-fee", "party-without-suffix"])
    f["x"] = dict(hdr="SCANNED DOCUMENT  Prairie Gold Coop - AP inbox  img_0412.tif", ftr="Rcvd 03/17/2026  batch 0412  p{p}/{n}",
                  blocks=["!                     SOFTWARE  SUBSCRIPTION  ORDER", "!                        Order No.  BR-58812", "",
                          "This order is placed by {Prairie Gold Cooperative}, an agricultural cooperative located at 1200 Elevator "
                          "Road, Salina, Kansas (the Customer) with {Bluestem Robotics Software, Inc.} , 415 Innovation Drive, "
                          "Lincoln, Nebraska (the Provider) and is effective as of {03/15/2026} .", "",
                          "1. TERM. The subscription term is thirty-six (36) months, from {4/1/2026} to {3/31/2029} . This order "
                          "will not renew automatically; any renewal requires a new signed order.", "",
                          "2. FEES. The Customer will pay the following annual subscription fees:", "",
                          "!   Item                              Qty    List/yr      Disc    Annual",
                          "!   Yield Analytics Platform            1    22,000.00      -    22,000.00",
                          "!   Field Sensor Subscription         150        96.00     5%    13,680.00",
                          "!                                           Annual total:    $35,680.00",
                          "!                                    Total 3-year fees:   $107,040.00", "",
                          "3. BILLING AND PAYMENT. Fees are invoiced annually in advance on each anniversary of the start date and "
                          "are payable net 30 days. Invoices will be emailed to {office@prairiegoldcoop.example} . Late payments "
                          "will be charged interest at {1.5%} per month.", ""] + BOIL + ["",
                          "ACCEPTED:", "!  Prairie Gold Cooperative                 Bluestem Robotics Software, Inc.",
                          "!  By: /s/ Walter Ens                        By: /s/ Carla Dvorak",
                          "!  General Manager   03/15/2026              Sales Director   03/15/2026"])
    f["desc"] = ("PDF whose text layer imitates OCR of a scan: slightly rotated pages, Courier text with jittered positions, "
                 "double spaces, letters 'l' read as '1' and 'rn' as 'm' inside ordinary words (names, numbers and e-mails left "
                 "intact), lines broken mid-sentence, a scanner header and footer on every page. Fees: platform $22,000.00/yr; "
                 "150 sensors x $96.00 less 5% = $13,680.00/yr (shown). Stated total 3-year fees $107,040.00 = 3 x 35,680. Dates "
                 "are US numeric (3/15/2026 etc.). No automatic renewal; late interest 1.5% per month.")
    f["fmt"] = "contract.pdf"
    F.append(f)
    # 02 PDF EUR quarterly arrears, min commitment
    L = [line("Herd Management Licence", 420, "8.50", "month", show_net=True),
         line("Milk Quality Dashboard", 1, "600.00", "month")]
    f = form(customer="Ballyglen Dairy Co-operative Society Limited", vendor="Corrib Cloud Services Limited", order_no="CCS/0331",
             email="accounts@ballyglendairy.example", currency="EUR", effective="2026-02-18", start="2026-03-01", end=None,
             term=24, auto_renew=True, renew=12, notice=60, pay=30, freq="quarterly", timing="arrears", lines=L,
             mincommit=("45000.00", "year"),
             derived={"service_end_date": {"value": "2028-02-29", "rule": "start 2026-03-01 + 24 months - 1 day"}},
             tags=["ocr-text-layer", "scan-like", "header-footer-every-page", "mid-sentence-breaks", "quarterly-arrears", "minimum-commitment", "derived-end-date", "uk-ordinal-dates"])
    f["x"] = dict(hdr="Ballyglen Dairy  -  SCAN  -  Corrib order", ftr="scanned 20/02/2026 09:14  ref CCS/0331  [{p}]", size=9.2,
                  blocks=["!                 CORRIB CLOUD SERVICES LIMITED", "!          Unit 4, Galway Technology Park, Parkmore, Galway",
                          "", "!ORDER FORM  CCS/0331", "",
                          "Customer: {Ballyglen Dairy Co-operative Society Limited} , Ballyglen, Co. Cork", "",
                          "Supplier: {Corrib Cloud Services Limited}", "",
                          "Effective date: {18th February 2026} . Commencement date: {1st March 2026} . The initial term is "
                          "{24 months} from the commencement date and it will then continue for successive twelve month periods "
                          "unless either party serves notice of non-renewal not less than {60 days} before the end of the current "
                          "term.", "",
                          "Charges (all amounts in EUR, exclusive of VAT):", "",
                          "!  - Herd Management Licence : 420 farms x EUR 8.50 per farm per month = EUR 3,570.00 per month",
                          "!  - Milk Quality Dashboard  : EUR 600.00 per month", "",
                          "Charges are invoiced quarterly in arrears, at the end of each quarter of the term, and are payable within "
                          "30 days of the invoice date. Invoices to {accounts@ballyglendairy.example} .", "",
                          "Minimum commitment: the Customer agrees that the charges invoiced in each contract year will not be less "
                          "than {EUR 45,000.00} ; any shortfall will be invoiced with the final invoice of the contract year.", ""]
                  + BOIL + ["", "!Signed for the Customer: /s/ Declan Murphy (Chairman)    18/02/2026",
                            "!Signed for the Supplier: /s/ Siobhan Keane (Director)    18/02/2026"])
    f["desc"] = ("OCR-style scanned PDF (Irish dairy co-operative). Monthly prices (420 farms x EUR 8.50 = EUR 3,570.00 per "
                 "month, shown; dashboard EUR 600.00 per month) invoiced QUARTERLY IN ARREARS. Initial term '24 months from the "
                 "commencement date' (1st March 2026) with no end date written, so the end is derived (2028-02-29, leap year). "
                 "Minimum commitment EUR 45,000.00 per contract year. No whole-term total (TCV null). Renewal 12 months, 60 days "
                 "notice.")
    f["fmt"] = "contract.pdf"
    F.append(f)
    # 03 TXT USD
    L = [line("Payroll Processing", 210, "9.00", "month", show_net=True),
         line("Year-End W-2 Processing", 210, "4.00", "one_time", show_net=True)]
    f = form(customer="Tri-Valley Fire Protection District", vendor="Granite Peak Payroll Services, LLC", order_no="GP-2026-117",
             email="finance@trivalleyfire.example", currency="USD", effective="2026-06-12", start="2026-07-01", end="2027-06-30",
             term=12, pay=15, freq="monthly", timing="arrears", lines=L, tcv_stated=True,
             nonstd=["District may terminate on 30 days notice if more than 3 payroll errors occur in a calendar quarter"],
             tags=["ocr-text-layer", "plain-text", "header-footer-every-page", "mid-sentence-breaks", "us-slash-dates", "monthly-arrears", "party-without-suffix"], fmt="contract.txt")
    f["x"] = dict(hdr="[OCR] Tri-Valley FPD Finance - scan 2026-06-15 - GP-2026-117", ftr="--- OCR confidence 91% --- page {p} ---",
                  width=72,
                  blocks=["!GRANITE PEAK PAYROLL SERVICES, LLC", "!SERVICE ORDER  #GP-2026-117", "",
                          "Client: {Tri-Valley Fire Protection District} , 60 Station Way, Livermore, CA 94550",
                          "Provider: {Granite Peak Payroll Services, LLC} , 9 Summit Plaza, Reno, NV 89501", "",
                          "Effective {06/12/2026} . Services will be provided for a term of 12 months beginning {07/01/2026} and "
                          "ending {06/30/2027} .", "",
                          "PRICING", "!  Payroll Processing ........ 210 employees @ $9.00 per employee per month = $1,890.00/month",
                          "!  Year-End W-2 Processing ... 210 forms @ $4.00 (one-time, January 2027)    = $840.00", "",
                          "!  Total for the 12-month term: $23,520.00", "",
                          "Monthly processing fees are invoiced monthly in arrears after the last pay run of the month and are "
                          "due net 15 days. Invoices to {finance@trivalleyfire.example} .", "",
                          "Special condition: if more than three (3) payroll errors attributable to the Provider occur in any "
                          "calendar quarter, the District may terminate this order on thirty (30) days written notice without "
                          "penalty.", ""] + BOIL + ["",
                          "!Client: /s/ Maria Soto, Finance Manager, 06/12/2026",
                          "!Provider: /s/ Glen Whitaker, Managing Member, 06/12/2026"])
    f["desc"] = ("Plain-text OCR output of a scanned service order (garbled letters in ordinary words, double spaces, mid-sentence "
                 "line breaks, OCR header/footer per page). 210 employees x $9.00 per month = $1,890.00 per month, billed "
                 "monthly in arrears; W-2 processing 210 x $4.00 = $840.00 one-time. Stated total $23,520.00 = 12 x 1,890 + 840. "
                 "Termination right tied to payroll errors is non-standard. The order is silent on renewal.")
    F.append(f)
    # 04 TXT CHF
    L = [line("Document Workflow Licence", 1, "19800.00", "year"),
         line("E-Signature Pack", 1, "2400.00", "year")]
    f = form(customer="Gemeinde Seewil", vendor="Rigi Workflow GmbH", order_no="RW-B-2026-208", email="finanzen@seewil.example",
             currency="CHF", effective="2026-11-25", start="2027-01-01", end="2029-12-31", term=36, auto_renew=True, renew=12,
             notice=90, pay=30, freq="annual", timing="advance", lines=L, tcv_stated=True,
             usage=[usage("Electronic signatures", "signature", "2000", "year", "per_unit", [(None, "1.10")], "quarterly", "arrears")],
             tags=["ocr-text-layer", "plain-text", "header-footer-every-page", "mid-sentence-breaks", "CHF", "apostrophe-thousands", "dot-dates", "usage", "party-without-suffix"], fmt="contract.txt")
    f["x"] = dict(hdr="Gemeinde Seewil / Scan Posteingang / RW-B-2026-208", ftr="Seite {p} von {n} - gescannt", width=76,
                  blocks=["!RIGI WORKFLOW GMBH  -  Bestellung / Order RW-B-2026-208", "",
                          "Between {Rigi Workflow GmbH} , Seestrasse 12, 6354 Vitznau (Provider) and {Gemeinde Seewil} , "
                          "Dorfplatz 1, 6377 Seewil, a Swiss municipality (Customer). Effective date: {25.11.2026} .", "",
                          "Term: 3 years, {01.01.2027} to {31.12.2029} . Thereafter the order renews for one year at a time unless "
                          "terminated with 90 days notice before the end of a term.", "",
                          "Fees (CHF, excl. VAT):",
                          "!   Document Workflow Licence          CHF 19'800.00 per year",
                          "!   E-Signature Pack (2'000 signatures per year included)   CHF 2'400.00 per year",
                          "!   Additional signatures above 2'000 per year: CHF 1.10 each, invoiced quarterly in arrears",
                          "!   Gesamtbetrag / total for the 3-year term: CHF 66'600.00", "",
                          "Annual fees are invoiced in advance each January and are payable within 30 days. Invoices to "
                          "{finanzen@seewil.example} .", ""] + BOIL + ["",
                          "!Fuer den Provider: /s/ Markus Imhof     Fuer die Gemeinde: /s/ Ruth Baumann, Gemeindepraesidentin",
                          "!Datum: 25.11.2026"])
    f["desc"] = ("Plain-text OCR of a Swiss municipal order (German/English, CHF with apostrophe thousands, dd.mm.yyyy dates). Two "
                 "annual lines (CHF 19'800.00 and CHF 2'400.00, qty 1 each). The signature pack includes 2'000 signatures per "
                 "year; extra signatures CHF 1.10 each, invoiced quarterly in arrears (usage). Stated total for the 3-year term "
                 "CHF 66'600.00 = 3 x 22'200. Renews yearly with 90 days notice.")
    F.append(f)
    return F
