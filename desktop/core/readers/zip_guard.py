"""Checks an Office (.docx/.xlsx) zip package before any library inflates it: size, ratio, count, nesting, DTDs."""

from __future__ import annotations

import xml.parsers.expat
import zipfile
import zlib
from pathlib import Path

from ..errors import ReadError

MB = 1024 * 1024
MAX_TOTAL = 200 * MB          # all members inflated together
MAX_MEMBER = 100 * MB         # one member inflated
MAX_XML_MEMBER = 64 * MB      # a text-only document.xml is a few MB; lxml needs ~10x the part in memory
MAX_RATIO = 100               # inflated / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 4 * MB          # small XML parts compress far better than 100:1 and cost nothing
MAX_MEMBERS = 10_000
MAX_PROLOG = 1 * MB           # bytes of an XML part read before its root element must have started
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ARCHIVES = (".zip", ".7z", ".rar", ".gz", ".tgz", ".bz2", ".xz", ".tar", ".cab", ".jar")
_XML = (".xml", ".rels", ".vml")


def _bomb(kind: str, why: str, en: str) -> ReadError:
    return ReadError(f"{kind} 文件解压后过大或异常（{why}），疑似恶意构造的压缩炸弹，已拒绝导入", en)


def check_package(path: str | Path, kind: str) -> None:
    """Raise ReadError unless ``path`` is a zip package safe to hand to python-docx or openpyxl.

    ``kind`` names the format in messages, e.g. "Word .docx". Python's zipfile never inflates a member past the
    size its central directory declares, so the declared sizes bound what the libraries can allocate.
    """
    path = Path(path)
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == _OLE_MAGIC:
        if "EncryptedPackage".encode("utf-16-le") in path.read_bytes():
            raise ReadError(f"{kind} 文件已加密（设有打开密码），请在 Word/WPS/Excel 中取消密码并另存后再导入",
                            "the file is password-protected")
        raise ReadError(f"这是 Office 97-2003 旧格式的文件，扩展名却是 {kind}，请在 Word/WPS/Excel 中另存为新格式后再导入",
                        "a legacy Office file under a new-format name")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_members(infos, kind)
            for info in infos:
                if info.filename.lower().endswith(_XML):
                    _check_prolog(zf, info, kind)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError):
        raise ReadError(f"文件已损坏或不完整，无法作为 {kind} 读取，请用原程序打开后重新另存",
                        f"the {kind} file is damaged or incomplete") from None


def _check_members(infos: list[zipfile.ZipInfo], kind: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _bomb(kind, f"含 {len(infos)} 个部件，上限 {MAX_MEMBERS} 个", "too many zip members")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ReadError(f"{kind} 文件中有加密的部件，无法读取，请取消密码后另存再导入",
                            "an encrypted zip member")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ReadError(f"{kind} 文件使用了不支持的压缩方式，不像正常的 Office 文件，已拒绝导入",
                            "unexpected zip compression method")
        name = info.filename.lower()
        # Charts embed a workbook under */embeddings/; nothing here ever opens it, and its bytes count below.
        if name.endswith(_ARCHIVES) and "/embeddings/" not in f"/{name}":
            raise ReadError(f"{kind} 文件中嵌套了压缩包（{info.filename}），不像正常的 Office 文件，已拒绝导入",
                            "a nested archive inside the package")
        if info.file_size > (MAX_XML_MEMBER if name.endswith(_XML) else MAX_MEMBER):
            raise _bomb(kind, f"部件 {info.filename} 解压后达 {info.file_size // MB} MB",
                        "a zip member inflates past the limit")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bomb(kind, f"部件 {info.filename} 压缩比达 {info.file_size // max(info.compress_size, 1)} 倍",
                        "a zip member with an abnormal compression ratio")
        total += info.file_size
    if total > MAX_TOTAL:
        raise _bomb(kind, f"共 {total // MB} MB，上限 {MAX_TOTAL // MB} MB",
                    "the package inflates past the limit")


class _RootReached(Exception):
    pass


class _Declaration(Exception):
    pass


def _check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, kind: str) -> None:
    """Refuse a DTD or entity declaration before the root element: Office never writes one; XXE and billion
    laughs need one. Expat reads only the prolog, handling the part's encoding, comments and PIs."""
    parser = xml.parsers.expat.ParserCreate()

    def root(*_):
        raise _RootReached

    def declaration(*_):
        raise _Declaration

    parser.StartElementHandler = root
    parser.StartDoctypeDeclHandler = declaration
    parser.EntityDeclHandler = declaration
    read = 0
    with zf.open(info) as member:
        try:
            while read < MAX_PROLOG:
                chunk = member.read(64 * 1024)
                read += len(chunk)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    return
        except _RootReached:
            return
        except _Declaration:
            raise ReadError(f"{kind} 文件的部件 {info.filename} 含有 DTD/实体声明，正常的 Office 文件不会有，"
                            "疑似恶意构造（XML 外部实体或实体膨胀攻击），已拒绝导入",
                            "a DTD or entity declaration in an XML part (XXE / billion laughs)") from None
        except xml.parsers.expat.ExpatError:
            raise ReadError(f"文件已损坏或不完整，无法作为 {kind} 读取（部件 {info.filename} 不是有效的 XML）",
                            f"the {kind} file has a broken XML part") from None
    raise ReadError(f"{kind} 文件的部件 {info.filename} 开头异常（{MAX_PROLOG // MB} MB 内没有正文），已拒绝导入",
                    "an XML part whose prolog is abnormally long")
