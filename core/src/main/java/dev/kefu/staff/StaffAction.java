package dev.kefu.staff;

/** What a member of staff can ask kefu to do; {@link AccessPolicy} says which roles may (ST-1). */
public enum StaffAction {
  /** Register a new customer file. */
  REGISTER_CUSTOMER,
  /** Change a customer's basic data, membership, consent or key-customer record. */
  UPDATE_CUSTOMER,
  /** Grant or withdraw VIP status by hand (CU-4). */
  SET_VIP_STATUS,
  /** Give a customer a new owning agent (CU-7). */
  ASSIGN_CUSTOMER_OWNER,
  /** Open a ticket. */
  OPEN_TICKET,
  /** Take a ticket for oneself. */
  ASSIGN_TICKET_TO_SELF,
  /** Give a ticket to someone else. */
  ASSIGN_TICKET_TO_OTHERS,
  /** Answer, wait on the customer, log a contact. */
  HANDLE_TICKET,
  /** Resolve a ticket. */
  RESOLVE_TICKET,
  /** Reopen a resolved ticket. */
  REOPEN_TICKET,
  /** Close a resolved ticket. */
  CLOSE_TICKET,
  /** Raise a traffic peak or a system incident to the shift lead (ST-14). */
  RAISE_ALERT,
  /** Hand the leaving agents' open work over to the incoming shift (ST-2). */
  HAND_OVER,
  /** Score a contact on the scorecard and give feedback (QA-1). */
  SCORE_CONTACT,
  /** Record a training-exam score (QA-2). */
  RECORD_TRAINING_EXAM,
  /** Verify or dismiss praise or criticism of an agent (TK-18). */
  VERIFY_MENTION,
  /** Assess the KPIs of the agents one leads (QA-3). */
  ASSESS_KPIS
}
