//! Checks on free text and simple values typed by users or read from sheets.

/// Longest single-line field (names, phones, models).
pub const MAX_LINE: usize = 200;
/// Longest free text (descriptions, notes, resolutions).
pub const MAX_TEXT: usize = 10_000;

/// A one-line field: not blank, no control or invisible characters, not too long.
pub fn line(field: &str, value: &str) -> Result<String, String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(format!("{field} is empty"));
    }
    if v.chars().count() > MAX_LINE {
        return Err(format!("{field} is longer than {MAX_LINE} characters"));
    }
    if let Some(c) = v.chars().find(|c| c.is_control() || is_invisible(*c)) {
        return Err(format!(
            "{field} contains the control character U+{:04X}",
            c as u32
        ));
    }
    Ok(v.to_string())
}

/// Free text: may hold line breaks and tabs, nothing else invisible.
pub fn text(field: &str, value: &str) -> Result<String, String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(format!("{field} is empty"));
    }
    if v.chars().count() > MAX_TEXT {
        return Err(format!("{field} is longer than {MAX_TEXT} characters"));
    }
    if let Some(c) = v
        .chars()
        .find(|c| (c.is_control() && *c != '\n' && *c != '\t') || is_invisible(*c))
    {
        return Err(format!(
            "{field} contains the control character U+{:04X}",
            c as u32
        ));
    }
    Ok(v.to_string())
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Phone numbers: digits with optional `+`, spaces and dashes; 5 to 20 digits.
pub fn phone(value: &str) -> Result<String, String> {
    let v = line("phone", value)?;
    if v.contains('*') {
        return Err(
            "phone is masked (contains *): export with --reveal to keep real numbers".into(),
        );
    }
    let digits = v.chars().filter(char::is_ascii_digit).count();
    if !v.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)) || !(5..=20).contains(&digits)
    {
        return Err(format!(
            "phone \"{v}\" is not a phone number (5 to 20 digits, + - spaces allowed)"
        ));
    }
    Ok(v)
}

pub fn email(value: &str) -> Result<String, String> {
    let v = line("email", value)?;
    if v.contains('*') {
        return Err(
            "email is masked (contains *): export with --reveal to keep real addresses".into(),
        );
    }
    match v.split_once('@') {
        Some((a, b)) if !a.is_empty() && b.contains('.') && !v.contains(' ') => Ok(v),
        _ => Err(format!("email \"{v}\" is not an e-mail address")),
    }
}

/// Money and quantities typed as text: finite, not negative, not absurd.
pub fn amount(field: &str, value: f64) -> Result<f64, String> {
    if !value.is_finite() || !(0.0..=1e12).contains(&value) {
        return Err(format!("{field} must be a number from 0 to 1000000000000"));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_lines_are_refused() {
        assert!(line("name", "").is_err());
        assert!(line("name", "a\u{0}b").is_err());
        assert!(line("name", "a\u{200b}b").is_err());
        assert!(line("name", &"x".repeat(MAX_LINE + 1)).is_err());
        assert_eq!(line("name", "  张三  ").unwrap(), "张三");
        assert!(text("d", "line1\nline2").is_ok());
        assert!(text("d", &"长".repeat(MAX_TEXT + 1)).is_err());
    }

    #[test]
    fn phones_and_emails() {
        assert!(phone("13812345678").is_ok());
        assert!(phone("+86 138-1234-5678").is_ok());
        assert!(phone("138****5678").unwrap_err().contains("--reveal"));
        assert!(phone("call me").is_err());
        assert!(phone("'; DROP TABLE customers; --").is_err());
        assert!(email("a@b.cn").is_ok());
        assert!(email("nope").is_err());
    }

    #[test]
    fn amounts() {
        assert!(amount("value", -1.0).is_err());
        assert!(amount("value", f64::INFINITY).is_err());
        assert!(amount("value", 1e13).is_err());
        assert_eq!(amount("value", 880.0).unwrap(), 880.0);
    }
}
