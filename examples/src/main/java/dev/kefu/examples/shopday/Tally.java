package dev.kefu.examples.shopday;

import dev.kefu.notification.DeliveryReport;

/**
 * What the simulation counts as it goes, for the summary: the things kefu's store does not answer
 * directly (how many orders were imported rather than placed today, what the delivery runs
 * reported, how many tickets were handed over).
 *
 * <p>Not thread-safe: the simulation runs on one thread.
 */
final class Tally {

  int customersImported;
  int customersSignedUp;
  int pastOrdersImported;
  int ordersToday;
  int ordersAfterInquiry;
  int cardsSold;
  int vipGranted;
  int vipPromotedByPurchase;
  int ticketsOpened;
  int handedOver;
  int movedToVipDesk;
  int reopened;
  int deliveryRuns;
  int delivered;
  int retried;
  int parked;
  int dueWorkRuns;
  int dueWorkCompleted;
  int reclassificationRuns;
  int reclassifiedOvernight;
  int followUpsCarriedOver;
  int complaintContacts;
  int complaintsRegistered;
  int complaintsWithoutRevisit;
  int surveysDelivered;
  int surveysAnswered;
  int surveysFoundReopened;
  long pendingNotificationsAtClose;

  /**
   * Adds one delivery run's report.
   *
   * @param report what the run did
   */
  void add(DeliveryReport report) {
    deliveryRuns++;
    delivered += report.delivered();
    retried += report.retried();
    parked += report.parked();
  }
}
