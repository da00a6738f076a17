#!/usr/bin/python3
"""Plans typed the way agencies type them (user trial 4, items 2, 3 and 8), for AgencyTypedTest:
made with python-docx (0.8.11) as the trial's mk.py and fn.py made them, with a third plan of the
variants. Run from this directory: /usr/bin/python3 agencies.py

- agency-commune.docx: the preamble "Thực hiện Kế hoạch số … ngày dd/mm/yyyy của … về …; <issuer>
  ban hành Kế hoạch như sau:", Word's own list numbers, and "Trên đây là Kế hoạch …./." after the
  last section's last clause.
- agency-department.docx: the parent typed "UBND tỉnh Quảng Nam" (printed in capitals), a section
  "II. KINH PHÍ" whose words stand in lower case in its paragraph, the closing after that
  paragraph, a footnote, and a catalogue whose last row is "| | Tổng cộng | 100 | 70.000.000 |".
- agency-variants.docx: the citation's date in words ("ngày 20 tháng 02 năm 2025") and a comma
  before the issuing sentence, a parent "UBND TỈNH QUẢNG NAM" the text writes nowhere else, and a
  total row "CỘNG" whose amount is not the rows' sum.
"""
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt


def base():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Mm(30), Mm(15), Mm(20), Mm(20)
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(14)
    return d


def header(d, parent, issuer, so, place_date):
    t = d.add_table(rows=2, cols=2)
    p = t.cell(0, 0).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(parent.upper() + "\n")
    p.add_run(issuer.upper()).bold = True
    c = t.cell(0, 1)
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    p = c.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    p = t.cell(1, 0).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(so)
    p = t.cell(1, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(place_date).italic = True


def title(d, name, summary):
    for text in (name, summary):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True


def body(d, text, style=None, bold=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    p.paragraph_format.first_line_indent = Mm(10)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(text).bold = bold
    return p


def restart_numbering(d, p):
    """A new instance of the List Number list, restarting at 1."""
    numbering = d.part.numbering_part.numbering_definitions._numbering
    num_id = int(d.styles['List Number'].element.pPr.numPr.numId.val)
    new = numbering.add_num(numbering.num_having_numId(num_id).abstractNumId.val)
    new.add_lvlOverride(ilvl=0).add_startOverride(1)
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = new.numId


def signature(d, recipients, authority, position, name):
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    r = c.paragraphs[0].add_run("Nơi nhận:")
    r.bold, r.italic, r.font.size = True, True, Pt(12)
    for x in recipients:
        c.add_paragraph().add_run(x).font.size = Pt(11)
    c = t.cell(0, 1)
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(authority).bold = True
    if position:
        p = c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(position).bold = True
    for _ in range(3):
        c.add_paragraph()
    p = c.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(name).bold = True


def catalogue(d, title_, ref, cols, rows):
    d.add_page_break()
    for text, italic in (("Phụ lục", False), (title_.upper(), False), (ref, True)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.italic = not italic, italic
    t = d.add_table(rows=1, cols=len(cols))
    t.style = 'Table Grid'
    for i, h in enumerate(cols):
        t.cell(0, i).text = ""
        t.cell(0, i).paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            m.text = ""
            m.paragraphs[0].add_run(row).bold = True
        else:
            for i, v in enumerate(row):
                cells[i].text = v


def commune():
    d = base()
    header(d, "Ủy ban nhân dân huyện Núi Thành", "Ủy ban nhân dân xã Tam Quang", "Số: 21/KH-UBND",
           "Tam Quang, ngày 12 tháng 3 năm 2025")
    title(d, "KẾ HOẠCH", "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025")
    body(d, "Thực hiện Kế hoạch số 45/KH-UBND ngày 20/02/2025 của UBND huyện Núi Thành về phòng, chống thiên tai "
            "năm 2025; Ủy ban nhân dân xã Tam Quang ban hành Kế hoạch như sau:")
    body(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(d, "Chủ động phòng ngừa, ứng phó kịp thời với thiên tai, giảm thiểu thiệt hại về người và tài sản.",
         style='List Number')
    body(d, "Phát huy phương châm “bốn tại chỗ”; huy động mọi nguồn lực tham gia.", style='List Number')
    body(d, "II. NỘI DUNG", bold=True)
    p = body(d, "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã.", style='List Number')
    restart_numbering(d, p)
    body(d, "Rà soát các hộ dân sống ở vùng trũng thấp ven sông Trường Giang:", style='List Number')
    body(d, "-\tThôn Đông Bình: 45 hộ;")
    body(d, "-\tThôn Thuận An: 32 hộ.")
    body(d, "Dự trữ lương thực, thuốc men theo phương châm bốn tại chỗ.", style='List Number')
    body(d, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(d, "1.\tCông chức Địa chính - Nông nghiệp\tchủ trì, theo dõi, tổng hợp.")
    body(d, "2.\tCác thôn: triển khai đến từng hộ dân.")
    body(d, "Trên đây là Kế hoạch phòng, chống thiên tai năm 2025 của UBND xã Tam Quang./.")
    signature(d, ["- UBND huyện;", "- Đảng ủy, HĐND xã;", "- Các thôn;", "- Lưu: VT."], "TM. ỦY BAN NHÂN DÂN",
              "CHỦ TỊCH", "Lê Văn Tám")
    catalogue(d, "Danh mục nhiệm vụ phòng, chống thiên tai năm 2025",
              "(Kèm theo Kế hoạch số 21/KH-UBND ngày 12/3/2025 của UBND xã Tam Quang)",
              ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
              ["Phòng ngừa", ["1", "Kiện toàn Ban Chỉ huy", "Văn phòng UBND xã", "Tháng 3/2025"],
               ["2", "Rà soát hộ dân vùng trũng", "Các thôn", "Quý II/2025"],
               "Ứng phó", ["3", "Trực ban 24/24 giờ", "Ban Chỉ huy xã", "Thường xuyên"]])
    d.save("agency-commune.docx")


def with_footnote(src, dst, after, note):
    """src with a real footnote (footnotes.xml) after the words {after}, saved as dst."""
    z = zipfile.ZipFile(src)
    files = {n: z.read(n) for n in z.namelist()}
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    files["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode()
    rels = files["word/_rels/document.xml.rels"].decode().replace("</Relationships>",
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = rels.encode()
    types = files["[Content_Types].xml"].decode().replace("</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    files["[Content_Types].xml"] = types.encode()
    doc = files["word/document.xml"].decode()
    target = after + "</w:t></w:r>"
    assert target in doc
    files["word/document.xml"] = doc.replace(target, target + '<w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                                             '</w:rPr><w:footnoteReference w:id="1"/></w:r>', 1).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as o:
        for n, b in files.items():
            o.writestr(n, b)


def department(dst, parent, preamble, section_two, closing_after, total, recipients):
    d = base()
    header(d, parent, "Sở Nông nghiệp và Môi trường", "Số:   33  /KH-SNNMT", "Quảng Nam, ngày 05 tháng 02 năm 2025")
    title(d, "KẾ HOẠCH", "Tập huấn kỹ năng ứng phó thiên tai cho lực lượng xung kích năm 2025")
    for line in preamble:
        body(d, line)
    body(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(d, "1. Mục đích", bold=True)
    body(d, "1.1. Nâng cao kỹ năng cho 500 thành viên lực lượng xung kích cấp xã.")
    body(d, "1.2. Tổ chức 10 lớp tập huấn tại các huyện miền núi.")
    body(d, "2. Yêu cầu", bold=True)
    body(d, "2.1. Bảo đảm an toàn, tiết kiệm, hiệu quả.")
    body(d, section_two, bold=True)
    body(d, "Tổng kinh phí: 350.000.000 đồng (Bằng chữ: Ba trăm năm mươi triệu đồng).")
    for line in closing_after:
        body(d, line)
    body(d, "Trên đây là Kế hoạch tập huấn năm 2025 của Sở Nông nghiệp và Môi trường./.")
    signature(d, recipients, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình")
    catalogue(d, "Danh mục lớp tập huấn",
              "(Kèm theo Kế hoạch số 33/KH-SNNMT ngày 05/02/2025 của Sở Nông nghiệp và Môi trường)",
              ["STT", "Địa điểm", "Số học viên", "Kinh phí (đồng)"],
              ["Các huyện miền núi phía Tây", ["1", "Huyện Nam Giang", "50", "35.000.000"],
               ["2", "Huyện Đông Giang", "50", "35.000.000"], total])
    d.save("tmp-" + dst)
    with_footnote("tmp-" + dst, dst, "các huyện miền núi.",
                  "Gồm các huyện Nam Giang, Đông Giang, Tây Giang, Phước Sơn và Nam Trà My.")
    import os
    os.remove("tmp-" + dst)


if __name__ == "__main__":
    commune()
    department("agency-department.docx", "UBND tỉnh Quảng Nam",
               ["Căn cứ Luật Phòng, chống thiên tai năm 2013;",
                "Sở Nông nghiệp và Môi trường ban hành Kế hoạch tập huấn như sau:"],
               "II. KINH PHÍ", [], ["", "Tổng cộng", "100", "70.000.000"],
               ["- UBND tỉnh (b/c);", "- Các huyện miền núi;", "- Lưu: VT, CCTL."])
    department("agency-variants.docx", "UBND tỉnh Quảng Nam",
               ["Thực hiện Kế hoạch số 45/KH-UBND ngày 20 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh về phòng, "
                "chống thiên tai năm 2025, Sở Nông nghiệp và Môi trường ban hành Kế hoạch tập huấn như sau:"],
               "II. KINH PHÍ THỰC HIỆN", ["III. TỔ CHỨC THỰC HIỆN",
                                          "1. Phòng Kế hoạch - Tài chính bố trí kinh phí thực hiện.",
                                          "- Chi cục Thủy lợi tổ chức các lớp tập huấn."],
               ["", "CỘNG", "100", "65.000.000"],
               ["- Ủy ban nhân dân tỉnh (b/c);", "- Các huyện miền núi;", "- Lưu: VT, CCTL."])
