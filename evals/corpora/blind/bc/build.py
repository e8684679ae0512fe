#!/usr/bin/env python3
"""Deterministic build of the bc blind corpus (40 SaaS order forms, 10 layouts).

Run with a Python that has fpdf2:  python build.py
Writes OUT/<layout-id>-<nn>/{contract.pdf|contract.txt|contract.md, deal.json, case.json}.
"""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from bclib import (Doc, page_num_footer, boiler_text, num, fd, line_net, D)  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

BATCH = "bc"


# ====================================================================== shared pieces
def fee_rows(lines, cols, ms="us", cur="", dp=2, period_words=None, pos_start=1):
    """Build table rows from gold line items. cols: list of keys
    pos | desc | sku | qty | unit | period | disc | net | netx | start | end | dates"""
    pw = period_words or {"year": "per year", "month": "per month", "quarter": "per quarter",
                          "one_time": "one-time"}
    rows = []
    for i, li in enumerate(lines):
        r = []
        for c in cols:
            if c == "pos":
                r.append(str(pos_start + i))
            elif c == "desc":
                r.append(li["description"])
            elif c == "sku":
                r.append(li["sku"] or "")
            elif c == "qty":
                r.append(num(li["quantity"], ms, 0))
            elif c == "unit":
                r.append(f"{cur}{num(li['unit_price'], ms, dp)}")
            elif c == "period":
                r.append(pw[li["price_period"]])
            elif c == "disc":
                r.append(f"{li['discount_percent']}%" if li["discount_percent"] else "-")
            elif c == "net":
                r.append(f"{cur}{num(li['net_amount'], ms, dp)}" if li["net_amount"] is not None else "")
            else:
                raise ValueError(c)
        rows.append(r)
    return rows


def signature_block(pdf, parties, size=9, lh=6, top_gap=6, labels=("By", "Name", "Title", "Date")):
    """parties: list of (heading, party_name, {label: value})"""
    pdf.ln(top_gap)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y0 = pdf.get_y()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / len(parties)
    for i, (head, name, vals) in enumerate(parties):
        x = pdf.l_margin + i * colw
        pdf.set_xy(x, y0)
        pdf.f("B", size)
        pdf.multi_cell(colw - 6, lh - 1, head, new_x="LEFT", new_y="NEXT")
        pdf.f("", size)
        pdf.multi_cell(colw - 6, lh - 1, name, new_x="LEFT", new_y="NEXT")
        pdf.ln(3)
        for lab in labels:
            pdf.set_x(x)
            v = vals.get(lab, "")
            pdf.cell(16, lh, f"{lab}:")
            if lab == "By":
                pdf.f("I", size + 1)
            pdf.cell(colw - 24, lh, v, border="B", new_x="LEFT", new_y="NEXT")
            pdf.f("", size)
            pdf.set_x(x)
    pdf.set_y(y0 + 52)


def write_clauses(pdf, items, start=1, size=8.6, numbered=True, heading_inline=True, lh=None):
    """items: list of (title, text) -> '7. Title. text'"""
    lh = lh or size * 0.47
    n = start
    for title, text in items:
        pdf.f("", size)
        lead = f"{n}. " if numbered else ""
        if heading_inline:
            pdf.multi_cell(0, lh, f"**{lead}{title}.** {text}", markdown=True, align="J",
                           new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.f("B", size)
            pdf.multi_cell(0, lh, f"{lead}{title}", new_x="LMARGIN", new_y="NEXT")
            pdf.f("", size)
            pdf.multi_cell(0, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
        n += 1
    return n


def boiler(keys, V, C, Dn):
    return [boiler_text(k, V, C, Dn) for k in keys]


# ====================================================================== layout 1: cover-kv
def build_cover_kv(s, path):
    t, d = s["terms"], s["doc"]
    V, C = t["vendor_legal_name"], t["customer_legal_name"]
    pdf = Doc(fmt=d.get("fmt", "A4"), footer_fn=page_num_footer(d["footer"]))
    pdf.add_page()
    pdf.set_fill_color(*d["color"])
    pdf.rect(0, 0, pdf.w, 32, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 9)
    pdf.f("B", 19)
    pdf.cell(0, 8, d["brand"])
    pdf.set_xy(20, 19)
    pdf.f("", 8.5)
    pdf.cell(0, 5, d["vendor_addr"])
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(42)
    pdf.f("B", 22)
    pdf.cell(0, 10, d.get("title", "ORDER FORM"), new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 10)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 6, d["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    pdf.set_draw_color(*d["color"])
    pdf.set_line_width(0.6)
    pdf.line(20, pdf.get_y(), pdf.w - 20, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)
    pdf.kv_rows(d["kv"], lw=d.get("lw", 50), size=9.5, lh=5.2)
    pdf.ln(3)
    for p in d.get("cover_paras", []):
        pdf.para(p, size=9)
    # Schedule
    if d.get("schedule_new_page", True):
        pdf.add_page()
    pdf.heading(d["schedule_title"], size=13, color=d["color"])
    for p in d.get("pre_table", []):
        pdf.para(p, size=9)
    pdf.grid_table(d["fee_headers"], d["fee_rows"], d["widths"], d["aligns"], size=d.get("tsize", 8.5))
    for lab, val in d.get("totals", []):
        pdf.f("B", 9.5)
        pdf.cell(sum(d["widths"]) - 38, 6, lab, align="R")
        pdf.cell(38, 6, val, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for p in d.get("post_table", []):
        pdf.para(p, size=9)
    if d.get("footnotes"):
        pdf.ln(1)
        pdf.line(20, pdf.get_y(), 80, pdf.get_y())
        pdf.ln(1.5)
        for fn_ in d["footnotes"]:
            pdf.para(fn_, size=7.8, space=0.8)
    # terms
    pdf.add_page()
    pdf.heading(d.get("terms_title", "General Terms"), size=13, color=d["color"])
    pdf.para(d.get("terms_intro", f"These General Terms form part of the {d['Dn']} between {V} and {C}. "
                                  f"If they conflict with the cover page or the Schedule, the cover page and "
                                  f"the Schedule prevail."), size=8.8)
    items = d.get("commercial_clauses", []) + boiler(d["clauses"], d["Vn"], d["Cn"], d["Dn"])
    write_clauses(pdf, items)
    signature_block(pdf, d["sigs"])
    pdf.output(path)


# ====================================================================== layout 2: prose-letter
def build_prose_letter(s, path):
    t, d = s["terms"], s["doc"]
    font = "Times"

    def head(pdf):
        if pdf.page_no() == 1:
            pdf.set_font(font, "B", 17)
            pdf.set_text_color(*d["color"])
            pdf.set_xy(20, 14)
            pdf.cell(0, 7, d["letterhead"], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", 8.5)
            pdf.set_text_color(80, 80, 80)
            pdf.cell(0, 4.5, d["letterhead_addr"], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*d["color"])
            pdf.line(20, pdf.get_y() + 2, pdf.w - 20, pdf.get_y() + 2)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_text_color(0, 0, 0)
            pdf.set_y(40)
        else:
            pdf.set_font(font, "I", 8.5)
            pdf.set_text_color(100, 100, 100)
            pdf.set_xy(20, 10)
            pdf.cell(0, 5, d["running_head"], align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.set_y(22)

    pdf = Doc(fmt=d.get("fmt", "A4"), font=font, header_fn=head,
              footer_fn=page_num_footer("", font=font), margins=(24, 20, 24))
    pdf.add_page()
    pdf.f("", 11)
    pdf.cell(0, 5.5, d["date_line"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for ln in d["address"]:
        pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if d.get("re"):
        pdf.f("B", 11)
        pdf.multi_cell(0, 5.5, d["re"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.f("", 11)
    pdf.cell(0, 5.5, d["salutation"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for p in d["paras"]:
        if isinstance(p, tuple):  # (heading, text)
            pdf.f("B", 11)
            pdf.cell(0, 6, p[0], new_x="LMARGIN", new_y="NEXT")
            pdf.para(p[1], size=11, lh=5.4, space=3)
        else:
            pdf.para(p, size=11, lh=5.4, space=3)
    pdf.ln(2)
    pdf.f("", 11)
    for ln in d["closing"]:
        pdf.cell(0, 5.5, ln, new_x="LMARGIN", new_y="NEXT")
    if d.get("annex"):
        pdf.add_page()
        pdf.f("B", 12)
        pdf.cell(0, 7, d["annex_title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        write_clauses(pdf, d["annex"], size=9.5, lh=4.6)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    pdf.f("B", 11)
    pdf.cell(0, 6, d.get("accept_title", "Accepted and agreed"), new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 10.5)
    pdf.multi_cell(0, 5.2, d["accept_text"], new_x="LMARGIN", new_y="NEXT")
    signature_block(pdf, d["sigs"], size=10)
    pdf.output(path)


# ====================================================================== layout 3: legal-clauses
def build_legal_clauses(s, path):
    t, d = s["terms"], s["doc"]
    font = "Times"
    pdf = Doc(fmt="A4", font=font, footer_fn=page_num_footer(d["footer"], font=font), margins=(25, 20, 25))
    pdf.add_page()
    pdf.f("B", 14)
    pdf.multi_cell(0, 7, d["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 10.5)
    if d.get("subtitle"):
        pdf.multi_cell(0, 5.5, d["subtitle"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.para(d["preamble"], size=10.5, lh=5.2, space=3)
    if d.get("recitals"):
        pdf.f("B", 10.5)
        pdf.cell(0, 6, "Background", new_x="LMARGIN", new_y="NEXT")
        for i, r in enumerate(d["recitals"]):
            pdf.para(f"({chr(65 + i)})  {r}", size=10.5, lh=5.2, space=1.5, indent=4)
        pdf.para("The parties therefore agree as follows:", size=10.5, lh=5.2)
    n = 1
    for sec in d["sections"]:
        title, subs = sec
        pdf.ln(1.5)
        pdf.f("B", 10.5)
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.cell(0, 6, f"{n}.  {title.upper()}", new_x="LMARGIN", new_y="NEXT")
        for j, sub in enumerate(subs):
            if isinstance(sub, list):  # enumerated items
                for k, item in enumerate(sub):
                    pdf.para(f"({chr(97 + k)})  {item}", size=10.2, lh=5.0, space=1.2, indent=12)
                continue
            pdf.para(f"{n}.{j + 1 - sum(1 for x in subs[:j] if isinstance(x, list))}  {sub}",
                     size=10.2, lh=5.0, space=1.8, indent=0)
        n += 1
    for title, text in d.get("boiler", []):
        pdf.ln(1.5)
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.f("B", 10.5)
        pdf.cell(0, 6, f"{n}.  {title.upper()}", new_x="LMARGIN", new_y="NEXT")
        pdf.para(f"{n}.1  {text}", size=10.2, lh=5.0, space=1.8)
        n += 1
    pdf.para(d.get("witness", "IN WITNESS WHEREOF the parties have signed this document by their authorised "
                               "representatives."), size=10.5, lh=5.2)
    signature_block(pdf, d["sigs"], size=10)
    if d.get("schedule"):
        pdf.add_page()
        pdf.f("B", 12)
        pdf.cell(0, 7, d["schedule"]["title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for p in d["schedule"].get("paras", []):
            pdf.para(p, size=10.2, lh=5.0)
        if d["schedule"].get("table"):
            tb = d["schedule"]["table"]
            pdf.grid_table(tb["headers"], tb["rows"], tb["widths"], tb["aligns"], size=9.5,
                           head_fill=(235, 235, 235), bold_last=tb.get("bold_last", False))
        for p in d["schedule"].get("after", []):
            pdf.para(p, size=10.2, lh=5.0)
    pdf.output(path)


# ====================================================================== layout 4: quote-order
def build_quote_order(s, path):
    t, d = s["terms"], s["doc"]
    pdf = Doc(fmt=d.get("fmt", "Letter"), footer_fn=page_num_footer(d["footer"]), margins=(16, 14, 16))
    pdf.add_page()
    col = d["color"]
    # left: vendor block; right: QUOTE box
    pdf.set_xy(16, 14)
    pdf.f("B", 16)
    pdf.set_text_color(*col)
    pdf.cell(100, 8, d["brand"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(60, 60, 60)
    pdf.f("", 8.5)
    for ln in d["vendor_block"]:
        pdf.cell(100, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    bx = pdf.w - 16 - 78
    pdf.set_xy(bx, 14)
    pdf.f("B", 20)
    pdf.set_text_color(*col)
    pdf.cell(78, 10, d["doc_word"], align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    for lab, val in d["info"]:
        pdf.set_x(bx)
        pdf.f("B", 8.5)
        pdf.cell(34, 5, lab, border="B")
        pdf.f("", 8.5)
        pdf.cell(44, 5, val, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    y = max(pdf.get_y(), 52) + 6
    # prepared for / bill to
    w2 = (pdf.w - 32) / 2
    for i, (head, lines) in enumerate(d["blocks"]):
        x = 16 + i * w2
        pdf.set_xy(x, y)
        pdf.set_fill_color(*col)
        pdf.set_text_color(255, 255, 255)
        pdf.f("B", 8.5)
        pdf.cell(w2 - 4, 5.5, "  " + head, fill=True, new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.f("", 8.8)
        for ln in lines:
            pdf.set_x(x)
            pdf.cell(w2 - 4, 4.6, "  " + ln, new_x="LEFT", new_y="NEXT")
    pdf.set_y(y + 6 + 4.6 * max(len(b[1]) for b in d["blocks"]) + 5)
    if d.get("terms_strip"):
        pdf.grid_table([h for h, _ in d["terms_strip"]], [[v for _, v in d["terms_strip"]]],
                       d["strip_widths"], ["CENTER"] * len(d["terms_strip"]), size=8,
                       head_fill=(240, 240, 240))
    pdf.grid_table(d["headers"], d["rows"], d["widths"], d["aligns"], size=8.4,
                   head_fill=tuple(min(255, c + 150) for c in col))
    for lab, val, bold in d["totals"]:
        pdf.f("B" if bold else "", 9)
        pdf.cell(sum(d["widths"]) - 40, 5.5, lab, align="R")
        pdf.cell(40, 5.5, val, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, body in d.get("sections", []):
        pdf.f("B", 9.5)
        pdf.set_text_color(*col)
        pdf.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        if isinstance(body, list):
            for b in body:
                pdf.para(f"-  {b}", size=8.6, lh=4.3, space=0.6, indent=2, align="L")
            pdf.ln(1.5)
        else:
            pdf.para(body, size=8.6, lh=4.3)
    pdf.ln(2)
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    pdf.f("B", 10)
    pdf.cell(0, 6, d.get("accept_title", "Acceptance"), new_x="LMARGIN", new_y="NEXT")
    pdf.para(d["accept_text"], size=8.8, lh=4.4)
    signature_block(pdf, d["sigs"], size=9)
    if d.get("tc"):
        pdf.add_page()
        pdf.f("B", 11)
        pdf.cell(0, 6, d["tc_title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        write_clauses(pdf, d["tc"], size=7.6)
    pdf.output(path)


# ====================================================================== layout 5: usage-grid
def build_usage_grid(s, path):
    t, d = s["terms"], s["doc"]
    col = d["color"]

    def head(pdf):
        pdf.set_fill_color(*col)
        pdf.rect(0, 0, pdf.w, 6, "F")
        pdf.set_xy(18, 10)
        pdf.f("B", 10)
        pdf.set_text_color(*col)
        pdf.cell(90, 5, d["brand"])
        pdf.f("", 8)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(0, 5, d["head_right"], align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(22)

    pdf = Doc(fmt="A4", header_fn=head, footer_fn=page_num_footer(d["footer"]), margins=(18, 22, 18))
    pdf.add_page()
    pdf.f("B", 17)
    pdf.multi_cell(0, 8, d["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 9)
    pdf.multi_cell(0, 4.6, d["intro"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    # key terms grid: cells of (label, value) in N columns
    ncol = d.get("grid_cols", 3)
    cw = (pdf.w - 36) / ncol
    cells = d["grid"]
    for r0 in range(0, len(cells), ncol):
        row = cells[r0:r0 + ncol]
        y0 = pdf.get_y()
        hmax = 0
        for i, (lab, val) in enumerate(row):
            x = 18 + i * cw
            pdf.set_xy(x + 2, y0 + 1.5)
            pdf.f("B", 6.8)
            pdf.set_text_color(*col)
            pdf.cell(cw - 4, 3.5, lab.upper(), new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            sz = 8.8
            pdf.f("", sz)
            while sz > 6 and max(pdf.get_string_width(w_) for w_ in val.split()) > cw - 8:
                sz -= 0.3
                pdf.f("", sz)
            pdf.multi_cell(cw - 4, 4.2, val, new_x="LEFT", new_y="NEXT")
            hmax = max(hmax, pdf.get_y() - y0 + 1.5)
        for i in range(len(row)):
            pdf.rect(18 + i * cw, y0, cw, hmax)
        pdf.set_y(y0 + hmax)
    pdf.ln(5)
    for blk in d["blocks"]:
        kind = blk[0]
        if kind == "h":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.f("B", 11)
            pdf.set_text_color(*col)
            pdf.cell(0, 6, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif kind == "p":
            pdf.para(blk[1], size=8.8, lh=4.3)
        elif kind == "table":
            _, headers, rows, widths, aligns = blk
            pdf.grid_table(headers, rows, widths, aligns, size=8.3,
                           head_fill=tuple(min(255, c + 170) for c in col))
        elif kind == "clauses":
            write_clauses(pdf, blk[1], start=blk[2], size=8.2)
        elif kind == "sig":
            signature_block(pdf, blk[1], size=9)
        elif kind == "page":
            pdf.add_page()
    pdf.output(path)


# ====================================================================== layout 6: two-column
def build_two_column(s, path):
    t, d = s["terms"], s["doc"]
    font = d.get("font", "Helvetica")
    pdf = Doc(fmt="A4", font=font, footer_fn=page_num_footer(d["footer"], font=font), margins=(15, 14, 15))
    pdf.add_page()
    # masthead
    pdf.f("B", 9)
    pdf.set_text_color(*d["color"])
    pdf.cell(0, 5, d["brand"].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.f("B", 18)
    pdf.cell(0, 9, d["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 8.5)
    pdf.multi_cell(0, 4.3, d["masthead"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_draw_color(*d["color"])
    pdf.set_line_width(0.8)
    pdf.line(15, pdf.get_y(), pdf.w - 15, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(3)
    # party strip in two boxes
    w2 = (pdf.w - 30) / 2
    y0 = pdf.get_y()
    for i, (head, lines) in enumerate(d["parties"]):
        pdf.set_xy(15 + i * (w2 + 4), y0)
        pdf.f("B", 7.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(w2 - 4, 4, head.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        for j, ln in enumerate(lines):
            pdf.f("B" if j == 0 else "", 9)
            pdf.cell(w2 - 4, 4.4, ln, new_x="LEFT", new_y="NEXT")
    pdf.set_y(y0 + 5 + 4.4 * max(len(p[1]) for p in d["parties"]) + 3)
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.12) as cols:
        for blk in d["columns"]:
            kind = blk[0]
            if kind == "h":
                pdf.set_font(font, "B", 9.5)
                pdf.set_text_color(*d["color"])
                cols.write(blk[1] + "\n")
                pdf.set_text_color(0, 0, 0)
            elif kind == "p":
                pdf.set_font(font, "", 8.6)
                cols.write(blk[1] + "\n")
                cols.ln(0.6) if False else None
            elif kind == "b":  # bold lead + text
                pdf.set_font(font, "B", 8.6)
                cols.write(blk[1])
                pdf.set_font(font, "", 8.6)
                cols.write(blk[2] + "\n")
            elif kind == "small":
                pdf.set_font(font, "", 7.2)
                cols.write(blk[1] + "\n")
            elif kind == "gap":
                pdf.set_font(font, "", 4)
                cols.write("\n")
            elif kind == "col":
                cols.new_column()
    pdf.ln(2)
    if d.get("footnotes"):
        pdf.set_y(max(pdf.get_y(), pdf.h - 40) if d.get("footnotes_bottom") else pdf.get_y())
        pdf.line(15, pdf.get_y(), 70, pdf.get_y())
        pdf.ln(1)
        for fn_ in d["footnotes"]:
            pdf.para(fn_, size=7, lh=3.4, space=0.5)
    if d.get("page2"):
        pdf.add_page()
        with pdf.text_columns(ncols=2, gutter=7, text_align="J") as cols:
            n = d.get("p2_start", 1)
            for title, text in d["page2"]:
                pdf.set_font(font, "B", 7.8)
                cols.write(f"{n}. {title}. ")
                pdf.set_font(font, "", 7.8)
                cols.write(text + "\n")
                pdf.set_font(font, "", 3)
                cols.write("\n")
                n += 1
    pdf.ln(3)
    signature_block(pdf, d["sigs"], size=8.5)
    pdf.output(path)


# ====================================================================== layout 8: order-form-2 (amendment-like)
def build_order_form_2(s, path):
    t, d = s["terms"], s["doc"]
    col = d["color"]
    pdf = Doc(fmt=d.get("fmt", "A4"), footer_fn=page_num_footer(d["footer"]), margins=(20, 16, 20))
    pdf.add_page()
    pdf.f("B", 9)
    pdf.set_text_color(*col)
    pdf.cell(0, 5, d["brand"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.f("B", 20)
    pdf.cell(0, 10, d["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 10)
    pdf.multi_cell(0, 5, d["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_fill_color(245, 245, 245)
    pdf.kv_rows(d["kv"], lw=52, size=9.2, lh=5)
    pdf.ln(2)
    pdf.heading("1. Existing Subscription (for reference only)", size=11)
    pdf.para(d["existing_intro"], size=8.8, lh=4.3)
    ex = d["existing"]
    pdf.grid_table(ex["headers"], ex["rows"], ex["widths"], ex["aligns"], size=8.2, head_fill=(235, 235, 235))
    pdf.heading(d.get("add_title", "2. Additional Subscriptions Ordered Under This Order Form"), size=11)
    if d.get("add_intro"):
        pdf.para(d["add_intro"], size=8.8, lh=4.3)
    ad = d["added"]
    pdf.grid_table(ad["headers"], ad["rows"], ad["widths"], ad["aligns"], size=8.2,
                   head_fill=tuple(min(255, c + 160) for c in col), bold_last=ad.get("bold_last", False))
    n = 3
    for title, text in d["clauses"]:
        pdf.heading(f"{n}. {title}", size=11)
        pdf.para(text, size=8.8, lh=4.3)
        n += 1
    signature_block(pdf, d["sigs"], size=9)
    pdf.output(path)


# ====================================================================== layout 9: renewal-order
def build_renewal_order(s, path):
    t, d = s["terms"], s["doc"]
    col = d["color"]

    def head(pdf):
        pdf.set_xy(18, 10)
        pdf.f("B", 9)
        pdf.set_text_color(*col)
        pdf.cell(0, 5, d["brand"])
        pdf.set_x(18)
        pdf.f("", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(0, 5, d["head_right"], align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(18, 16.5, pdf.w - 18, 16.5)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(22)

    pdf = Doc(fmt=d.get("fmt", "Letter"), header_fn=head, footer_fn=page_num_footer(d["footer"]),
              margins=(18, 22, 18))
    pdf.add_page()
    pdf.f("B", 18)
    pdf.cell(0, 9, d["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    # renewal banner
    pdf.set_fill_color(*[min(255, c + 185) for c in col])
    pdf.set_draw_color(*col)
    pdf.f("B", 11)
    pdf.multi_cell(0, 8, "  " + d["banner"], border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)
    # two column party/details
    w2 = (pdf.w - 36) / 2
    y0 = pdf.get_y()
    ymax = y0
    for i, (head_, pairs) in enumerate(d["panels"]):
        x = 18 + i * (w2 + 4)
        pdf.set_xy(x, y0)
        pdf.f("B", 9)
        pdf.set_text_color(*col)
        pdf.cell(w2, 5, head_, new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.kv_rows(pairs, lw=34, size=8.6, lh=4.4, x=x, w=w2)
        ymax = max(ymax, pdf.get_y())
    pdf.set_y(ymax + 3)
    pdf.f("B", 11)
    pdf.cell(0, 6, d["table_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.grid_table(d["headers"], d["rows"], d["widths"], d["aligns"], size=8.3,
                   head_fill=tuple(min(255, c + 150) for c in col), bold_last=d.get("bold_last", False))
    for p in d.get("after_table", []):
        pdf.para(p, size=8.6, lh=4.2)
    pdf.f("B", 11)
    pdf.cell(0, 6, d.get("terms_title", "Renewal Terms"), new_x="LMARGIN", new_y="NEXT")
    write_clauses(pdf, d["clauses"], size=8.6)
    signature_block(pdf, d["sigs"], size=9)
    pdf.output(path)


# ====================================================================== layout 10: reseller-po (PDF)
def build_reseller_po(s, path):
    t, d = s["terms"], s["doc"]
    font = d.get("font", "Courier")
    pdf = Doc(fmt=d.get("fmt", "Letter"), font=font, footer_fn=page_num_footer(d["footer"], font=font),
              margins=(16, 14, 16))
    pdf.add_page()
    pdf.f("B", 15)
    pdf.cell(0, 7, d["issuer"], new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 8.5)
    for ln in d["issuer_lines"]:
        pdf.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_fill_color(30, 30, 30)
    pdf.set_text_color(255, 255, 255)
    pdf.f("B", 13)
    pdf.cell(0, 8, "  " + d["doc_title"], fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.grid_table([h for h, _ in d["hdr"]], [[v for _, v in d["hdr"]]],
                   d["hdr_widths"], ["CENTER"] * len(d["hdr"]), size=8, head_fill=(220, 220, 220))
    w2 = (pdf.w - 32) / 2
    y0 = pdf.get_y()
    for i, (head_, lines) in enumerate(d["boxes"]):
        x = 16 + i * w2
        pdf.set_xy(x, y0)
        pdf.f("B", 8.5)
        pdf.cell(w2 - 3, 5, head_, border="B", new_x="LEFT", new_y="NEXT")
        pdf.f("", 8.5)
        for ln in lines:
            pdf.set_x(x)
            pdf.cell(w2 - 3, 4.3, ln, new_x="LEFT", new_y="NEXT")
    pdf.set_y(y0 + 6 + 4.3 * max(len(b[1]) for b in d["boxes"]) + 4)
    pdf.grid_table(d["headers"], d["rows"], d["widths"], d["aligns"], size=8, head_fill=(220, 220, 220),
                   bold_last=d.get("bold_last", False))
    for lab, val in d.get("totals", []):
        pdf.f("B", 9)
        pdf.cell(sum(d["widths"]) - 42, 5.5, lab, align="R")
        pdf.cell(42, 5.5, val, align="R", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, body in d["notes"]:
        pdf.f("B", 8.8)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.para(body, size=8.2, lh=4.0, align="L")
    signature_block(pdf, d["sigs"], size=8.5)
    if d.get("tc"):
        pdf.add_page()
        pdf.f("B", 10.5)
        pdf.cell(0, 6, d["tc_title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        write_clauses(pdf, d["tc"], size=7.4)
    pdf.output(path)


# ====================================================================== text formats (email, md)
def build_text(s, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(s["doc"]["text"].rstrip("\n") + "\n")


BUILDERS = {
    "cover-kv": build_cover_kv,
    "prose-letter": build_prose_letter,
    "legal-clauses": build_legal_clauses,
    "quote-order": build_quote_order,
    "usage-grid": build_usage_grid,
    "two-column": build_two_column,
    "email-accept": build_text,
    "order-form-2": build_order_form_2,
    "renewal-order": build_renewal_order,
    "reseller-po": build_reseller_po,
}


def main():
    from forms import FORMS
    seen = set()
    for s in FORMS:
        cid = f"{s['layout']}-{s['nn']:02d}"
        assert cid not in seen, cid
        seen.add(cid)
        out = os.path.join(HERE, cid)
        os.makedirs(out, exist_ok=True)
        fname = s.get("file", "contract.pdf")
        builder = build_text if fname.endswith((".txt", ".md")) else BUILDERS[s["layout"]]
        builder(s, os.path.join(out, fname))
        case = {"id": f"{BATCH}-{cid}", "kind": "new_contract", "description": s["description"],
                "tags": ["blind", BATCH, f"layout:{s['layout']}"] + s["tags"],
                "inputs": {"contract": fname, "deal": "deal.json"},
                "expected": {"terms": s["terms"]}}
        if s.get("derived"):
            case["expected"]["derived"] = s["derived"]
        with open(os.path.join(out, "case.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(case, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        with open(os.path.join(out, "deal.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(s["deal"], fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print(f"built {len(FORMS)} forms")


if __name__ == "__main__":
    main()
