package dev.actionloop.engine.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;

/**
 * The databases the benchmark runs on. Each side of a comparison gets its own fresh database of the
 * same kind on the same server, so neither pays for the other's history rows.
 */
enum BenchDatabase {
  H2 {
    @Override
    String url(String name) {
      return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    void create(String name) {}

    @Override
    void drop(String name) {
      try (Connection c = DriverManager.getConnection(url(name), "sa", "");
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  },

  POSTGRESQL {
    @Override
    String url(String name) {
      return PG_BASE + name;
    }

    @Override
    void create(String name) {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      admin("CREATE DATABASE " + name);
    }

    @Override
    void drop(String name) {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
      try (Connection c = DriverManager.getConnection(PG_BASE + "postgres", PG_USER, "");
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + ": " + e.getMessage(), e);
      }
    }
  };

  /** Overridable with -Dactionloop.pg.url=jdbc:postgresql://host:port/ (trailing slash). */
  static final String PG_BASE =
      System.getProperty("actionloop.pg.url", "jdbc:postgresql://127.0.0.1:5432/");

  static final String PG_USER = System.getProperty("actionloop.pg.user", "postgres");

  abstract String url(String name);

  abstract void create(String name);

  abstract void drop(String name);

  /** A pooled data source, as Camunda builds one itself from a JDBC URL. */
  DataSource dataSource(String name) {
    String driver = this == H2 ? "org.h2.Driver" : "org.postgresql.Driver";
    String user = this == H2 ? "sa" : PG_USER;
    PooledDataSource pool = new PooledDataSource(driver, url(name), user, "");
    pool.setPoolMaximumActiveConnections(10);
    pool.setPoolMaximumIdleConnections(10);
    return pool;
  }

  static BenchDatabase parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "h2" -> H2;
      case "pg", "postgres", "postgresql" -> POSTGRESQL;
      default -> throw new IllegalArgumentException("unknown database " + s + " (h2, pg)");
    };
  }
}
