#!/usr/bin/python3
"""Plans typed the way a commune and a hospital type them (user trial 6, items 1, 2 and 5), for
ClerkTypedTest: the trial's make.py (python-docx 0.8.11), its two plans kept as they were, and a
third plan of the variants. Run from this directory: /usr/bin/python3 clerks.py

- clerk-commune.docx (the trial's w1): the preamble in one paragraph, "Căn cứ A; Căn cứ B; Ủy ban
  nhân dân xã ban hành Kế hoạch như sau:"; a point broken by Shift+Enter ("b) Đối với trường
  học:⏎kiểm tra, …"), a soft hyphen after "Nhân dân", a tab, a footnote, a landscape catalogue.
- clerk-hospital.docx (the trial's w3): the header "SỞ Y TẾ ĐẮK LẮK" / "BỆNH VIỆN ĐA KHOA⏎VÙNG TÂY
  NGUYÊN", which the text writes nowhere in ordinary case.
- clerk-variants.docx: "Căn cứ" lines of their own, the last going on into the issuing sentence;
  a parent "UBND TỈNH ĐẮK LẮK" and an issuer "TRUNG TÂM Y TẾ HUYỆN KRÔNG ANA".
- clerk-unread.docx: a one-paragraph preamble whose issuing sentence says "xây dựng", not "ban
  hành", so that it cannot be told from a citation: the paragraph is named.
"""
import copy
from docx import Document
from docx.shared import Pt, Cm, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn, nsdecls
from docx.oxml import parse_xml, OxmlElement
from docx.opc.part import Part
from docx.opc.packuri import PackURI

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def base():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
    s = d.sections[0]; s.page_width=Mm(210); s.page_height=Mm(297)
    s.top_margin=Mm(20); s.bottom_margin=Mm(20); s.left_margin=Mm(30); s.right_margin=Mm(15)
    return d

def noborders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {W}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))

def borders(t):
    t.style = 'Table Grid'

def para(cell_or_doc, text='', bold=False, italic=False, size=None, align=None):
    p = cell_or_doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def header(d, parent, issuer, number, place_date, date_field=False):
    t = d.add_table(rows=2, cols=2); noborders(t)
    c = t.cell(0,0); c.paragraphs[0].add_run(parent).font.size=Pt(13)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para(c, issuer, bold=True, size=13, align='c')
    c = t.cell(0,1); r=c.paragraphs[0].add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); r.bold=True; r.font.size=Pt(12)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(c, 'Độc lập - Tự do - Hạnh phúc', bold=True, size=13, align='c')
    c = t.cell(1,0); c.paragraphs[0].add_run(number).font.size=Pt(13); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1,1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if date_field:
        # "Hòa Phú, ngày " + DATE field with cached result
        r = p.add_run(place_date[0]); r.italic=True
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:i/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'))
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:i/></w:rPr><w:instrText xml:space="preserve"> DATE \\@ "dd \'tháng\' M \'năm\' yyyy" </w:instrText></w:r>'))
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:i/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'))
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:i/></w:rPr><w:t>{place_date[1]}</w:t></w:r>'))
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:i/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'))
    else:
        r = p.add_run(place_date); r.italic=True

def add_footnotes(d, notes):
    xml = f'<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    for i, n in enumerate(notes, 1):
        xml += f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {n}</w:t></w:r></w:p></w:footnote>'
    xml += '</w:footnotes>'
    part = Part(PackURI('/word/footnotes.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', xml.encode('utf-8'), d.part.package)
    d.part.relate_to(part, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes')

def fnref(p, i):
    p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'))

def body(d, text, bold=False):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold
    return p

def sig(d, recips, auth, pos, name):
    t = d.add_table(rows=1, cols=2); noborders(t)
    c = t.cell(0,0); r = c.paragraphs[0].add_run('Nơi nhận:'); r.bold=True; r.italic=True; r.font.size=Pt(12)
    for x in recips: c.add_paragraph().add_run(x).font.size=Pt(11)
    c = t.cell(0,1)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(auth); r.bold=True
    p = para(c, pos, bold=True, align='c'); para(c); para(c); para(c)
    para(c, name, bold=True, align='c')

def landscape_appendix(d):
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Mm(297), Mm(210)
    return sec

# ---------- W1: commune plan, typed numbering, soft hyphens, tabs, line breaks, footnote, landscape catalogue with merged cells
d = base()
header(d, 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', 'ỦY BAN NHÂN DÂN XÃ HÒA PHÚ', 'Số: 15/KH-UBND', 'Hòa Phú, ngày 12 tháng 02 năm 2025')
para(d, 'KẾ HOẠCH', bold=True, align='c')
para(d, 'Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025', bold=True, align='c')
body(d, 'Căn cứ Luật Phòng, chống thiên tai năm 2013; Căn cứ Kế hoạch số 20/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh về phòng, chống thiên tai năm 2025; Ủy ban nhân dân xã ban hành Kế hoạch như sau:')
body(d, 'I. MỤC ĐÍCH, YÊU CẦU', bold=True)
body(d, '1. Mục đích', bold=True)
p = body(d, 'Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai; giảm thiểu thiệt hại về người và tài sản của Nhân dân\u00ad trên địa bàn xã; bảo đảm an toàn cho 1.250 hộ dân vùng trũng thấp')
fnref(p, 1); p.add_run('.')
p = body(d, 'a) Đối với khu dân cư ven sông Krông Ana:\tdi dời 45 hộ trước mùa mưa lũ.')
p = body(d, 'b) Đối với trường học:'); r = p.add_run(); r.add_break(); p.add_run('kiểm tra, gia cố 06 điểm trường trước ngày 31/5/2025.')
body(d, '2. Yêu cầu', bold=True)
body(d, '- Quán triệt phương châm "bốn tại chỗ"; chủ động, kịp thời, hiệu quả.')
body(d, '+ Phân công cụ thể cho từng thành viên Ban Chỉ huy.')
body(d, 'II. NỘI DUNG', bold=True)
body(d, '1. Công tác chuẩn bị', bold=True)
body(d, 'Rà soát, cập nhật phương án ứng phó thiên tai theo các cấp độ rủi ro; chuẩn bị vật tư, phương tiện theo Danh mục tại Phụ lục kèm theo.')
body(d, '2. Kiến nghị, đề xuất', bold=True)
body(d, 'Đề nghị Ủy ban nhân dân tỉnh hỗ trợ 02 xuồng cứu hộ và 200 áo phao.')
body(d, 'Trên đây là Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025 của Ủy ban nhân dân xã Hòa Phú./.')
sig(d, ['- UBND tỉnh;', '- Ban Chỉ huy PCTT và TKCN tỉnh;', '- Đảng ủy, HĐND xã;', '- Lưu: VT, KT.'], 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An')
add_footnotes(d, ['Số liệu theo kết quả rà soát ngày 10/01/2025 của Ban Chỉ huy phòng, chống thiên tai xã.'])
landscape_appendix(d)
para(d, 'Phụ lục', bold=True, align='c')
para(d, 'DANH MỤC VẬT TƯ, PHƯƠNG TIỆN PHÒNG, CHỐNG THIÊN TAI NĂM 2025', bold=True, align='c')
para(d, '(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/02/2025 của Ủy ban nhân dân xã Hòa Phú)', italic=True, align='c')
t = d.add_table(rows=2, cols=6); borders(t)
hdr = ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Kinh phí (triệu đồng)', 'Ghi chú']
for i,h in enumerate(hdr): t.cell(0,i).text = h
# repeat header
trPr = t.rows[0]._tr.get_or_add_trPr(); trPr.append(parse_xml(f'<w:tblHeader {W}/>'))
# group row merged across
g = t.cell(1,0).merge(t.cell(1,5)); g.text = 'I. Vật tư'
items = [('Áo phao', 'chiếc', '200', '30'), ('Phao tròn', 'chiếc', '50', '7,5'), ('Đèn pin', 'chiếc', '100', '5'), ('Bao tải cát', 'bao', '5.000', '25')]
n = 0
for it in items:
    n += 1; row = t.add_row().cells; row[0].text = str(n)
    for j, v in enumerate(it): row[j+1].text = v
row = t.add_row().cells; g = row[0].merge(row[5]); g.text = 'II. Phương tiện'
for it in [('Xuồng cứu hộ', 'chiếc', '02', '300'), ('Máy phát điện', 'cái', '01', '45')]:
    n += 1; row = t.add_row().cells; row[0].text = str(n)
    for j, v in enumerate(it): row[j+1].text = v
# vertically merged note cell over last two rows
a = t.rows[-1].cells[5]; b = t.rows[-2].cells[5]; m = b.merge(a); m.text = 'Đề nghị tỉnh hỗ trợ'
row = t.add_row().cells; tot = row[0].merge(row[3]); tot.text = 'Tổng cộng'; row[4].text = '412,5'
d.save('clerk-commune.docx')

# ---------- W3: hospital plan written with articles, "Điều 1." split over runs, catalogue with repeated header, NFC/odd text
d = base()
header(d, 'SỞ Y TẾ ĐẮK LẮK', 'BỆNH VIỆN ĐA KHOA\nVÙNG TÂY NGUYÊN', 'Số: 88/KH-BV', 'Đắk Lắk, ngày 20 tháng 01 năm 2025')
para(d, 'KẾ HOẠCH', bold=True, align='c')
para(d, 'Cải tiến chất lượng bệnh viện năm 2025', bold=True, align='c')
body(d, 'Căn cứ Thông tư số 19/2013/TT-BYT ngày 12/7/2013 của Bộ Y tế hướng dẫn thực hiện quản lý chất lượng dịch vụ khám bệnh, chữa bệnh tại bệnh viện;')
body(d, 'Bệnh viện ban hành Kế hoạch cải tiến chất lượng năm 2025 như sau:')
p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
r = p.add_run('Điề'); r.bold = True
r = p.add_run('u 1'); r.bold = True
r = p.add_run('.'); r.bold = True
r = p.add_run(' Mục tiêu'); r.bold = True
body(d, '1. Điểm chất lượng bệnh viện đạt từ 3,8 trở lên theo Bộ tiêu chí 6858.')
body(d, '2. Tỷ lệ hài lòng của người bệnh nội trú đạt trên 95%.')
p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
for part in ['Đ', 'iều ', '2', '. ', 'Giải pháp']:
    r = p.add_run(part); r.bold = True
body(d, '1. Hoàn thiện hệ thống bệnh án điện tử trước ngày 30/9/2025.')
body(d, '2. Đề xuất Sở Y tế bổ sung 15 biên chế điều dưỡng.')
body(d, 'Giám đốc bệnh viện yêu cầu các khoa, phòng triển khai thực hiện./.')
sig(d, ['- Sở Y tế (b/c);', '- Ban Giám đốc;', '- Các khoa, phòng;', '- Lưu: VT, QLCL.'], 'GIÁM ĐỐC', '', 'Lê Văn Cường')
sec = d.add_section(WD_SECTION.NEW_PAGE)
para(d, 'Phụ lục', bold=True, align='c')
para(d, 'DANH MỤC ĐỀ ÁN CẢI TIẾN CHẤT LƯỢNG', bold=True, align='c')
t = d.add_table(rows=1, cols=4); borders(t)
for i,h in enumerate(['STT', 'Đề án', 'Khoa thực hiện', 'Thời gian']): t.cell(0,i).text = h
t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W}/>'))
for i in range(1, 36):
    c = t.add_row().cells; c[0].text = str(i); c[1].text = f'Đề án cải tiến số {i}: giảm thời gian chờ khám tại khoa số {i}'; c[2].text = 'Khoa Khám bệnh'; c[3].text = f'Quý {["I","II","III","IV"][i%4]}/2025'
d.save('clerk-hospital.docx')

# ---------- Variants
d = base()
header(d, 'UBND TỈNH ĐẮK LẮK', 'TRUNG TÂM Y TẾ HUYỆN KRÔNG ANA', 'Số: 07/KH-TTYT', 'Krông Ana, ngày 03 tháng 3 năm 2025')
para(d, 'KẾ HOẠCH', bold=True, align='c')
para(d, 'Tiêm chủng mở rộng năm 2025', bold=True, align='c')
body(d, 'Căn cứ Luật Khám bệnh, chữa bệnh năm 2023;')
body(d, 'Căn cứ Kế hoạch số 20/KH-SYT ngày 15/01/2025 của Sở Y tế về tiêm chủng mở rộng năm 2025; Trung tâm Y tế huyện ban hành Kế hoạch như sau:')
body(d, 'I. MỤC ĐÍCH', bold=True)
body(d, 'Bảo đảm tỷ lệ tiêm chủng đầy đủ đạt trên 95%.')
body(d, 'Trên đây là Kế hoạch tiêm chủng mở rộng năm 2025./.')
sig(d, ['- Sở Y tế;', '- Lưu: VT.'], 'GIÁM ĐỐC', '', 'Phạm Văn Dũng')
d.save('clerk-variants.docx')

d = base()
header(d, 'UBND TỈNH ĐẮK LẮK', 'TRUNG TÂM Y TẾ HUYỆN KRÔNG ANA', 'Số: 08/KH-TTYT', 'Krông Ana, ngày 04 tháng 3 năm 2025')
para(d, 'KẾ HOẠCH', bold=True, align='c')
para(d, 'Phòng, chống sốt xuất huyết năm 2025', bold=True, align='c')
body(d, 'Căn cứ Luật Khám bệnh, chữa bệnh năm 2023; Căn cứ Kế hoạch số 21/KH-SYT ngày 16/01/2025 của Sở Y tế về phòng, chống sốt xuất huyết năm 2025; Trung tâm Y tế huyện xây dựng Kế hoạch như sau:')
body(d, 'I. MỤC ĐÍCH', bold=True)
body(d, 'Giảm số ca mắc so với năm 2024.')
sig(d, ['- Sở Y tế;', '- Lưu: VT.'], 'GIÁM ĐỐC', '', 'Phạm Văn Dũng')
d.save('clerk-unread.docx')
