"""One builder function per layout family.  Each takes a form dict (with render data in form['r'])
and the case folder, writes the contract file and returns its file name."""
import os

from bb_lib import Doc, FF, sig_block, scan_wrap, seeded


# ---------------------------------------------------------------- shared drawing helpers
def grid_table(pdf, cols, widths, aligns, rows, size=8.5, head_fill=(40, 40, 40), head_color=(255, 255, 255),
               family="Helvetica", line_height=None, borders="ALL", zebra=None, bold_rows=(), fill_rows=None):
    pdf.set_font(family, "", size)
    style = FF(emphasis="BOLD", color=head_color, fill_color=head_fill, size_pt=size)
    kw = dict(col_widths=widths, text_align=aligns, line_height=line_height or size * 0.55,
              headings_style=style, borders_layout=borders, repeat_headings=1, width=sum(widths),
              align="LEFT")
    with pdf.table(**kw) as tbl:
        hr = tbl.row()
        for c in cols:
            hr.cell(c)
        for i, row in enumerate(rows):
            tr = tbl.row()
            if isinstance(row, tuple) and row and row[0] == "__span__":
                tr.cell(row[1], colspan=len(cols), style=FF(emphasis="BOLD", fill_color=row[2] if len(row) > 2 else (235, 235, 235), size_pt=size))
                continue
            fill = zebra if (zebra and i % 2 == 1) else (255, 255, 255)
            st = FF(emphasis="BOLD" if i in bold_rows else None, size_pt=size, fill_color=fill)
            for c in row:
                tr.cell(c, style=st)


def summary(pdf, rows, x_label=95, w_label=60, w_val=35, size=9, family="Helvetica"):
    for lab, val, bold in rows:
        pdf.set_font(family, "B" if bold else "", size)
        pdf.set_x(x_label)
        pdf.cell(w_label, size * 0.62, lab, align="R")
        pdf.cell(w_val, size * 0.62, val, align="R", new_x="LMARGIN", new_y="NEXT")


def numbered_terms(pdf, items, start=1, size=7.8, family="Helvetica", title_style="B", prefix=""):
    n = start
    for title, text in items:
        pdf.set_font(family, title_style, size)
        pdf.multi_cell(pdf.epw, size * 0.5, f"{prefix}{n}. {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", size)
        pdf.multi_cell(pdf.epw, size * 0.48, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
        n += 1
    return n


# ================================================================ 1. cover
def build_cover(f, folder):
    r = f["r"]
    V = r["vendor"]
    ACC = (22, 46, 92)

    def hdr(p):
        if p.page_no() == 1:
            return
        p.set_font("Helvetica", "B", 8)
        p.set_text_color(*ACC)
        p.set_xy(20, 8)
        p.cell(90, 5, V["name"])
        p.set_font("Helvetica", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(0, 5, f"Order Form {r['ref']}", align="R")
        p.set_draw_color(*ACC)
        p.line(20, 14, 190, 14)
        p.set_text_color(0, 0, 0)
        p.set_y(20)

    def ftr(p):
        p.set_y(-13)
        p.set_font("Helvetica", "", 7)
        p.set_text_color(110, 110, 110)
        p.cell(0, 4, f"{V['name']}  |  {V['reg']}")
        p.set_x(20)
        p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="R")
        p.set_text_color(0, 0, 0)

    pdf = Doc(hdr, ftr)
    pdf.add_page()
    pdf.set_fill_color(*ACC)
    pdf.rect(0, 0, 210, 38, "F")
    pdf.set_xy(20, 11)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 9, V["name"])
    pdf.set_xy(20, 23)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, V["addr"])
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 52)
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(0, 12, r["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 7, r["subtitle"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    for lab, val in r["cover_rows"]:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "", 8)
        pdf.set_text_color(105, 105, 105)
        pdf.set_xy(20, y + 0.6)
        pdf.cell(48, 5.5, lab.upper())
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(70, y)
        pdf.multi_cell(120, 6, val, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(205, 205, 205)
        pdf.line(20, pdf.get_y() + 1, 190, pdf.get_y() + 1)
        pdf.ln(2.6)
    if r.get("cover_note"):
        pdf.ln(6)
        pdf.para(r["cover_note"], size=8.5, color=(80, 80, 80))

    pdf.add_page()
    sec = 1

    def heading(text):
        nonlocal sec
        if pdf.will_page_break(20):
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.set_text_color(*ACC)
        pdf.cell(0, 7, f"{sec}.  {text}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        sec += 1

    heading(r["fee_title"])
    if r.get("fee_intro"):
        pdf.para(r["fee_intro"], size=9)
        pdf.ln(2)
    grid_table(pdf, r["fee_cols"], r["fee_widths"], r["fee_aligns"], r["fee_rows"], size=8.5, head_fill=ACC,
               zebra=(242, 245, 250))
    pdf.ln(2)
    summary(pdf, r["summary"], x_label=70, w_label=85, w_val=35)
    if r.get("fee_note"):
        pdf.ln(2)
        pdf.para(r["fee_note"], size=8, color=(70, 70, 70))
    for title, paras in r["sections"]:
        heading(title)
        for ptxt in paras:
            pdf.para(ptxt, size=9)
            pdf.ln(1.5)
    heading("Signatures")
    pdf.para(r["sig_intro"], size=9)
    pdf.ln(4)
    sig_block(pdf, r["sigs"])
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 8, r["terms_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.para(r["terms_intro"], size=8, color=(60, 60, 60))
    pdf.ln(2)
    numbered_terms(pdf, r["terms"], size=7.8)
    pdf.output(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


# ================================================================ 2. msa (numbered-clause agreement + order schedule)
def build_msa(f, folder):
    r = f["r"]

    def hdr(p):
        if p.page_no() == 1:
            return
        p.set_font("Times", "I", 8.5)
        p.set_xy(25, 10)
        p.cell(0, 4, r["running_head"], align="C")
        p.set_y(22)

    def ftr(p):
        p.set_y(-14)
        p.set_font("Times", "", 8.5)
        p.cell(0, 4, f"- {p.page_no()} -", align="C")
        p.set_x(25)
        p.set_font("Times", "", 7)
        p.cell(0, 4, r["initials"], align="R")

    pdf = Doc(hdr, ftr, margins=(25, 20, 25), bottom=22)
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.multi_cell(0, 8, r["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 6, r["number_line"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 6, "between", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for i, (name, addr, role) in enumerate(r["parties"]):
        pdf.set_font("Times", "B", 11)
        pdf.cell(0, 6, name, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 10.5)
        pdf.cell(0, 5.5, addr, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "I", 10.5)
        pdf.cell(0, 5.5, role, align="C", new_x="LMARGIN", new_y="NEXT")
        if i == 0:
            pdf.ln(2)
            pdf.set_font("Times", "", 11)
            pdf.cell(0, 6, "and", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.ln(6)
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(0, 5.2, r["recital"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for n, (title, subs) in enumerate(r["clauses"], 1):
        if pdf.will_page_break(18):
            pdf.add_page()
        pdf.set_font("Times", "B", 11)
        pdf.cell(0, 6.5, f"{n}.  {title}", new_x="LMARGIN", new_y="NEXT")
        for k, s in enumerate(subs, 1):
            pdf.set_font("Times", "", 10.3)
            y = pdf.get_y()
            label = f"{n}.{k}" if len(subs) > 1 else ""
            if label:
                pdf.set_xy(25, y)
                pdf.cell(11, 5.1, label)
                pdf.set_xy(36, y)
                pdf.multi_cell(pdf.epw - 11, 5.1, s, align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(pdf.epw, 5.1, s, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        pdf.ln(1.5)
    # signatures
    if pdf.will_page_break(70):
        pdf.add_page()
    pdf.ln(4)
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(0, 5.2, r["sig_intro"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    for i, s in enumerate(r["sigs"]):
        x = 25 + i * 85
        pdf.set_xy(x, y0)
        pdf.set_font("Times", "", 10)
        pdf.cell(75, 5, s["place_date"], new_x="LEFT", new_y="NEXT")
        pdf.ln(10)
        pdf.set_font("Times", "I", 13)
        pdf.cell(75, 7, s.get("sig", ""), new_x="LEFT", new_y="NEXT")
        pdf.line(x, pdf.get_y(), x + 70, pdf.get_y())
        pdf.set_font("Times", "", 9.5)
        pdf.cell(75, 5, s["name"], new_x="LEFT", new_y="NEXT")
        pdf.cell(75, 5, s["title"], new_x="LEFT", new_y="NEXT")
        pdf.set_font("Times", "B", 9.5)
        pdf.cell(75, 5, s["party"], new_x="LEFT", new_y="NEXT")
    pdf.set_y(y0 + 52)
    # schedule
    pdf.add_page()
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 7, r["schedule_title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(0, 5, r["schedule_sub"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for k, v in r["schedule_kv"]:
        y = pdf.get_y()
        pdf.set_font("Times", "B", 10)
        pdf.set_xy(25, y)
        pdf.cell(55, 5.5, k)
        pdf.set_font("Times", "", 10)
        pdf.set_xy(80, y)
        pdf.multi_cell(105, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    grid_table(pdf, r["sched_cols"], r["sched_widths"], r["sched_aligns"], r["sched_rows"], size=9,
               family="Times", head_fill=(225, 225, 225), head_color=(0, 0, 0))
    pdf.ln(2)
    summary(pdf, r["sched_summary"], x_label=60, w_label=90, w_val=35, family="Times", size=10)
    pdf.ln(4)
    for note in r["sched_notes"]:
        pdf.set_font("Times", "", 9.5)
        pdf.multi_cell(0, 4.8, note, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


# ================================================================ 3. reseller / partner order
def build_reseller(f, folder):
    r = f["r"]
    ACC = (0, 110, 120)

    def hdr(p):
        p.set_fill_color(*ACC)
        p.rect(0, 0, 210, 6, "F")
        if p.page_no() > 1:
            p.set_font("Helvetica", "", 7.5)
            p.set_text_color(90, 90, 90)
            p.set_xy(15, 8)
            p.cell(0, 4, f"{r['vendor']['name']}  -  {r['title']}  {r['ref']}  (continued)")
            p.set_text_color(0, 0, 0)
            p.set_y(16)

    def ftr(p):
        p.set_y(-12)
        p.set_font("Helvetica", "", 7)
        p.set_text_color(120, 120, 120)
        p.cell(0, 4, r["footer"])
        p.set_x(15)
        p.cell(0, 4, f"{p.page_no()}/{{nb}}", align="R")
        p.set_text_color(0, 0, 0)

    pdf = Doc(hdr, ftr, margins=(15, 14, 15), bottom=16)
    pdf.add_page()
    pdf.set_xy(15, 11)
    pdf.set_font("Helvetica", "B", 12.5)
    pdf.set_text_color(*ACC)
    pdf.cell(112, 8, r["vendor"]["name"])
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 8, r["title"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(100, 4, r["vendor"]["addr"])
    pdf.ln(7)
    # reference strip
    refs = r["refs"]
    w = pdf.epw / len(refs)
    y = pdf.get_y()
    for i, (k, v) in enumerate(refs):
        pdf.set_xy(15 + i * w, y)
        pdf.set_fill_color(232, 243, 244)
        pdf.set_font("Helvetica", "", 7)
        pdf.cell(w - 1, 4.5, k, fill=True, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(w - 1, 5.5, v, fill=True)
    pdf.set_y(y + 13)
    # party boxes
    boxes = r["boxes"]
    w = (pdf.epw - (len(boxes) - 1) * 3) / len(boxes)
    y = pdf.get_y()
    hmax = 0
    for i, (title, lines) in enumerate(boxes):
        x = 15 + i * (w + 3)
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 8)
        pdf.set_fill_color(*ACC)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(w, 5.5, " " + title, fill=True, new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        for j, ln in enumerate(lines):
            pdf.set_x(x + 1)
            pdf.set_font("Helvetica", "B" if j == 0 else "", 8)
            pdf.multi_cell(w - 2, 4.2, ln, new_x="LEFT", new_y="NEXT")
        hmax = max(hmax, pdf.get_y() - y)
    for i in range(len(boxes)):
        pdf.set_draw_color(*ACC)
        pdf.rect(15 + i * (w + 3), y, w, hmax + 2)
    pdf.set_y(y + hmax + 6)
    if r.get("intro"):
        pdf.para(r["intro"], size=8.5)
        pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, r["table_title"], new_x="LMARGIN", new_y="NEXT")
    grid_table(pdf, r["cols"], r["widths"], r["aligns"], r["rows"], size=8, head_fill=(215, 230, 232),
               head_color=(0, 0, 0))
    pdf.ln(1.5)
    summary(pdf, r["summary"], x_label=60, w_label=100, w_val=35, size=8.5)
    pdf.ln(3)
    # commercial terms as key/value list
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, r["terms_title"], new_x="LMARGIN", new_y="NEXT")
    for k, v in r["kv"]:
        y = pdf.get_y()
        if pdf.will_page_break(10):
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 8.3)
        pdf.set_xy(15, y)
        pdf.multi_cell(45, 4.4, k, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Helvetica", "", 8.3)
        pdf.set_xy(62, y)
        pdf.multi_cell(pdf.epw - 47, 4.4, v, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y + 4.4) + 1.2)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 6, r["tc_title"], new_x="LMARGIN", new_y="NEXT")
    numbered_terms(pdf, r["tc"], size=7.6)
    pdf.ln(3)
    pdf.para(r["sig_intro"], size=8.5)
    pdf.ln(3)
    sig_block(pdf, r["sigs"], size=8.5)
    pdf.output(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


# ================================================================ 4. renewal order
def build_renewal(f, folder):
    r = f["r"]
    ACC = (30, 110, 60)

    def hdr(p):
        p.set_font("Helvetica", "B", 9)
        p.set_text_color(*ACC)
        p.set_xy(18, 9)
        p.cell(90, 5, r["vendor"]["name"].upper())
        p.set_font("Helvetica", "", 8)
        p.set_text_color(80, 80, 80)
        p.cell(0, 5, f"{r['doc_label']} {r['ref']}", align="R")
        p.set_draw_color(*ACC)
        p.set_line_width(0.6)
        p.line(18, 15.5, 192, 15.5)
        p.set_line_width(0.2)
        p.set_text_color(0, 0, 0)
        p.set_y(21)

    def ftr(p):
        p.set_y(-12)
        p.set_font("Helvetica", "", 7)
        p.set_text_color(120, 120, 120)
        p.cell(0, 4, r["vendor"]["foot"])
        p.set_x(18)
        p.cell(0, 4, f"Page {p.page_no()} / {{nb}}", align="R")
        p.set_text_color(0, 0, 0)

    pdf = Doc(hdr, ftr, margins=(18, 18, 18), bottom=17)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 19)
    pdf.cell(0, 10, r["banner"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(0, 5, r["banner_sub"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    # two columns: customer / references
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_text_color(*ACC)
    pdf.cell(85, 5, r["cust_label"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for j, ln in enumerate(r["cust_lines"]):
        pdf.set_font("Helvetica", "B" if j == 0 else "", 9)
        pdf.cell(85, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(110, y)
    for k, v in r["ref_rows"]:
        pdf.set_x(110)
        pdf.set_font("Helvetica", "", 8)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(38, 5, k)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 5)
    # term boxes
    y = pdf.get_y()
    bw = (pdf.epw - 12) / 2
    for i, (lab, val, sub) in enumerate(r["term_boxes"]):
        x = 18 + i * (bw + 12)
        pdf.set_fill_color(240, 240, 240) if i == 0 else pdf.set_fill_color(226, 241, 230)
        pdf.rect(x, y, bw, 19, "F")
        pdf.set_xy(x + 3, y + 2)
        pdf.set_font("Helvetica", "", 7.5)
        pdf.cell(bw - 6, 4, lab.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(bw - 6, 6, val, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 7.5)
        pdf.cell(bw - 6, 4, sub)
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_text_color(*ACC)
    pdf.set_xy(18 + bw + 2, y + 5)
    pdf.cell(8, 8, ">>", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 25)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, r["table_title"], new_x="LMARGIN", new_y="NEXT")
    grid_table(pdf, r["cols"], r["widths"], r["aligns"], r["rows"], size=8, head_fill=ACC, zebra=(246, 250, 247),
               borders="HORIZONTAL_LINES")
    pdf.ln(1.5)
    summary(pdf, r["summary"], x_label=60, w_label=99, w_val=33, size=8.8)
    if r.get("removed"):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(0, 5, r["removed_title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8.5)
        for ln in r["removed"]:
            pdf.cell(0, 4.6, "  - " + ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, paras in r["sections"]:
        if pdf.will_page_break(18):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_text_color(*ACC)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        for ptxt in paras:
            pdf.para(ptxt, size=8.8)
            pdf.ln(1.2)
    pdf.ln(2)
    pdf.para(r["sig_intro"], size=8.8)
    pdf.ln(3)
    sig_block(pdf, r["sigs"], size=8.8)
    if r.get("terms"):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 6, r["terms_title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        numbered_terms(pdf, r["terms"], size=7.6)
    pdf.output(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


# ================================================================ 5/6. scanned-looking documents
class ScanRenderer:
    """Lays out pre-wrapped lines page by page with a repeated header, slight skew and jitter,
    like the text layer of a scanned and OCR'd document.  Table heads are repeated after a page break."""

    def __init__(self, name, family, size, lh, header_lines, footer_fn, top=14, left=16, lines_per_page=52,
                 skew=0.5, jitter=0.7, speckle=True, header_size=None, cont_text="(continued)"):
        self.name = name
        self.family, self.size, self.lh = family, size, lh
        self.header_lines = header_lines
        self.footer_fn = footer_fn
        self.top, self.left = top, left
        self.lpp = lines_per_page
        self.skew, self.jitter = skew, jitter
        self.speckle = speckle
        self.header_size = header_size or size
        self.cont_text = cont_text
        self.rng = seeded(name)
        self.pdf = Doc(margins=(left, top, left), bottom=5)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_font(family, "", size)
        self.lines = []   # (text, style, indent, size, thead)
        self.thead = None
        self.anchor, self.anchor_pos = None, None

    def measure(self, s, style="", size=None):
        self.pdf.set_font(self.family, style, size or self.size)
        return self.pdf.get_string_width(s)

    @property
    def width(self):
        return 210 - 2 * self.left

    def _add(self, text, style="", indent=0, size=None):
        self.lines.append((text, style, indent, size, self.thead))

    def prose(self, text, style="", indent=0, size=None, hyphen_p=0.75, odd_p=0.12):
        lines = scan_wrap(lambda s: self.measure(s, style, size), text, self.width - indent - 2, self.rng,
                          hyphen_p=hyphen_p, odd_p=odd_p)
        for ln in lines:
            self._add(ln, style, indent, size)

    def line(self, text, style="", indent=0, size=None):
        if self.measure(text, style, size) <= self.width - indent - 2:
            self._add(text, style, indent, size)
            return
        lead = len(text) - len(text.lstrip(" "))
        parts = scan_wrap(lambda s: self.measure(s, style, size), text.strip(), self.width - indent - 2,
                          self.rng, hyphen_p=0, odd_p=0)
        for i, ln in enumerate(parts):
            self._add((" " * lead if i == 0 else "      ") + ln, style, indent, size)

    def cells(self, items, style="", size=None):
        """items: list of (x_mm_from_left, text, align('L'|'R'), width); for 'R' x is the right edge."""
        self._add(items, style, 0, size)

    def table_head(self, rows):
        """rows: list of (items, style) emitted now and repeated at the top of any following page."""
        self.thead = None
        for items, style in rows:
            self._add(items, style)
        self.thead = rows

    def table_end(self):
        self.thead = None

    def blank(self, n=1):
        for _ in range(n):
            self._add("")

    def keep(self, n):
        self.lines.append(("__keep__", n, 0, None, None))

    def pagebreak(self):
        self.lines.append(("__page__", "", 0, None, None))

    def _paginate(self):
        pages, cur = [], []
        for rec in self.lines:
            if rec[0] == "__page__":
                pages.append(cur)
                cur = []
                continue
            if rec[0] == "__keep__":
                if len(cur) + rec[1] > self.lpp and cur:
                    pages.append(cur)
                    cur = []
                continue
            if len(cur) >= self.lpp:
                pages.append(cur)
                cur = []
                if rec[4]:
                    cur.append((self.cont_text, "I", 0, None, None))
                    for items, style in rec[4]:
                        cur.append((items, style, 0, None, None))
            if not cur and rec[0] == "":
                continue
            cur.append(rec)
        if cur:
            pages.append(cur)
        return pages

    def render(self, path):
        pages = self._paginate()
        pdf = self.pdf
        total = len(pages)
        for pno, body in enumerate(pages, 1):
            pdf.add_page()
            ang = self.rng.uniform(-self.skew, self.skew)
            if self.speckle:
                pdf.set_fill_color(150, 150, 150)
                for _ in range(self.rng.randint(25, 60)):
                    x, y = self.rng.uniform(5, 205), self.rng.uniform(5, 292)
                    d = self.rng.uniform(0.15, 0.5)
                    pdf.ellipse(x, y, d, d, style="F")
                pdf.set_fill_color(238, 238, 238)
                pdf.rect(0, 0, 3.5, 297, "F")
            with pdf.rotation(ang, x=105, y=148):
                y = self.top
                for ln in self.header_lines(pno, total):
                    text, style = (ln, "") if isinstance(ln, str) else ln
                    pdf.set_font(self.family, style, self.header_size)
                    pdf.set_xy(self.left + self.rng.uniform(-self.jitter, self.jitter), y)
                    pdf.cell(0, self.lh, text)
                    y += self.lh
                y += self.lh * 0.6
                for text, style, indent, size, _th in body:
                    if isinstance(text, str) and self.anchor and text.strip() == self.anchor:
                        self.anchor_pos = (pno, y)
                    jx = self.rng.uniform(-self.jitter, self.jitter)
                    pdf.set_font(self.family, style, size or self.size)
                    if isinstance(text, list):
                        for x, t, al, w in text:
                            if al == "R":
                                pdf.set_xy(self.left + x + jx - w, y)
                                pdf.cell(w, self.lh, t, align="R")
                            else:
                                pdf.set_xy(self.left + x + jx, y)
                                pdf.cell(w, self.lh, t)
                    else:
                        pdf.set_xy(self.left + indent + jx, y)
                        pdf.cell(0, self.lh, text)
                    y += self.lh * (1.5 if (size or self.size) > self.size + 2 else 1)
                self.footer_fn(pdf, pno, total, self)
        pdf.output(path)


def build_scanpo(f, folder):
    r = f["r"]

    def header_lines(pno, total):
        return [(r["buyer_head"], "B"), r["buyer_addr"],
                f"{'PURCHASE  ORDER':<30}PO No.: {r['po']}      Page {pno} of {total}",
                "-" * 86]

    def footer(pdf, pno, total, sr):
        pdf.set_font("Courier", "", 7.5)
        pdf.set_xy(sr.left, 281)
        pdf.cell(0, 4, r["footer"])

    sr = ScanRenderer(f["folder"], "Courier", 9.2, 4.45, header_lines, footer, lines_per_page=52, skew=0.45,
                      header_size=8.8)
    for kind, *rest in r["blocks"]:
        if kind == "p":
            sr.prose(rest[0], indent=rest[1] if len(rest) > 1 else 0)
        elif kind == "h":
            sr.blank()
            sr.keep(4)
            sr.line(rest[0], "B")
        elif kind == "l":
            sr.line(rest[0], rest[1] if len(rest) > 1 else "")
        elif kind == "b":
            sr.blank(rest[0] if rest else 1)
        elif kind == "keep":
            sr.keep(rest[0])
        elif kind == "page":
            sr.pagebreak()
    sr.render(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


def build_scanquote(f, folder):
    r = f["r"]

    def header_lines(pno, total):
        return [(r["head1"], "B"), r["head2"], f"{r['head3']}          Page {pno}/{total}"]

    def footer(pdf, pno, total, sr):
        pdf.set_font("Times", "", 8)
        pdf.set_xy(sr.left, 282)
        pdf.cell(0, 4, f"{r['footer']}      - {pno} -")
        if r.get("stamp") and sr.anchor_pos and sr.anchor_pos[0] == pno:
            pdf.set_draw_color(200, 40, 40)
            pdf.set_text_color(200, 40, 40)
            pdf.set_line_width(0.7)
            cx, cy = r["stamp_xy"][0], sr.anchor_pos[1] + r["stamp_xy"][1]
            pdf.ellipse(cx, cy, 22, 22)
            pdf.set_font("Times", "B", 7.5)
            pdf.set_xy(cx, cy + 7)
            pdf.cell(22, 4, r["stamp"][0], align="C")
            pdf.set_xy(cx, cy + 11)
            pdf.cell(22, 4, r["stamp"][1], align="C")
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)

    sr = ScanRenderer(f["folder"], "Times", 10, 4.9, header_lines, footer, lines_per_page=r.get("lpp", 49),
                      skew=0.6, jitter=0.9, header_size=9.5, left=18,
                      cont_text=r.get("cont", "(continued from previous page)"))
    sr.anchor = r.get("stamp_anchor")
    for kind, *rest in r["blocks"]:
        if kind == "p":
            sr.prose(rest[0], indent=rest[1] if len(rest) > 1 else 0, odd_p=0.18)
        elif kind == "title":
            sr.line(rest[0], "B", size=14)
        elif kind == "h":
            sr.blank()
            sr.keep(4)
            sr.line(rest[0], "B")
        elif kind == "l":
            sr.line(rest[0], rest[1] if len(rest) > 1 else "")
        elif kind == "cells":
            sr.cells(rest[0], rest[1] if len(rest) > 1 else "")
        elif kind == "thead":
            sr.table_head(rest[0])
        elif kind == "tend":
            sr.table_end()
        elif kind == "b":
            sr.blank(rest[0] if rest else 1)
        elif kind == "keep":
            sr.keep(rest[0])
        elif kind == "page":
            sr.pagebreak()
    sr.render(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


# ================================================================ 7. key-terms grid
def build_grid(f, folder):
    r = f["r"]
    ACC = (120, 24, 48)

    def hdr(p):
        p.set_xy(18, 10)
        p.set_font("Helvetica", "B", 10)
        p.set_text_color(*ACC)
        p.cell(80, 5, r["vendor"]["name"])
        p.set_font("Helvetica", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(0, 5, r["vendor"]["addr"], align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(20)

    def ftr(p):
        p.set_y(-12)
        p.set_font("Helvetica", "I", 7)
        p.set_text_color(120, 120, 120)
        p.cell(0, 4, f"{r['ref']}  -  confidential", align="L")
        p.set_x(18)
        p.cell(0, 4, f"{p.page_no()} of {{nb}}", align="R")
        p.set_text_color(0, 0, 0)

    pdf = Doc(hdr, ftr, margins=(18, 18, 18), bottom=16)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 17)
    pdf.cell(0, 9, r["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 4.8, r["intro"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8.6)
    with pdf.table(col_widths=(52, 122), text_align=("LEFT", "LEFT"), line_height=4.6, first_row_as_headings=False,
                   borders_layout="ALL", width=174, align="LEFT", padding=1.4) as tbl:
        for k, v in r["grid"]:
            row = tbl.row()
            row.cell(k, style=FF(emphasis="BOLD", fill_color=(246, 232, 236), size_pt=8.6))
            row.cell(v)
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_text_color(*ACC)
    pdf.cell(0, 7, r["fee_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    grid_table(pdf, r["cols"], r["widths"], r["aligns"], r["rows"], size=8.3, head_fill=ACC)
    pdf.ln(1.5)
    summary(pdf, r["summary"], x_label=55, w_label=100, w_val=37, size=8.8)
    for title, cols, widths, aligns, rows, note in r.get("extra_tables", []):
        pdf.ln(4)
        if pdf.will_page_break(30):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_text_color(*ACC)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        grid_table(pdf, cols, widths, aligns, rows, size=8.3, head_fill=(90, 90, 90))
        if note:
            pdf.ln(1)
            pdf.para(note, size=8.3)
    for title, paras in r["sections"]:
        pdf.ln(3)
        if pdf.will_page_break(18):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_text_color(*ACC)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        for ptxt in paras:
            pdf.para(ptxt, size=8.6)
            pdf.ln(1)
    pdf.ln(4)
    pdf.para(r["sig_intro"], size=8.6)
    pdf.ln(3)
    sig_block(pdf, r["sigs"], size=8.6)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, r["terms_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    numbered_terms(pdf, r["terms"], size=7.5)
    pdf.output(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


# ================================================================ 8. letter
def build_letter(f, folder):
    r = f["r"]
    V = r["vendor"]

    def hdr(p):
        if p.page_no() == 1:
            return
        p.set_font("Times", "", 8.5)
        p.set_xy(25, 10)
        p.cell(0, 4, f"{V['name']} - {r['short_ref']}", align="R")
        p.set_y(20)

    def ftr(p):
        p.set_y(-16)
        p.set_draw_color(160, 160, 160)
        p.line(25, p.get_y(), 185, p.get_y())
        p.set_font("Times", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.multi_cell(0, 3.6, V["foot"], align="C", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)

    pdf = Doc(hdr, ftr, margins=(25, 18, 25), bottom=22)
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.set_text_color(*V.get("color", (0, 0, 0)))
    pdf.cell(0, 9, V["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Times", "", 9)
    for ln in V["addr"]:
        pdf.cell(0, 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    for ln in r["to"]:
        pdf.set_font("Times", "", 11)
        pdf.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Times", "", 11)
    for ln in r["refs"]:
        pdf.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(0, 5.5, r["salutation"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Times", "B", 11)
    pdf.multi_cell(0, 5.5, r["subject"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for ptxt in r["paras"]:
        if isinstance(ptxt, tuple):  # (heading, text)
            pdf.set_font("Times", "B", 11)
            pdf.cell(0, 6, ptxt[0], new_x="LMARGIN", new_y="NEXT")
            ptxt = ptxt[1]
        pdf.set_font("Times", "", 11)
        pdf.multi_cell(0, 5.4, ptxt, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)
    pdf.cell(0, 5.5, r["closing"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 8, r["signer"][0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    for ln in r["signer"][1:]:
        pdf.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    # acceptance
    if pdf.will_page_break(70):
        pdf.add_page()
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 6, r["accept_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(0, 5.2, r["accept_text"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for lab, val in r["accept_rows"]:
        pdf.set_font("Times", "", 10.5)
        pdf.cell(40, 7, lab)
        pdf.set_font("Times", "I" if lab.startswith("Sign") else "", 12 if lab.startswith("Sign") else 10.5)
        pdf.cell(90, 7, val, border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.rect(22, y - 3, 166, pdf.get_y() - y + 6)
    if r.get("terms"):
        pdf.add_page()
        pdf.set_font("Times", "B", 12)
        pdf.cell(0, 7, r["terms_title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        numbered_terms(pdf, r["terms"], size=8.8, family="Times")
    pdf.output(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


# ================================================================ 9. e-mail / plain text
def build_email(f, folder):
    r = f["r"]
    name = r["filename"]
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(r["text"])
    return name


# ================================================================ 10. multi-column service schedule
def build_multicol(f, folder):
    r = f["r"]
    ACC = (205, 95, 20)

    def hdr(p):
        p.set_fill_color(*ACC)
        p.rect(0, 0, 210, 17, "F")
        p.set_text_color(255, 255, 255)
        p.set_xy(14, 4)
        p.set_font("Helvetica", "B", 12)
        p.cell(110, 5, r["vendor"]["name"])
        p.set_font("Helvetica", "", 8)
        p.set_xy(14, 10)
        p.cell(110, 4, r["vendor"]["addr"])
        p.set_font("Helvetica", "B", 10)
        p.set_xy(120, 5)
        p.cell(76, 5, r["title"], align="R")
        p.set_font("Helvetica", "", 8)
        p.set_xy(120, 10)
        p.cell(76, 4, r["ref_line"], align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(22)

    def ftr(p):
        p.set_y(-11)
        p.set_font("Helvetica", "", 6.8)
        p.set_text_color(120, 120, 120)
        p.cell(0, 4, r["footer"])
        p.set_x(14)
        p.cell(0, 4, f"p. {p.page_no()} of {{nb}}", align="R")
        p.set_text_color(0, 0, 0)

    pdf = Doc(hdr, ftr, margins=(14, 22, 14), bottom=15)
    pdf.add_page()
    colw = (pdf.epw - 6) / 2
    y0 = pdf.get_y()
    ys = []
    for i, (title, rows) in enumerate(r["columns"]):
        x = 14 + i * (colw + 6)
        pdf.set_xy(x, y0)
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_text_color(*ACC)
        pdf.cell(colw, 5.5, title.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(*ACC)
        pdf.line(x, pdf.get_y(), x + colw, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        for k, v in rows:
            pdf.set_x(x)
            pdf.set_font("Helvetica", "", 7)
            pdf.set_text_color(110, 110, 110)
            pdf.cell(colw, 3.6, k, new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Helvetica", "", 8.6)
            pdf.multi_cell(colw, 4.3, v, new_x="LEFT", new_y="NEXT")
            pdf.ln(0.8)
        ys.append(pdf.get_y())
    pdf.set_y(max(ys) + 4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, r["charges_title"], new_x="LMARGIN", new_y="NEXT")
    grid_table(pdf, r["cols"], r["widths"], r["aligns"], r["rows"], size=8, head_fill=(60, 60, 60),
               zebra=(250, 244, 238))
    if r.get("summary"):
        pdf.ln(1.5)
        summary(pdf, r["summary"], x_label=60, w_label=100, w_val=36, size=8.5)
    for title, cols, widths, aligns, rows, note in r.get("ratecards", []):
        pdf.ln(4)
        if pdf.will_page_break(35):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        grid_table(pdf, cols, widths, aligns, rows, size=8, head_fill=ACC)
        if note:
            pdf.ln(1)
            pdf.para(note, size=8)
    pdf.ln(3)
    for title, paras in r["notes"]:
        if pdf.will_page_break(16):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        for ptxt in paras:
            pdf.para(ptxt, size=8.4)
            pdf.ln(1)
    pdf.ln(3)
    pdf.para(r["sig_intro"], size=8.4)
    pdf.ln(2)
    sig_block(pdf, r["sigs"], size=8.4)
    # boilerplate in two newspaper columns
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, r["terms_title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 7.4)
    with pdf.text_columns(ncols=2, gutter=6, text_align="J", line_height=1.12) as cols:
        for n, (title, text) in enumerate(r["terms"], 1):
            cols.write(text=f"{n}. {title.upper()}  ")
            cols.write(text=text + "\n\n")
    pdf.output(os.path.join(folder, "contract.pdf"))
    return "contract.pdf"


BUILDERS = {
    "cover": build_cover, "msa": build_msa, "reseller": build_reseller, "renewal": build_renewal,
    "scanpo": build_scanpo, "scanquote": build_scanquote, "grid": build_grid, "letter": build_letter,
    "email": build_email, "multicol": build_multicol,
}
