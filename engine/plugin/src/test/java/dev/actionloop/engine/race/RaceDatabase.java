package dev.actionloop.engine.race;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The databases the race tests run on. PostgreSQL gets a database of its own, created fresh and
 * dropped afterwards, so the tests need nothing but a server (127.0.0.1:5432, user postgres, trust
 * auth; override with -Dactionloop.pg.url=jdbc:postgresql://host:port/ and -Dactionloop.pg.user).
 */
enum RaceDatabase {
  H2 {
    @Override
    String url() {
      return "jdbc:h2:mem:actionloop_race;DB_CLOSE_DELAY=-1";
    }

    @Override
    void create() {}

    @Override
    void drop() {
      run(url(), "sa", "SHUTDOWN");
    }
  },

  POSTGRESQL {
    @Override
    String url() {
      return PG_BASE + DB_NAME;
    }

    @Override
    void create() {
      drop();
      run(PG_BASE + "postgres", PG_USER, "CREATE DATABASE " + DB_NAME);
    }

    @Override
    void drop() {
      run(PG_BASE + "postgres", PG_USER, "DROP DATABASE IF EXISTS " + DB_NAME + " WITH (FORCE)");
    }
  };

  private static final String PG_BASE =
      System.getProperty("actionloop.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String PG_USER = System.getProperty("actionloop.pg.user", "postgres");
  private static final String DB_NAME = "actionloop_race";

  abstract String url();

  abstract void create();

  abstract void drop();

  /** A fresh engine on a fresh database, whose statements the race tests can hold. */
  ProcessEngine engine(String name, ProcessEnginePlugin... plugins) {
    create();
    String driver = this == H2 ? "org.h2.Driver" : "org.postgresql.Driver";
    String user = this == H2 ? "sa" : PG_USER;
    DataSource pool = new PooledDataSource(driver, url(), user, "");
    ProcessEngineConfigurationImpl cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName(name + "-" + name());
    cfg.setDataSource(StatementSeam.watch(pool));
    cfg.setDatabaseSchemaUpdate("true");
    cfg.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
    cfg.setJobExecutorActivate(false);
    // UUIDs: the default id generator fetches id blocks in a transaction of its own, which would
    // be a locking statement outside the act under test.
    cfg.setIdGenerator(new StrongUuidGenerator());
    cfg.setProcessEnginePlugins(new ArrayList<>(List.of(plugins)));
    return cfg.buildProcessEngine();
  }

  private static void run(String url, String user, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          sql + " on " + url + " failed: " + e.getMessage() + " (is the database server up?)", e);
    }
  }
}
