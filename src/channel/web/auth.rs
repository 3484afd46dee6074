//! Who is at the browser: advisers' passwords (Argon2), one-time login links, session cookies
//! (HttpOnly, SameSite=Strict, Secure behind HTTPS), CSRF tokens and a limit on login attempts.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::http::HeaderMap;

use crate::runtime::Runtime;
use crate::store;

/// The session cookie's name.
pub const COOKIE: &str = "ww_session";
/// The login form's double-submit cookie (CSRF on the login form itself).
pub const LOGIN_COOKIE: &str = "ww_login";
/// How long a session lasts.
pub const SESSION_SECONDS: i64 = 12 * 3600;
/// Failed logins allowed per name and address in [`WINDOW`].
const ATTEMPTS: usize = 5;
const WINDOW: Duration = Duration::from_secs(15 * 60);

/// A logged-in adviser.
#[derive(Debug, Clone)]
pub struct Session {
    /// Her name, as in the config.
    pub adviser: String,
    /// The token every form must carry.
    pub csrf: String,
    /// The session token's hash (for logout).
    pub token_hash: String,
}

/// An Argon2 hash of `password`, for `wegwijzer adviser password NAME`.
pub fn hash_password(password: &str) -> Result<String> {
    let salt: [u8; 16] = rand::random();
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow!("salt: {e}"))?;
    Ok(argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow!("hashing: {e}"))?
        .to_string())
}

/// Whether `password` matches the stored hash.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| argon2::Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// Failed login attempts per name and address, so a password cannot be guessed.
#[derive(Default)]
pub struct Attempts(Mutex<HashMap<String, Vec<Instant>>>);

impl Attempts {
    /// Whether `key` may try now.
    pub fn allowed(&self, key: &str) -> bool {
        let mut map = self.0.lock().expect("attempts");
        let now = Instant::now();
        map.retain(|_, v| {
            v.retain(|t| now.duration_since(*t) < WINDOW);
            !v.is_empty()
        });
        map.get(key).map_or(0, Vec::len) < ATTEMPTS
    }

    /// Records a failed attempt.
    pub fn failed(&self, key: &str) {
        self.0
            .lock()
            .expect("attempts")
            .entry(key.to_string())
            .or_default()
            .push(Instant::now());
    }
}

/// A cookie's value from the request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// A Set-Cookie header value: HttpOnly, SameSite=Strict, Secure when served over HTTPS.
pub fn set_cookie(rt: &Runtime, name: &str, value: &str, max_age: i64) -> String {
    let secure = rt.config.web_url.as_deref().is_some_and(|u| u.starts_with("https://"));
    format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The logged-in adviser, if the request carries a valid session of an adviser still in the
/// config.
pub async fn session(rt: &Runtime, headers: &HeaderMap) -> Result<Option<Session>> {
    let Some(token) = cookie(headers, COOKIE) else { return Ok(None) };
    let token_hash = store::web::hash(&token);
    let found = store::web::session(&mut *rt.store.conn().await?, &token_hash, rt.now()).await?;
    Ok(found
        .filter(|(adviser, _)| rt.config.adviser(adviser).is_some())
        .map(|(adviser, csrf)| Session { adviser, csrf, token_hash }))
}

/// Starts a session for `adviser`; returns the cookie to set.
pub async fn start(rt: &Runtime, adviser: &str) -> Result<String> {
    let (token, hash) = store::web::new_token();
    let (csrf, _) = store::web::new_token();
    store::web::add_session(&mut *rt.store.conn().await?, &hash, adviser, &csrf, rt.now() + SESSION_SECONDS).await?;
    Ok(set_cookie(rt, COOKIE, &token, SESSION_SECONDS))
}

/// Compares two tokens in constant time.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_and_tokens() {
        let h = hash_password("geheim wachtwoord").unwrap();
        assert!(h.starts_with("$argon2"));
        assert!(verify_password("geheim wachtwoord", &h));
        assert!(!verify_password("geheim", &h));
        assert!(!verify_password("x", "not a hash"));
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
        let a = Attempts::default();
        for _ in 0..ATTEMPTS {
            assert!(a.allowed("anna@1.2.3.4"));
            a.failed("anna@1.2.3.4");
        }
        assert!(!a.allowed("anna@1.2.3.4"));
        assert!(a.allowed("bram@1.2.3.4"));
        let mut h = HeaderMap::new();
        h.insert(axum::http::header::COOKIE, "a=1; ww_session=xyz; b=2".parse().unwrap());
        assert_eq!(cookie(&h, COOKIE).as_deref(), Some("xyz"));
    }
}
