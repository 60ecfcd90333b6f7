//! Masking of personal data (phone, e-mail, address) for display.

/// `13812345678` → `138****5678`; short numbers keep less.
pub fn phone(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    if n >= 7 {
        let head: String = chars[..3].iter().collect();
        let tail: String = chars[n - 4..].iter().collect();
        format!("{head}****{tail}")
    } else if n > 2 {
        format!("{}****", chars[..1].iter().collect::<String>())
    } else {
        "****".into()
    }
}

/// `zhang.san@example.com` → `z***@example.com`.
pub fn email(s: &str) -> String {
    match s.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}

/// Keep the first six characters (province and city), hide the rest.
pub fn address(s: &str) -> String {
    let n = s.chars().count();
    if n <= 6 {
        return "****".into();
    }
    let head: String = s.chars().take(6).collect();
    format!("{head}****")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(phone("13812345678"), "138****5678");
        assert_eq!(phone("12345"), "1****");
        assert_eq!(phone(""), "****");
        assert_eq!(email("zhang.san@example.com"), "z***@example.com");
        assert_eq!(email("bogus"), "***");
        assert_eq!(address("广东省深圳市南山区科技园1号"), "广东省深圳市****");
        assert_eq!(address("北京"), "****");
    }
}
