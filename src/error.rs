//! Error kinds and their exit codes, in one place.

use std::fmt;

/// What went wrong, as the exit code a script sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Failure,
    Usage,
    NotFound,
    Refused,
    Permission,
    Policy,
    Busy,
    BadInput,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Refused => 4,
            Kind::Permission => 5,
            Kind::Policy => 6,
            Kind::Busy => 7,
            Kind::BadInput => 8,
        }
    }
}

/// Exit code of a check that found something and was asked to say so (`--exit-code`).
pub const ATTENTION: u8 = 10;

/// A user-facing error: one `error:` line, optional detail lines and an optional `hint:`.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub details: Vec<String>,
    pub hint: Option<String>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            details: Vec::new(),
            hint: None,
        }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }
    pub fn details(mut self, details: Vec<String>) -> Error {
        self.details = details;
        self
    }
}

pub fn failure(msg: impl Into<String>) -> Error {
    Error::new(Kind::Failure, msg)
}
pub fn usage(msg: impl Into<String>) -> Error {
    Error::new(Kind::Usage, msg)
}
pub fn not_found(msg: impl Into<String>) -> Error {
    Error::new(Kind::NotFound, msg)
}
pub fn refused(msg: impl Into<String>) -> Error {
    Error::new(Kind::Refused, msg)
}
pub fn permission(msg: impl Into<String>) -> Error {
    Error::new(Kind::Permission, msg)
}
pub fn policy(msg: impl Into<String>) -> Error {
    Error::new(Kind::Policy, msg)
}
pub fn bad_input(msg: impl Into<String>) -> Error {
    Error::new(Kind::BadInput, msg)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        use rusqlite::ffi::ErrorCode;
        if let rusqlite::Error::SqliteFailure(code, _) = &e {
            match code.code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
                    return Error::new(
                        Kind::Busy,
                        "the database is busy: another svc kept it locked past the timeout",
                    )
                    .hint("retry in a moment");
                }
                ErrorCode::ReadOnly => {
                    return failure("the database file is read-only").hint(
                        "check the file's permissions or use --db to point at a writable copy",
                    );
                }
                ErrorCode::CannotOpen => {
                    return failure("cannot open the database file")
                        .hint("check that the directory exists and is writable");
                }
                ErrorCode::NotADatabase => {
                    return failure("the file is not an svc database (not SQLite)")
                        .hint("use --db to point at the database svc init created");
                }
                _ => {}
            }
        }
        failure(format!("database error: {e}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        // Output goes out only after the command's transaction committed, so a
        // reader that went away (`svc … | head`) is a normal end, as with SIGPIPE.
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        failure(format!("I/O error: {e}"))
    }
}
