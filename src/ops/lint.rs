//! `svc lint`: forbidden and vague phrases in a reply, with better wording.

use crate::domain::lint::{self, Hit, HitKind};
use crate::policy::Policy;

/// What to do about a vague phrase the policy has no wording for.
const DESCRIBE: &str =
    "say exactly what fails: which part, what the customer sees or hears, since when";

pub struct Finding {
    pub hit: Hit,
    pub suggestion: String,
}

/// Every forbidden (`lint.forbidden_phrases`) and vague (`tickets.vague_phrases`)
/// phrase in `text`, each with the policy's suggested wording.
pub fn check(policy: &Policy, text: &str) -> Vec<Finding> {
    lint::lint(
        text,
        &policy.lint.forbidden_phrases,
        &policy.tickets.vague_phrases,
    )
    .into_iter()
    .map(|hit| {
        let suggestion = match policy.lint.suggestions.get(&hit.phrase) {
            Some(s) => s.clone(),
            None if hit.kind == HitKind::Vague => DESCRIBE.to_string(),
            None => "rephrase politely and offer what you will do next".to_string(),
        };
        Finding { hit, suggestion }
    })
    .collect()
}
