#!/usr/bin/python3
"""Plans typed in Word without vanban's styles, for ImportWordMadeTest: made with python-docx
(0.8.11) and raw WordprocessingML where python-docx has no API (numbering definitions, text boxes,
merged cells). Run from this directory: /usr/bin/python3 make.py"""
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=14):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        r.font.name = "Times New Roman"
    if align is not None:
        p.alignment = align
    return p


def runs(p, *pieces):
    """pieces: (text, bold) pairs; '\\n' in a text is a manual line break, '\\t' a tab."""
    for text, bold in pieces:
        r = p.add_run()
        r.bold = bold
        r.font.name = "Times New Roman"
        for i, line in enumerate(text.split("\n")):
            if i:
                r.add_break()
            for j, chunk in enumerate(line.split("\t")):
                if j:
                    r.add_tab()
                if chunk:
                    r.add_text(chunk)
    return p


def header_table(doc, parent, agency, number, place_date):
    t = doc.add_table(rows=2, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.paragraphs[0].text = ""
    runs(left.paragraphs[0], (parent, False)).alignment = CENTER
    para(left, agency, bold=True, align=CENTER)
    para(left, "_______", align=CENTER)
    runs(right.paragraphs[0], ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True)).alignment = CENTER
    para(right, "Độc lập - Tự do - Hạnh phúc", bold=True, align=CENTER)
    runs(t.cell(1, 0).paragraphs[0], (number, False)).alignment = CENTER
    runs(t.cell(1, 1).paragraphs[0], (place_date, False)).alignment = CENTER


def closing_table(doc, recipients, titles, name):
    t = doc.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    runs(left.paragraphs[0], ("Nơi nhận:", True))
    for r in recipients:
        para(left, r, size=12)
    first = True
    for line in titles:
        if first:
            runs(right.paragraphs[0], (line, True)).alignment = CENTER
            first = False
        else:
            para(right, line, bold=True, align=CENTER)
    para(right, "(Đã ký)", italic=True, align=CENTER)
    para(right, name, bold=True, align=CENTER)


def catalogue(doc, merged_down):
    """STT, Nội dung, Đơn vị, Thời gian; a group row merged across, a cell merged down."""
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"]):
        runs(t.cell(0, c).paragraphs[0], (h, True)).alignment = CENTER
    group = t.cell(1, 0).merge(t.cell(1, 3))
    runs(group.paragraphs[0], ("Tuyên truyền trên báo chí", True))
    rows = [("1", "Đăng tin trên Cổng thông tin", "Văn phòng", "Quý I"),
            ("2", "Phát thanh trên loa truyền thanh", "Trung tâm Văn hóa", "Quý II"),
            ("3", "Tọa đàm về thủ tục hành chính", "Phòng Tư pháp", "Quý III")]
    for i, row in enumerate(rows):
        for c, text in enumerate(row):
            if merged_down and c == 2 and i == 2:
                continue
            runs(t.cell(2 + i, c).paragraphs[0], (text, False))
    if merged_down:
        t.cell(3, 2).merge(t.cell(4, 2))
    # Column widths in proportion 1 : 6 : 3 : 2.
    grid = t._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), [600, 3600, 1800, 1200]):
        col.set(qn("w:w"), str(w))


def numbering(doc, with_roman):
    """Word's own lists: I., II. for sections, 1. for clauses, a) for points, a dash bullet."""
    part = doc.part.numbering_part
    # Each level shows its own counter: %1 is level 0's, %2 level 1's, %3 level 2's.
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")] if with_roman else []
    xml = '<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>' % nsdecls("w")
    for i, (fmt, text) in enumerate(levels):
        xml += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr></w:lvl>') % (i, fmt, text)
    xml += "</w:abstractNum>"
    bullet = ('<w:abstractNum %s w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
              '<w:lvlText w:val="-"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>') % nsdecls("w")
    root = part.element
    first_num = root.find(qn("w:num"))
    for a in (parse_xml(xml), parse_xml(bullet)):
        if first_num is not None:
            first_num.addprevious(a)
        else:
            root.append(a)
    root.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w")))
    root.append(parse_xml('<w:num %s w:numId="91"><w:abstractNumId w:val="91"/></w:num>' % nsdecls("w")))


def listed(doc, num, level, *pieces):
    p = runs(doc.add_paragraph(), *pieces)
    p.alignment = JUSTIFY
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), level, num)))
    return p


def text_box(paragraph, lines, x_emu):
    """A floating text box (wps) holding centred lines, anchored in paragraph."""
    body = "".join('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % ("<w:rPr><w:b/></w:rPr>" if bold else "", text) for text, bold in lines)
    xml = ('<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>'
           '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
           'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '<wp:extent cx="2800000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
           '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2800000" cy="900000"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
           '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>') % (
        nsdecls("w"), x_emu, x_emu // 1000 + 1, x_emu // 1000 + 1, body)
    paragraph._p.append(parse_xml(xml))


def plan_body(doc, auto, odd=False):
    para(doc, "KẾ HOẠCH", bold=True, align=CENTER)
    if odd:
        # An empty line, then the summary centred but not bold.
        para(doc, "", align=CENTER)
    para(doc, "Tuyên truyền cải cách hành chính năm 2024", bold=not odd, align=CENTER)
    para(doc, "_____________", align=CENTER)
    para(doc, "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
         italic=True, align=JUSTIFY)
    para(doc, "Căn cứ Kế hoạch số 26/KH-UBND ngày 20/02/2024 của UBND thị xã tuyên truyền cải cách hành chính;",
         italic=True, align=JUSTIFY)
    para(doc, "Ủy ban nhân dân xã ban hành Kế hoạch như sau:", align=JUSTIFY)
    if auto:
        listed(doc, 90, 0, ("MỤC ĐÍCH, YÊU CẦU", True))
        listed(doc, 90, 1, ("Mục đích", True))
        listed(doc, 91, 0, ("Nâng cao nhận thức của cán bộ và Nhân dân về ", False), ("cải cách hành chính", True), (".", False))
        listed(doc, 91, 0, ("Tạo sự đồng thuận của người dân.\nGóp phần thực hiện hiệu quả nhiệm vụ.", False))
        listed(doc, 90, 1, ("Yêu cầu", True))
        listed(doc, 90, 2, ("Bám sát chỉ đạo của tỉnh;", False))
        listed(doc, 90, 2, ("Bảo đảm\tthiết thực, hiệu quả.", False))
        listed(doc, 90, 0, ("TỔ CHỨC THỰC HIỆN", True))
        p = runs(doc.add_paragraph(), ("Các cơ quan, đơn vị triển khai thực hiện theo ", False),
                 ("Danh mục kèm theo", True), (" Kế hoạch này./.", False))
    else:
        runs(doc.add_paragraph(), ("I. MỤC ĐÍCH, YÊU CẦU", True))
        runs(doc.add_paragraph(), ("1.\tMục đích", True))
        runs(doc.add_paragraph(), ("-\tNâng cao nhận thức của cán bộ và Nhân dân về ", False), ("cải cách hành chính", True), (".", False))
        runs(doc.add_paragraph(), ("- Tạo sự đồng thuận của người dân.\n- Góp phần thực hiện hiệu quả nhiệm vụ.", False))
        runs(doc.add_paragraph(), ("2. Yêu cầu", True))
        runs(doc.add_paragraph(), ("a) Bám sát chỉ đạo của tỉnh;", False))
        runs(doc.add_paragraph(), ("b)\tBảo đảm thiết thực, hiệu quả.", False))
        if odd:
            # Numbered deeper than any clause above it.
            runs(doc.add_paragraph(), ("1.1.1.1.1. Chi tiết sâu hơn các khoản", False))
        runs(doc.add_paragraph(), ("II. TỔ CHỨC THỰC HIỆN", True))
        runs(doc.add_paragraph(), ("Các cơ quan, đơn vị triển khai thực hiện theo ", False),
             ("Danh mục kèm theo", True), (" Kế hoạch này./.", False))


def appendix(doc, merged_down):
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, align=CENTER)
    para(doc, "DANH MỤC NỘI DUNG CÔNG VIỆC", bold=True, align=CENTER)
    para(doc, "(Kèm theo Kế hoạch số 15/KH-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân xã Phổ Thạnh)",
         italic=True, align=CENTER)
    catalogue(doc, merged_down)


def direct():
    doc = Document()
    header_table(doc, "ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ", "ỦY BAN NHÂN DÂN XÃ PHỔ THẠNH", "Số: 15/KH-UBND",
                 "Phổ Thạnh, ngày 15 tháng 3 năm 2024")
    plan_body(doc, auto=False)
    closing_table(doc, ["- Ủy ban nhân dân thị xã;", "- Các ban, ngành;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Văn Bình")
    appendix(doc, merged_down=True)
    doc.save("word-direct.docx")


def automatic():
    doc = Document()
    numbering(doc, with_roman=True)
    # The header on two lines split by tabs, as many clerks type it.
    runs(doc.add_paragraph(), ("ỦY BAN NHÂN DÂN XÃ PHỔ THẠNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True))
    runs(doc.add_paragraph(), ("\t\t\tĐộc lập - Tự do - Hạnh phúc", True))
    runs(doc.add_paragraph(), ("Số: 15/KH-UBND\t\tPhổ Thạnh, ngày 15 tháng 3 năm 2024", False))
    plan_body(doc, auto=True)
    closing_table(doc, ["- Ủy ban nhân dân thị xã;", "- Các ban, ngành;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Văn Bình")
    appendix(doc, merged_down=False)
    doc.save("word-numbering.docx")


def boxes():
    doc = Document()
    anchor = doc.add_paragraph()
    text_box(anchor, [("ỦY BAN NHÂN DÂN XÃ PHỔ THẠNH", True), ("Số: 15/KH-UBND", False)], 0)
    text_box(anchor, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
                      ("Phổ Thạnh, ngày 15 tháng 3 năm 2024", False)], 2900000)
    plan_body(doc, auto=False)
    closing_table(doc, ["- Ủy ban nhân dân thị xã;", "- Các ban, ngành;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Văn Bình")
    appendix(doc, merged_down=False)
    doc.save("word-text-boxes.docx")


def line_breaks():
    """The header's lines in one paragraph a box, broken with Shift+Enter; an empty line and a
    summary not bold under the type name; a clause numbered deeper than those above it; box 13
    in the first page's footer."""
    doc = Document()
    t = doc.add_table(rows=1, cols=2)
    runs(t.cell(0, 0).paragraphs[0], ("ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỔ\n", False), ("ỦY BAN NHÂN DÂN XÃ PHỔ THẠNH", True),
         ("\n_______\nSố: 15/KH-UBND", False)).alignment = CENTER
    runs(t.cell(0, 1).paragraphs[0], ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n", True),
         ("Phổ Thạnh, ngày 15 tháng 3 năm 2024", False)).alignment = CENTER
    plan_body(doc, auto=False, odd=True)
    closing_table(doc, ["- Ủy ban nhân dân thị xã;", "- Các ban, ngành;", "- Lưu: VT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Văn Bình")
    appendix(doc, merged_down=False)
    # Box 13 in a footer of the first page's own, as many agencies' templates carry it.
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    footer = section.first_page_footer
    footer.paragraphs[0].text = "Địa chỉ: 01 Phạm Văn Đồng, xã Phổ Thạnh"
    footer.add_paragraph("Điện thoại: 0255 3859 123\nE-mail: ubndphothanh@quangngai.gov.vn")
    doc.save("word-line-breaks.docx")


if __name__ == "__main__":
    direct()
    automatic()
    boxes()
    line_breaks()
