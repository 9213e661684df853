"""Build exporters/templates/briefing.docx, our own GB/T 9704 template: A4, 37/35/28/26 mm, Chinese fonts, no theme.

python-docx's default template maps East Asian text to Japanese theme fonts and marks it en-US, so the briefing
pack starts from this one instead. Every part is written here from scratch; run it again after changing it:

    .venv/bin/python packaging/make_briefing_template.py
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "exporters" / "templates" / "briefing.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# page: A4 portrait, margins in twips (1 mm = 56.693 twips): 37, 35, 28, 26 mm; footer 24 mm puts the page
# number's dashes about 7 mm below the type area (measured in LibreOffice)
SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1361"'
        ' w:gutter="0"/><w:cols w:space="425"/></w:sectPr>')

LINE = '<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/>'  # 28.95 pt: 22 lines a page
FONTS = ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{ea}"'
         ' w:cs="Times New Roman"/>')
LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
CONDENSE = '<w:spacing w:val="-5"/>'  # −0.25 pt: 28 characters a line at 16 pt


def _style(style_id: str, name: str, ppr: str, rpr: str, kind: str = "paragraph", based: str = "Normal") -> str:
    base = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{kind}" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/>{base}'
            f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


def _rpr(east_asia: str, half_points: int, extra: str = "") -> str:
    return FONTS.format(ea=east_asia) + extra + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


INDENT2 = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'  # 左空二字 at 16 pt

STYLES = (
    HEAD + f'<w:styles {W} {R}>'
    '<w:docDefaults><w:rPrDefault><w:rPr>' + _rpr("仿宋_GB2312", 32, CONDENSE) + LANG +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' + LINE + '<w:jc w:val="both"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:widowControl w:val="0"/>' + LINE + '<w:jc w:val="both"/></w:pPr><w:rPr>' +
    _rpr("仿宋_GB2312", 32, CONDENSE) + LANG + '</w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    '</w:tblCellMar></w:tblPr></w:style>' +
    _style("BriefingTitle", "Briefing Title", LINE.replace('w:line="579"', 'w:line="700"') + '<w:jc w:val="center"/>',
           _rpr("方正小标宋简体", 44)) +
    _style("BriefingBody", "Briefing Body", INDENT2 + LINE + '<w:jc w:val="both"/>', _rpr("仿宋_GB2312", 32, CONDENSE)) +
    _style("BriefingHeading1", "Briefing Heading 1", '<w:keepNext/>' + INDENT2 + LINE,
           _rpr("黑体", 32, CONDENSE)) +
    _style("BriefingHeading2", "Briefing Heading 2", '<w:keepNext/>' + INDENT2 + LINE,
           _rpr("楷体_GB2312", 32, CONDENSE)) +
    _style("BriefingHeading3", "Briefing Heading 3", '<w:keepNext/>' + INDENT2 + LINE,
           _rpr("仿宋_GB2312", 32, CONDENSE + '<w:b/><w:bCs/>')) +
    _style("BriefingFact", "Briefing Fact", INDENT2 + LINE + '<w:jc w:val="both"/>', _rpr("仿宋_GB2312", 32, CONDENSE)) +
    _style("BriefingMark", "Briefing Mark", LINE, _rpr("黑体", 32)) +
    _style("BriefingDate", "Briefing Date", LINE + '<w:jc w:val="center"/>', _rpr("仿宋_GB2312", 32, CONDENSE)) +
    _style("BriefingTableText", "Briefing Table Text",
           '<w:spacing w:before="0" w:after="0" w:line="400" w:lineRule="exact"/><w:jc w:val="center"/>',
           _rpr("仿宋_GB2312", 28)) +
    _style("Footer", "footer", '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
           _rpr("宋体", 28)) +
    '<w:style w:type="table" w:customStyle="1" w:styleId="BriefingTable"><w:name w:val="Briefing Table"/>'
    '<w:basedOn w:val="TableNormal"/><w:tblPr><w:jc w:val="center"/><w:tblBorders>' +
    "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")) +
    '</w:tblBorders></w:tblPr></w:style>'
    '</w:styles>')

SETTINGS = (HEAD + f'<w:settings {W}><w:zoom w:percent="100"/><w:evenAndOddHeaders/>'
            '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
            ' w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')


def _font(name: str, alt: str, family: str = "modern", charset: str = "86") -> str:
    return (f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="{charset}"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="fixed"/></w:font>')


# charset 86 (GB2312) and an altName let Word find a substitute when a named font is missing
FONT_TABLE = (HEAD + f'<w:fonts {W}>' + _font("仿宋_GB2312", "仿宋") + _font("仿宋", "FangSong") +
              _font("楷体_GB2312", "楷体") + _font("楷体", "KaiTi") + _font("黑体", "SimHei") +
              _font("宋体", "SimSun") + _font("方正小标宋简体", "方正小标宋_GBK") +
              _font("Times New Roman", "Times New Roman", "roman", "00").replace("fixed", "variable") +
              '</w:fonts>')

DOCUMENT = HEAD + f'<w:document {W} {R}><w:body>{SECT}</w:body></w:document>'

CONTENT_TYPES = (
    HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
    'core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'extended-properties+xml"/>'
    '</Types>')

REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
ROOT_RELS = (
    HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
    '</Relationships>')

DOCUMENT_RELS = (
    HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/fontTable" Target="fontTable.xml"/>'
    '</Relationships>')

# no author, no company, no template path: the exporter fills in only the title
CORE = (HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator></dc:creator>'
        '<cp:lastModifiedBy></cp:lastModifiedBy><cp:revision>1</cp:revision></cp:coreProperties>')
APP = (HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>PolicyDesk</Application></Properties>')

PARTS = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "word/document.xml": DOCUMENT,
         "word/_rels/document.xml.rels": DOCUMENT_RELS, "word/styles.xml": STYLES, "word/settings.xml": SETTINGS,
         "word/fontTable.xml": FONT_TABLE, "docProps/core.xml": CORE, "docProps/app.xml": APP}


def build(out: Path = OUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))  # same bytes on every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
