/**
 * kefu's brains behind the {@link dev.kefu.Kefu} facade: customers and their owners, the ticket
 * lifecycle and routing, order events and the shop's duties, SLA clocks on business calendars,
 * complaints, revisits and surveys, staffing and its workforce maths, quality and KPIs, reports,
 * access rules, reliable notification delivery, and in-memory defaults for every port.
 */
module dev.kefu.core {
  requires transitive dev.kefu.spi;
  requires org.hibernate.validator;
  requires org.slf4j;
  requires static org.immutables.value;

  exports dev.kefu;
  exports dev.kefu.calendar;
  exports dev.kefu.complaint;
  exports dev.kefu.customer;
  exports dev.kefu.duty;
  exports dev.kefu.memory;
  exports dev.kefu.notification;
  exports dev.kefu.order;
  exports dev.kefu.quality;
  exports dev.kefu.kpi;
  exports dev.kefu.report;
  exports dev.kefu.revisit;
  exports dev.kefu.routing;
  exports dev.kefu.sla;
  exports dev.kefu.staff;
  exports dev.kefu.staffing;
  exports dev.kefu.survey;
  exports dev.kefu.ticket;
  exports dev.kefu.view;
  exports dev.kefu.workforce;

  // Hibernate Validator reads the constraints on command record components through their fields.
  opens dev.kefu to org.hibernate.validator;
  opens dev.kefu.complaint to org.hibernate.validator;
  opens dev.kefu.customer to org.hibernate.validator;
  opens dev.kefu.order to org.hibernate.validator;
  opens dev.kefu.quality to org.hibernate.validator;
  opens dev.kefu.kpi to org.hibernate.validator;
  opens dev.kefu.revisit to org.hibernate.validator;
  opens dev.kefu.routing to org.hibernate.validator;
  opens dev.kefu.staffing to org.hibernate.validator;
  opens dev.kefu.survey to org.hibernate.validator;
  opens dev.kefu.ticket to org.hibernate.validator;
}
