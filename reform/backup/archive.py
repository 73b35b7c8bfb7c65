"""The archive container: writing members with their checksums, reading them back without trusting them.

Reading never lets tarfile place a file: every member name is checked first (no absolute path, no
``..``, only regular files and directories, no duplicates, only the known top-level folders) and the
member is copied by this module under a private staging directory while its SHA-256 is computed.
Nothing outside the staging directory is touched until every member has matched the manifest.
"""

import hashlib
import io
import json
import os
import re
import tarfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from . import BackupError
from . import manifest as manifest_module

MANIFEST_NAME = "manifest.json"
DATABASE_DIR = "database"
MEDIA_DIR = "media"
CHUNK = 1024 * 1024
# A manifest only lists files; the cap keeps a hostile one from filling memory.
MANIFEST_MAX_BYTES = 64 * 1024 * 1024


def unsafe_path(name):
    return BackupError(
        _("Tệp lưu trữ chứa đường dẫn không an toàn (đường dẫn tuyệt đối hoặc có “..”): %(name)s.") % {"name": name}
    )


def check_member_name(name):
    """``name`` as a PurePosixPath inside the archive, or BackupError if it could point anywhere else."""
    if not isinstance(name, str) or not name or "\x00" in name or "\\" in name:
        raise unsafe_path(name)
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise unsafe_path(name)
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise unsafe_path(name)
    if name != MANIFEST_NAME and parts[0] not in (DATABASE_DIR, MEDIA_DIR):
        raise BackupError(_("Tệp lưu trữ có thành phần lạ: %(name)s.") % {"name": name})
    return PurePosixPath(name)


class _HashingReader:
    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


class ArchiveWriter:
    """A gzip'd tar being written; records each member's size and SHA-256 for the manifest."""

    def __init__(self, path, compresslevel=6):
        self.path = Path(path)
        self.files = []
        # Owner-only from the first byte: the archive holds password hashes and unpublished drafts.
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self._file = os.fdopen(descriptor, "wb")
        self._tar = tarfile.open(
            fileobj=self._file, mode="w:gz", compresslevel=compresslevel, format=tarfile.PAX_FORMAT
        )

    def add_file(self, source, name):
        check_member_name(name)
        with open(source, "rb") as handle:
            stat = os.fstat(handle.fileno())
            info = tarfile.TarInfo(name)
            info.size = stat.st_size
            info.mtime = int(stat.st_mtime)
            info.mode = 0o644
            # Size and checksum come from the very bytes written, so a file that changes while it
            # is read cannot leave the manifest disagreeing with the archive.
            reader = _HashingReader(handle)
            self._tar.addfile(info, reader)
        self.files.append({"path": name, "size": info.size, "sha256": reader.digest.hexdigest()})
        return info.size

    def add_manifest(self, manifest):
        data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
        info = tarfile.TarInfo(MANIFEST_NAME)
        info.size = len(data)
        info.mtime = int(time.time())
        info.mode = 0o644
        self._tar.addfile(info, io.BytesIO(data))

    def close(self):
        self._tar.close()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()

    def abort(self):
        for closable in (self._tar, self._file):
            try:
                closable.close()
            except Exception:  # noqa: S110 — already failing; the partial file is removed next
                pass
        self.path.unlink(missing_ok=True)


@dataclass
class StagedArchive:
    """An archive whose members all matched its manifest, unpacked under ``root``."""

    manifest: dict
    root: Path

    def member(self, name):
        return self.root.joinpath(*PurePosixPath(name).parts)


def extract_verified(archive_path, staging):
    """Unpack ``archive_path`` under ``staging`` and check it against its manifest.

    Raises BackupError for anything unexpected; the caller then discards ``staging``.
    """
    staging = Path(staging)
    found = {}
    manifest_bytes = None
    try:
        with tarfile.open(archive_path, mode="r|*") as tar:
            for member in tar:
                relative = check_member_name(member.name)
                if member.isdir():
                    continue
                if not member.isreg():
                    raise BackupError(
                        _("Tệp lưu trữ chứa liên kết hoặc tệp đặc biệt: %(name)s.") % {"name": member.name}
                    )
                if member.name in found or (member.name == MANIFEST_NAME and manifest_bytes is not None):
                    raise BackupError(_("Tệp lưu trữ có hai thành phần trùng tên: %(name)s.") % {"name": member.name})
                source = tar.extractfile(member)
                if member.name == MANIFEST_NAME:
                    if member.size > MANIFEST_MAX_BYTES:
                        raise BackupError(_("Bản kê (manifest.json) quá lớn; đây không phải bản sao lưu hợp lệ."))
                    manifest_bytes = source.read()
                    continue
                target = staging.joinpath(*relative.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with open(target, "xb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                os.utime(target, (member.mtime, member.mtime))
                found[member.name] = (member.size, digest.hexdigest())
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise BackupError(
            _("Không đọc được tệp lưu trữ %(path)s (hỏng, bị cắt cụt hoặc không phải bản sao lưu): %(error)s")
            % {"path": archive_path, "error": exc}
        ) from exc

    if manifest_bytes is None:
        raise BackupError(
            _("Tệp lưu trữ không có bản kê manifest.json: không phải bản sao lưu của trang, hoặc đã bị cắt cụt.")
        )
    manifest = manifest_module.parse(manifest_bytes)
    expected = {}
    for entry in manifest["files"]:
        check_member_name(entry["path"])
        if entry["path"] in expected or entry["path"] == MANIFEST_NAME:
            raise BackupError(_("Bản kê (manifest.json) ghi một tệp hai lần: %(name)s.") % {"name": entry["path"]})
        expected[entry["path"]] = (entry["size"], entry["sha256"])

    problems = []
    for name in sorted(expected.keys() - found.keys()):
        problems.append(_("thiếu %(name)s") % {"name": name})
    for name in sorted(found.keys() - expected.keys()):
        problems.append(_("thừa %(name)s (không có trong bản kê)") % {"name": name})
    for name in sorted(expected.keys() & found.keys()):
        if expected[name] != found[name]:
            problems.append(_("sai kích thước hoặc mã SHA-256: %(name)s") % {"name": name})
    if problems:
        shown = "\n".join(f"  - {problem}" for problem in problems[:20])
        more = len(problems) - 20
        if more > 0:
            shown += "\n  " + _("… và %(count)s chỗ khác") % {"count": more}
        raise BackupError(
            _("Tệp lưu trữ không khớp với bản kê của nó: bản sao lưu đã bị hỏng hoặc bị sửa.") + "\n" + shown
        )
    if manifest["database"]["file"] not in expected:
        raise BackupError(_("Bản kê không ghi tệp cơ sở dữ liệu."))
    return StagedArchive(manifest=manifest, root=staging)
