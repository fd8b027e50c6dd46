//! Where the program writes a file it was told to (`-o FILE`, the pages of
//! the delegates' site): only a regular file is replaced, or a new one
//! made. A device, a FIFO, a socket or a folder at that path is refused and
//! left as it was: replacing `/dev/null` by a document (as root) would break
//! the machine, and writing into a FIFO or a terminal is not writing a file
//! whole. A symbolic link is followed and the file it leads to is replaced,
//! in that file's own folder (a rename is atomic only within one file
//! system), so the link stays a link.

use crate::domain::Msg;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How many links are followed before giving up, as the kernel does (its
/// limit is 40): a loop of links leads nowhere.
const MAX_LINKS: usize = 40;

/// What stands at an output path instead of a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAFile {
    Directory,
    CharDevice,
    BlockDevice,
    Fifo,
    Socket,
    /// The process's own standard input, output or error (`/dev/stdout`,
    /// `/proc/self/fd/1` …).
    StandardStream,
}

impl NotAFile {
    /// The word the messages select on.
    fn word(self) -> &'static str {
        match self {
            NotAFile::Directory => "directory",
            NotAFile::CharDevice => "char-device",
            NotAFile::BlockDevice => "block-device",
            NotAFile::Fifo => "fifo",
            NotAFile::Socket => "socket",
            NotAFile::StandardStream => "stream",
        }
    }
}

/// Why a file was not written.
#[derive(Debug)]
pub enum OutputError {
    /// The path leads to something that is not a file; nothing was touched.
    Refused {
        /// The path as given.
        path: PathBuf,
        /// Where its links led, when it is one.
        target: Option<PathBuf>,
        what: NotAFile,
    },
    /// Writing failed; the file that was there is unchanged.
    Io(std::io::Error),
}

impl OutputError {
    /// A refusal is the input's fault (exit 2); a failed write is not (exit 1).
    pub fn is_bad_input(&self) -> bool {
        matches!(self, OutputError::Refused { .. })
    }

    /// What to tell the user, naming `path` as they gave it.
    pub fn to_msg(&self, path: &Path) -> Msg {
        match self {
            OutputError::Refused {
                what: NotAFile::StandardStream,
                ..
            } => crate::msg!("anchor-output-stream", path = path.display().to_string()),
            OutputError::Refused { target, what, .. } => crate::msg!(
                "anchor-output-not-a-file",
                path = path.display().to_string(),
                followed = if target.is_some() { "yes" } else { "no" },
                target = target.as_deref().unwrap_or(path).display().to_string(),
                what = what.word()
            ),
            OutputError::Io(e) => crate::msg!(
                "record-write-kept",
                path = path.display().to_string(),
                reason = e.to_string()
            ),
        }
    }

    /// The refusal carried inside an I/O error by [`OutputError::into_io`].
    pub fn inside(e: &std::io::Error) -> Option<&OutputError> {
        e.get_ref()?.downcast_ref::<OutputError>()
    }

    /// As an I/O error, for a caller whose errors are I/O errors (the
    /// site's folder); [`OutputError::inside`] finds the refusal again.
    pub fn into_io(self) -> std::io::Error {
        match self {
            OutputError::Io(e) => e,
            refused => std::io::Error::new(std::io::ErrorKind::InvalidInput, refused),
        }
    }
}

impl std::fmt::Display for OutputError {
    // Only for logs and the I/O error that carries it: the user is told
    // through `to_msg`, in their language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputError::Refused { path, what, .. } => {
                write!(f, "{}: not a regular file ({})", path.display(), what.word())
            }
            OutputError::Io(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for OutputError {}

impl From<std::io::Error> for OutputError {
    fn from(e: std::io::Error) -> OutputError {
        OutputError::Io(e)
    }
}

/// Where an output path leads: the regular file to replace, or the path of
/// the new file to make.
#[derive(Debug)]
pub struct Target {
    /// The file itself, after every link: the temporary file is made in its folder.
    pub path: PathBuf,
    /// What is there now: `None` when the file is to be made.
    pub existing: Option<std::fs::Metadata>,
}

/// Follows `path` to the regular file it names or would make, refusing
/// anything else. A dangling link leads to the file it names, which is made
/// there, as the shell's `>` does.
pub fn resolve(path: &Path) -> Result<Target, OutputError> {
    let mut at = path.to_path_buf();
    let mut followed = false;
    for _ in 0..=MAX_LINKS {
        // Writing "to" standard output through its name would replace the
        // file the shell redirected it to by a new one, leaving the shell's
        // own descriptor on the old, unlinked file, so that the document is
        // lost; and a pipe or a terminal cannot be replaced whole at all.
        // Standard output is the default: the user only has to omit -o.
        if is_standard_stream(&at) {
            return Err(refused(path, followed.then_some(at), NotAFile::StandardStream));
        }
        let meta = match std::fs::symlink_metadata(&at) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Target {
                    path: at,
                    existing: None,
                });
            }
            Err(e) => return Err(OutputError::Io(e)),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let link = std::fs::read_link(&at)?;
            // A relative link is read from the folder the link is in.
            at = if link.is_absolute() {
                link
            } else {
                folder_of(&at).join(link)
            };
            followed = true;
            continue;
        }
        if kind.is_file() {
            return Ok(Target {
                path: at,
                existing: Some(meta),
            });
        }
        return Err(refused(path, followed.then_some(at), not_a_file(&kind)));
    }
    // Too many links: the system's own error says so ("too many levels of
    // symbolic links").
    Err(OutputError::Io(std::fs::metadata(path).err().unwrap_or_else(|| {
        std::io::Error::other("too many levels of symbolic links")
    })))
}

fn refused(path: &Path, target: Option<PathBuf>, what: NotAFile) -> OutputError {
    OutputError::Refused {
        path: path.to_path_buf(),
        target,
        what,
    }
}

fn not_a_file(kind: &std::fs::FileType) -> NotAFile {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_dir() {
        NotAFile::Directory
    } else if kind.is_char_device() {
        NotAFile::CharDevice
    } else if kind.is_block_device() {
        NotAFile::BlockDevice
    } else if kind.is_fifo() {
        NotAFile::Fifo
    } else {
        // The one kind left on Unix.
        NotAFile::Socket
    }
}

/// The folder a path is in ("." for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether `path` names one of the process's standard streams by one of
/// the names Linux and the BSDs give them. Only the names: any other file
/// that is a terminal or a pipe is refused as a device or a FIFO anyway.
fn is_standard_stream(path: &Path) -> bool {
    let Some(text) = std::path::absolute(path)
        .ok()
        .and_then(|p| p.to_str().map(str::to_string))
    else {
        return false;
    };
    if matches!(text.as_str(), "/dev/stdin" | "/dev/stdout" | "/dev/stderr") {
        return true;
    }
    let descriptor = |rest: &str| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = text.strip_prefix("/dev/fd/") {
        return descriptor(rest);
    }
    let Some(rest) = text.strip_prefix("/proc/") else {
        return false;
    };
    // /proc/self/fd/1, /proc/thread-self/fd/1, /proc/1234/fd/1.
    match rest.split_once("/fd/") {
        Some((process, fd)) => (process == "self" || process == "thread-self" || descriptor(process)) && descriptor(fd),
        None => false,
    }
}

/// Writes `parts`, one after the other, to the regular file `path` leads
/// to, whole or not at all: into a temporary file in the same folder, made
/// durable, then renamed over it, so that a full disk or a crash leaves the
/// file that was there. The one way the program writes a file it is told
/// to write.
pub fn write_whole(path: &Path, parts: &[&[u8]]) -> Result<(), OutputError> {
    let target = resolve(path)?;
    write_to(&target, parts).map_err(OutputError::Io)
}

/// [`write_whole`] to a target already resolved.
pub fn write_to(target: &Target, parts: &[&[u8]]) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mut builder = tempfile::Builder::new();
    // Readable by all as a file written the ordinary way would be (the
    // umask still applies); a temporary file is private by default.
    builder
        .prefix(".plenary-")
        .suffix(".tmp")
        .permissions(std::fs::Permissions::from_mode(0o644));
    let mut file = builder.tempfile_in(folder_of(&target.path))?;
    for part in parts {
        file.write_all(part)?;
    }
    file.flush()?;
    file.as_file().sync_all()?;
    // A file replaced keeps its permissions.
    if let Some(old) = &target.existing {
        let mode = old.permissions().mode() & 0o7777;
        file.as_file().set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    file.persist(&target.path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_of_the_standard_streams_are_known() {
        for name in [
            "/dev/stdout",
            "/dev/stderr",
            "/dev/stdin",
            "/dev/fd/1",
            "/proc/self/fd/1",
            "/proc/thread-self/fd/2",
            "/proc/4242/fd/1",
        ] {
            assert!(is_standard_stream(Path::new(name)), "{name}");
        }
        for name in [
            "/dev/null",
            "/dev/fd/",
            "/proc/self/fdx/1",
            "/proc/x/fd/1",
            "out.html",
            "/dev/stdout2",
        ] {
            assert!(!is_standard_stream(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn a_relative_link_is_read_from_its_own_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink("real.html", dir.path().join("sub/link.html")).unwrap();
        let target = resolve(&dir.path().join("sub/link.html")).unwrap();
        assert_eq!(target.path, dir.path().join("sub/real.html"));
        assert!(target.existing.is_none(), "a dangling link leads to a file to make");
    }

    #[test]
    fn a_loop_of_links_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("b", dir.path().join("a")).unwrap();
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        let err = resolve(&dir.path().join("a")).unwrap_err();
        assert!(matches!(err, OutputError::Io(_)), "{err:?}");
    }
}
