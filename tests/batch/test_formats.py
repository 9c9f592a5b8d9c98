import io

import pytest

from nlp.batch.formats import read_docx, read_html, read_pdf, reader_for

ARTICLE = ("<html><head><meta charset='{charset}'><title>通知</title><script>var tracking = 1;</script>"
           "<style>p {{color: red}}</style></head><body>"
           "<nav><a href='/'>首页</a> | <a href='/news'>新闻中心</a></nav>"
           "<article><h1>广州市关于推动钻石产业发展的若干措施</h1>"
           "<p>一、支持企业创建自主品牌，对新获得国家级品牌的企业给予50万元奖励。</p>"
           "<p>二、鼓励开展直播电商，建设直播基地。</p></article>"
           "<footer>版权所有 2021</footer></body></html>")


@pytest.mark.parametrize("charset", ["utf-8", "gb2312", "GBK"])
def test_html_keeps_the_main_text_only(charset):
    codec = "utf-8" if charset == "utf-8" else "gb18030"
    text, encoding = read_html(ARTICLE.format(charset=charset).encode(codec))
    assert "一、支持企业创建自主品牌，对新获得国家级品牌的企业给予50万元奖励。" in text
    assert "二、鼓励开展直播电商" in text
    for boilerplate in ("首页", "新闻中心", "tracking", "color", "版权所有"):
        assert boilerplate not in text
    assert encoding == codec


def test_html_with_a_wrong_charset_is_detected():
    text, encoding = read_html(ARTICLE.format(charset="big5").encode("utf-8"))
    assert encoding == "utf-8" and "钻石产业" in text


@pytest.mark.parametrize("html", [b"<html><body><nav>Home</nav><script>x()</script></body></html>", b"   "])
def test_html_without_main_text_is_an_error(html):
    with pytest.raises(ValueError):
        read_html(html)


def test_docx_gives_paragraphs_and_tables_in_order():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("一、总体要求")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "50万元"
    document.add_paragraph("（一）支持企业创建自主品牌。")
    buffer = io.BytesIO()
    document.save(buffer)
    text, encoding = read_docx(buffer.getvalue())
    assert text == "一、总体要求\n项目\t50万元\n（一）支持企业创建自主品牌。"
    assert encoding == "docx"


def _pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in Helvetica, built by hand (offsets computed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_gives_its_text_layer():
    pytest.importorskip("pypdf")
    text, encoding = read_pdf(_pdf("Article 3 Support enterprises to build brands."))
    assert "Article 3 Support enterprises to build brands." in text and encoding == "pdf"


@pytest.mark.parametrize("reader, data, reason", [
    (read_pdf, _pdf(""), "no text layer"),
    (read_pdf, b"%PDF-1.4 garbage", "not a readable PDF"),
    (read_docx, b"PK\x03\x04 not really a zip", "not a readable .docx"),
    (read_docx, b"plain text", "not a readable .docx"),
])
def test_unreadable_documents_are_errors(reader, data, reason):
    with pytest.raises(ValueError, match=reason):
        reader(data)


@pytest.mark.parametrize("suffix, known", [(".txt", True), (".MD", True), (".htm", True), (".docx", True),
                                           (".pdf", True), (".doc", False), (".png", False), ("", False)])
def test_reader_for_knows_the_file_types(suffix, known):
    assert (reader_for(suffix) is not None) is known
