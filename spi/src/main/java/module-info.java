/**
 * kefu's stable contract: the immutable domain records, domain events and the ports a host
 * implements. Depends on nothing but the JDK and the Jakarta Validation API.
 */
module dev.kefu.spi {
  requires static org.immutables.value;
  requires transitive jakarta.validation;

  exports dev.kefu.spi;
  exports dev.kefu.spi.complaint;
  exports dev.kefu.spi.customer;
  exports dev.kefu.spi.event;
  exports dev.kefu.spi.notification;
  exports dev.kefu.spi.order;
  exports dev.kefu.spi.quality;
  exports dev.kefu.spi.revisit;
  exports dev.kefu.spi.routing;
  exports dev.kefu.spi.sla;
  exports dev.kefu.spi.staff;
  exports dev.kefu.spi.store;
  exports dev.kefu.spi.ticket;

  // Hibernate Validator reads the constraints on record components through their fields; kefu-jdbc's
  // JsonCodec builds the Immutables value types through their private builder constructors.
  opens dev.kefu.spi to org.hibernate.validator, dev.kefu.jdbc;
  opens dev.kefu.spi.complaint to org.hibernate.validator, dev.kefu.jdbc;
  opens dev.kefu.spi.customer to org.hibernate.validator, dev.kefu.jdbc;
  opens dev.kefu.spi.order to org.hibernate.validator, dev.kefu.jdbc;
  opens dev.kefu.spi.staff to org.hibernate.validator, dev.kefu.jdbc;
  opens dev.kefu.spi.ticket to org.hibernate.validator, dev.kefu.jdbc;

  opens dev.kefu.spi.event to dev.kefu.jdbc;
  opens dev.kefu.spi.notification to dev.kefu.jdbc;
  opens dev.kefu.spi.quality to dev.kefu.jdbc;
  opens dev.kefu.spi.revisit to dev.kefu.jdbc;
  opens dev.kefu.spi.routing to dev.kefu.jdbc;
  opens dev.kefu.spi.sla to dev.kefu.jdbc;
  opens dev.kefu.spi.store to dev.kefu.jdbc;
}
