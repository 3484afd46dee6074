//! Telegram's rate limits, respected without waiting in rounds: a message goes out as soon as
//! the overall budget (about 30 messages a second), the chat's (one a second) and, for a group,
//! the group's (20 a minute) allow. Written here rather than using teloxide's Throttle, which
//! releases queued messages in 250 ms rounds and makes every reply wait for the next round.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

/// The budgets.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Messages per second, all chats together.
    pub overall_per_sec: usize,
    /// Messages per second to one chat.
    pub chat_per_sec: usize,
    /// Messages per minute to one group or channel.
    pub group_per_min: usize,
}

impl Limits {
    /// Telegram's published limits.
    pub const TELEGRAM: Self = Self {
        overall_per_sec: 30,
        chat_per_sec: 1,
        group_per_min: 20,
    };
}

/// What was sent when, per chat and overall (only the last minute is kept).
pub struct Limiter {
    limits: Limits,
    overall: VecDeque<Instant>,
    chats: HashMap<i64, VecDeque<Instant>>,
}

impl Limiter {
    /// A limiter with these budgets.
    pub fn new(limits: Limits) -> Self {
        Self {
            limits,
            overall: VecDeque::new(),
            chats: HashMap::new(),
        }
    }

    /// How long `chat` must wait before its next message; zero means now. Does not take the
    /// budget: call [`Limiter::take`] when the message goes.
    pub fn wait(&mut self, chat: i64, now: Instant) -> Duration {
        let second = Duration::from_secs(1);
        let minute = Duration::from_secs(60);
        prune(&mut self.overall, now, second);
        let mut wait = Duration::ZERO;
        if self.overall.len() >= self.limits.overall_per_sec
            && let Some(first) = self.overall.front()
        {
            wait = wait.max(second.saturating_sub(now - *first));
        }
        if let Some(sent) = self.chats.get_mut(&chat) {
            prune(sent, now, minute);
            let last_second = sent.iter().rev().take_while(|t| now - **t < second).count();
            if last_second >= self.limits.chat_per_sec
                && let Some(t) = sent.iter().rev().nth(self.limits.chat_per_sec - 1)
            {
                wait = wait.max(second.saturating_sub(now - *t));
            }
            if chat < 0
                && sent.len() >= self.limits.group_per_min
                && let Some(t) = sent.iter().rev().nth(self.limits.group_per_min - 1)
            {
                wait = wait.max(minute.saturating_sub(now - *t));
            }
        }
        wait
    }

    /// Records a message to `chat` at `now`.
    pub fn take(&mut self, chat: i64, now: Instant) {
        self.overall.push_back(now);
        self.chats.entry(chat).or_default().push_back(now);
    }

    /// Drops chats that sent nothing in the last minute, so the map does not grow for ever.
    pub fn forget_idle(&mut self, now: Instant) {
        self.chats.retain(|_, sent| {
            prune(sent, now, Duration::from_secs(60));
            !sent.is_empty()
        });
    }
}

fn prune(q: &mut VecDeque<Instant>, now: Instant, window: Duration) {
    while q.front().is_some_and(|t| now - *t >= window) {
        q.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_waits_only_for_its_own_budgets() {
        let mut l = Limiter::new(Limits::TELEGRAM);
        let t0 = Instant::now();
        assert_eq!(l.wait(1, t0), Duration::ZERO);
        l.take(1, t0);
        // the same chat waits a second; another chat does not wait at all
        assert_eq!(l.wait(1, t0 + Duration::from_millis(300)), Duration::from_millis(700));
        assert_eq!(l.wait(2, t0 + Duration::from_millis(300)), Duration::ZERO);
        assert_eq!(l.wait(1, t0 + Duration::from_secs(1)), Duration::ZERO);
    }

    #[test]
    fn overall_and_group_budgets() {
        let mut l = Limiter::new(Limits::TELEGRAM);
        let t0 = Instant::now();
        for chat in 0..30 {
            l.take(100 + chat, t0);
        }
        assert_eq!(l.wait(999, t0 + Duration::from_millis(100)), Duration::from_millis(900));
        let mut l = Limiter::new(Limits::TELEGRAM);
        for i in 0..20 {
            l.take(-5, t0 + Duration::from_secs(2 * i));
        }
        // 20 in the last minute's window: the group waits until the oldest of them is a minute old
        let now = t0 + Duration::from_secs(40);
        assert_eq!(l.wait(-5, now), Duration::from_secs(20));
        l.forget_idle(t0 + Duration::from_secs(200));
        assert!(l.chats.is_empty());
    }
}
