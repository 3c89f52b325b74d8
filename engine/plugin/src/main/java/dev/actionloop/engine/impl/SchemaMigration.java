package dev.actionloop.engine.impl;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and migrates ActionLoop's own tables with Flyway, with its own history table, so it lives
 * beside Camunda's schema without touching it.
 */
public final class SchemaMigration {

  /** Flyway's history table for ActionLoop's migrations. */
  public static final String HISTORY_TABLE = "loop_schema_history";

  static final String LOCATION = "classpath:dev/actionloop/engine/db/migration";

  private SchemaMigration() {}

  public static void migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(new SingleCloseDataSource(dataSource))
            .table(HISTORY_TABLE)
            .locations(LOCATION)
            // the schema already holds Camunda's tables: start our history below V1
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LoopLog.schemaMigrated(result.migrationsExecuted);
  }
}
