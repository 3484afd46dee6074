//! The services everything around the core receives: store, catalog, config, clock and the
//! per-chat locks (mailroom's Runtime). A leaf: it imports nothing from the service, the desk or
//! the channels, so they can all depend on it without depending on each other.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use crate::core::catalog::Catalog;
use crate::core::config::Config;
use crate::core::engine::{Availability, Ctx};
use crate::store::Store;

/// The time, in unix seconds. Injected, so tests can move it.
pub trait Clock: Send + Sync {
    /// Now.
    fn now(&self) -> i64;
}

/// The system clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    }
}

/// A clock that only moves when told (tests).
#[derive(Default)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock standing at `at`.
    pub fn at(at: i64) -> Self {
        Self(AtomicI64::new(at))
    }

    /// Moves the clock to `at`.
    pub fn set(&self, at: i64) {
        self.0.store(at, Ordering::SeqCst);
    }

    /// Moves the clock forward by `seconds`.
    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// One async lock per key (a chat or an adviser), so one chat's inputs are handled one at a
/// time. Locks nobody holds are dropped now and then, so the map does not grow with every chat
/// ever seen.
#[derive(Default)]
pub struct Locks {
    map: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl Locks {
    /// Past this many entries, unheld locks are dropped before a new one is added.
    const PRUNE_ABOVE: usize = 1024;

    /// Waits for the lock of `key`.
    pub async fn lock(&self, key: &str) -> tokio::sync::OwnedMutexGuard<()> {
        let m = {
            let mut map = self.map.lock().expect("lock map");
            if map.len() >= Self::PRUNE_ABOVE && !map.contains_key(key) {
                // Held locks have a guard (or a waiter) besides the map's own reference.
                map.retain(|_, m| Arc::strong_count(m) > 1);
            }
            map.entry(key.to_string()).or_default().clone()
        };
        m.lock_owned().await
    }

    /// How many locks are kept (for tests of the pruning).
    pub fn len(&self) -> usize {
        self.map.lock().expect("lock map").len()
    }

    /// Whether no lock is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The services, shared by reference across tasks.
pub struct Runtime {
    /// The database.
    pub store: Store,
    /// Flows, messages and triage.
    pub catalog: Arc<Catalog>,
    /// The office's settings.
    pub config: Arc<Config>,
    /// The time.
    pub clock: Arc<dyn Clock>,
    /// Per-chat and per-adviser locks.
    pub locks: Locks,
}

impl Runtime {
    /// Bundles the services with the system clock.
    pub fn new(catalog: Arc<Catalog>, store: Store, config: Arc<Config>) -> Self {
        Self::with_clock(catalog, store, config, Arc::new(SystemClock))
    }

    /// Bundles the services with a given clock.
    pub fn with_clock(catalog: Arc<Catalog>, store: Store, config: Arc<Config>, clock: Arc<dyn Clock>) -> Self {
        Self {
            store,
            catalog,
            config,
            clock,
            locks: Locks::default(),
        }
    }

    /// Now, by the runtime's clock.
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// What the engine reads, at time `at`.
    pub fn ctx(&self, at: i64) -> Ctx<'_> {
        Ctx {
            catalog: &self.catalog,
            rules: &self.config.queue,
            default_lang: &self.config.default_lang,
            default_region: self.config.region.as_deref(),
            desk: self.availability(at),
            buttons: true,
            today: self.config.hours.local_date_and_hour(at).0,
        }
    }

    /// Whether and when advisers answer at `at`.
    pub fn availability(&self, at: i64) -> Availability {
        let hours = &self.config.hours;
        let open = hours.is_open(at);
        let opens = (!open).then(|| hours.next_open(at)).flatten().map(|next| {
            let (weekday, time) = hours.weekday_and_time(next);
            let day = if hours.same_day(at, next) {
                "day-today".to_string()
            } else if hours.same_day(at + 86_400, next) {
                "day-tomorrow".to_string()
            } else {
                format!("day-{weekday}")
            };
            (day, time)
        });
        Availability {
            advisers: !self.config.advisers.is_empty(),
            open,
            opens,
        }
    }

    /// A message in the advisers' language (the office's default language).
    pub fn desk_text(&self, id: &str, args: &[(&str, String)]) -> String {
        self.catalog.locales.text(&self.config.default_lang, id, args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn unheld_locks_are_dropped() {
        let locks = Locks::default();
        let held = locks.lock("kept").await;
        for i in 0..3000 {
            drop(locks.lock(&format!("chat {i}")).await);
        }
        assert!(locks.len() <= Locks::PRUNE_ABOVE + 1, "{}", locks.len());
        // the held one survived every pruning
        assert!(locks.map.lock().unwrap().contains_key("kept"));
        drop(held);
    }
}
