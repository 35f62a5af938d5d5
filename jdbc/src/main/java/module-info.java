/**
 * kefu-jdbc: kefu's production store on a relational database (PostgreSQL in production, H2 for
 * examples and quick starts) through a host's {@link javax.sql.DataSource}. Start at {@link
 * dev.kefu.jdbc.JdbcStorage}.
 */
module dev.kefu.jdbc {
  requires transitive dev.kefu.spi;
  requires transitive java.sql;
  // EventUpcaster hands a stored payload to the host as Jackson's tree
  requires transitive com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports dev.kefu.jdbc;
}
