//! Callback rules: what a recorded result does to the callback and its source.

/// A result recorded on a callback.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Outcome {
    Satisfied,
    Unsatisfied,
    Unreachable,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Satisfied => "satisfied",
            Outcome::Unsatisfied => "unsatisfied",
            Outcome::Unreachable => "unreachable",
        }
    }
}

/// What recording a result leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The callback ends as done; close the source if it is resolved.
    CloseSource,
    /// The callback ends as done; the source goes back to work.
    ReopenSource,
    /// The callback ends as done; nothing else happens.
    Done,
    /// Another attempt later: the callback stays pending.
    TryAgain { attempts: u32 },
    /// The last attempt failed: the callback ends as unreachable; close the
    /// source where the close rules allow.
    GiveUp { attempts: u32 },
}

/// Decide the effect of `outcome` after `attempts` earlier failed attempts.
pub fn effect(outcome: Outcome, attempts: u32, max_attempts: u32, reopen_on: &[String]) -> Effect {
    let reopens = reopen_on.iter().any(|r| r == outcome.as_str());
    match outcome {
        Outcome::Unreachable if reopens => Effect::ReopenSource,
        Outcome::Unreachable => {
            let attempts = attempts + 1;
            if attempts >= max_attempts {
                Effect::GiveUp { attempts }
            } else {
                Effect::TryAgain { attempts }
            }
        }
        Outcome::Satisfied => Effect::CloseSource,
        Outcome::Unsatisfied if reopens => Effect::ReopenSource,
        Outcome::Unsatisfied => Effect::Done,
    }
}

/// Scores are 1 to 5.
pub fn check_score(score: Option<i64>) -> Result<Option<i64>, String> {
    match score {
        Some(s) if !(1..=5).contains(&s) => Err(format!("score {s} is not between 1 and 5")),
        s => Ok(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reopen() -> Vec<String> {
        vec!["unsatisfied".to_string()]
    }

    #[test]
    fn effects_of_each_result() {
        assert_eq!(
            effect(Outcome::Satisfied, 0, 3, &reopen()),
            Effect::CloseSource
        );
        assert_eq!(
            effect(Outcome::Unsatisfied, 0, 3, &reopen()),
            Effect::ReopenSource
        );
        assert_eq!(effect(Outcome::Unsatisfied, 0, 3, &[]), Effect::Done);
        assert_eq!(
            effect(Outcome::Unreachable, 0, 3, &reopen()),
            Effect::TryAgain { attempts: 1 }
        );
        assert_eq!(
            effect(Outcome::Unreachable, 1, 3, &reopen()),
            Effect::TryAgain { attempts: 2 }
        );
        assert_eq!(
            effect(Outcome::Unreachable, 2, 3, &reopen()),
            Effect::GiveUp { attempts: 3 }
        );
        assert_eq!(
            effect(Outcome::Unreachable, 0, 1, &reopen()),
            Effect::GiveUp { attempts: 1 }
        );
    }

    #[test]
    fn scores() {
        assert_eq!(check_score(Some(5)), Ok(Some(5)));
        assert_eq!(check_score(None), Ok(None));
        assert!(check_score(Some(0)).is_err());
        assert!(check_score(Some(6)).is_err());
    }
}
