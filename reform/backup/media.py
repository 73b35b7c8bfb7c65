"""The uploaded files under MEDIA_ROOT: listing them for a backup, putting them back on restore."""

import os
import shutil
from pathlib import Path

from django.core.files.storage import FileSystemStorage, storages
from django.utils.translation import gettext as _

from . import BackupError

# Wagtail writes renditions (resized images) under images/ and originals under original_images/.
RENDITIONS_DIR = "images"
# Kept on restore even when the backup lacks it: the repository tracks media/.gitkeep.
KEEP = {".gitkeep"}


def media_root():
    """MEDIA_ROOT as a Path, or BackupError when the uploads do not live on this machine's disk."""
    storage = storages["default"]
    if not isinstance(storage, FileSystemStorage):
        raise BackupError(
            _(
                "Tệp media không nằm trên ổ đĩa của máy này (kho lưu trữ %(backend)s): hãy chạy với --no-media "
                "và sao lưu kho lưu trữ đối tượng bằng công cụ của nhà cung cấp (phiên bản hóa, sao chép)."
            )
            % {"backend": type(storage).__name__}
        )
    return Path(storage.location)


def iter_files(root, skip_renditions=False):
    """(absolute path, POSIX path relative to root) of every regular file, in a stable order."""
    root = Path(root)
    if not root.is_dir():
        return
    for directory, subdirectories, filenames in os.walk(root):
        relative_dir = Path(directory).relative_to(root)
        if skip_renditions and relative_dir == Path("."):
            subdirectories[:] = [name for name in subdirectories if name != RENDITIONS_DIR]
        subdirectories.sort()
        for filename in sorted(filenames):
            path = Path(directory, filename)
            # Symbolic links are left out: following one could copy files from outside MEDIA_ROOT.
            if path.is_symlink() or not path.is_file():
                continue
            yield path, (relative_dir / filename).as_posix()


def replace_all(staged_files, root):
    """Make ``root`` hold exactly ``staged_files`` ({relative path: staged absolute path}).

    Each file is moved next to its destination under a temporary name and renamed over it, so a
    reader never sees half a file; files the backup does not have are removed afterwards.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    for relative, staged in staged_files.items():
        target = root.joinpath(*relative.split("/"))
        if target.parent.exists() and not target.parent.is_dir():
            target.parent.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        temporary = target.with_name(f".{target.name}.restoring")
        shutil.move(staged, temporary)
        os.replace(temporary, target)
    removed = 0
    for path, relative in list(iter_files(root)):
        if relative not in staged_files and path.name not in KEEP:
            path.unlink()
            removed += 1
    for directory, _subdirectories, _filenames in os.walk(root, topdown=False):
        if Path(directory) != root and not os.listdir(directory):
            os.rmdir(directory)
    return removed
