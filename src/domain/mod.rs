//! Pure rules with no I/O: calendar and durations, times, masking, validation.

pub mod budget;
pub mod calendar;
pub mod callback;
pub mod cjk;
pub mod complaint;
pub mod lint;
pub mod mask;
pub mod reorder;
pub mod report;
pub mod sla;
pub mod ticket;
pub mod time;
pub mod validate;
pub mod warranty;
