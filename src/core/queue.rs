//! Adviser queue rules: priorities, order, deadlines, the sticky adviser. Pure.

use serde::{Deserialize, Serialize};

/// How pressing a ticket is. Declared from most to least pressing, so `min` is the most pressing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// A crisis: self-harm, violence, abuse.
    Urgent,
    /// For example a child at home for more than 4 weeks.
    High,
    /// Everything else.
    #[default]
    Normal,
}

impl Priority {
    /// Stored as a rank so the database can sort by it: 0 is most pressing.
    pub fn rank(self) -> i64 {
        self as i64
    }

    /// The priority of a stored rank; unknown ranks are normal.
    pub fn from_rank(r: i64) -> Self {
        match r {
            0 => Self::Urgent,
            1 => Self::High,
            _ => Self::Normal,
        }
    }

    /// Every priority, most pressing first.
    pub const ALL: [Priority; 3] = [Self::Urgent, Self::High, Self::Normal];

    /// The name in texts, metrics and settings.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Urgent => "urgent",
            Self::High => "high",
            Self::Normal => "normal",
        }
    }
}

/// The office's queue rules, from wegwijzer.toml `[queue]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rules {
    /// Flow tags that make a ticket high priority (e.g. the child is home more than 4 weeks).
    pub high_tags: Vec<String>,
    /// Minutes until the first adviser response is due on an urgent ticket.
    pub sla_minutes_urgent: i64,
    /// ... on a high-priority ticket.
    pub sla_minutes_high: i64,
    /// ... on a normal ticket.
    pub sla_minutes_normal: i64,
    /// A parent who writes again within this many days goes back to the same adviser.
    pub sticky_days: i64,
}

impl Default for Rules {
    fn default() -> Self {
        Self {
            high_tags: vec!["home_over_4_weeks".into()],
            sla_minutes_urgent: 15,
            sla_minutes_high: 4 * 60,
            sla_minutes_normal: 24 * 60,
            sticky_days: 30,
        }
    }
}

impl Rules {
    /// The ticket's priority: what the flow asked for, raised by the rules.
    pub fn priority(&self, asked: Priority, tags: &[String]) -> Priority {
        if tags.iter().any(|t| self.high_tags.contains(t)) {
            asked.min(Priority::High)
        } else {
            asked
        }
    }

    /// Minutes until the first adviser response is due, at this priority.
    pub fn sla_minutes(&self, priority: Priority) -> i64 {
        match priority {
            Priority::Urgent => self.sla_minutes_urgent,
            Priority::High => self.sla_minutes_high,
            Priority::Normal => self.sla_minutes_normal,
        }
    }

    /// The adviser a returning parent goes back to, if their last ticket closed recently enough.
    pub fn sticky_adviser<'a>(&self, last: Option<(&'a str, i64)>, now: i64) -> Option<&'a str> {
        let (adviser, closed_at) = last?;
        (now - closed_at <= self.sticky_days * 86_400).then_some(adviser)
    }
}

/// Queue order: most pressing first, then longest waiting.
pub fn order_key(priority: Priority, created_at: i64, id: i64) -> (i64, i64, i64) {
    (priority.rank(), created_at, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_raise_priority_never_lower() {
        let r = Rules::default();
        let tags = vec!["home_over_4_weeks".to_string()];
        assert_eq!(r.priority(Priority::Normal, &tags), Priority::High);
        assert_eq!(r.priority(Priority::Urgent, &tags), Priority::Urgent);
        assert_eq!(r.priority(Priority::Normal, &[]), Priority::Normal);
    }

    #[test]
    fn order_is_priority_then_waiting_time() {
        let mut v = [
            order_key(Priority::Normal, 10, 1),
            order_key(Priority::Urgent, 50, 2),
            order_key(Priority::High, 30, 3),
            order_key(Priority::High, 20, 4),
        ];
        v.sort();
        assert_eq!(v.iter().map(|k| k.2).collect::<Vec<_>>(), vec![2, 4, 3, 1]);
    }

    #[test]
    fn deadlines_and_sticky_adviser() {
        let r = Rules::default();
        assert_eq!(r.sla_minutes(Priority::Urgent), 15);
        let day = 86_400;
        assert_eq!(r.sticky_adviser(Some(("anna", 0)), 30 * day), Some("anna"));
        assert_eq!(r.sticky_adviser(Some(("anna", 0)), 31 * day), None);
        assert_eq!(r.sticky_adviser(None, 0), None);
    }
}
