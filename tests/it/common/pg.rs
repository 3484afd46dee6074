//! A fresh PostgreSQL database per test, on the machine's server. No server, no silent pass.

use sqlx::Connection;

pub struct TempDb {
    pub url: String,
    admin: String,
    name: String,
}

fn admin_url() -> String {
    std::env::var("WEGWIJZER_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

pub async fn create() -> TempDb {
    sqlx::any::install_default_drivers();
    let admin = admin_url();
    let mut conn = sqlx::AnyConnection::connect(&admin).await.unwrap_or_else(|e| {
        panic!(
            "PostgreSQL is needed for this test and is not reachable at {admin}: {e}\n  \
             install and start it (apt-get install postgresql; pg_ctlcluster --skip-systemctl-redirect 15 main start), \
             or point WEGWIJZER_TEST_POSTGRES at a server where this user may create databases"
        )
    });
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let name = format!(
        "wegwijzer_t{}_{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    );
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name}")))
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .unwrap();
    let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
    TempDb {
        url: format!("{base}/{name}"),
        admin,
        name,
    }
}

impl TempDb {
    pub async fn drop_now(self) {
        if let Ok(mut conn) = sqlx::AnyConnection::connect(&self.admin).await {
            let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name)))
                .execute(&mut conn)
                .await;
        }
    }
}
