package dev.kefu.complaint;

/** What can be done to a complaint; {@link ComplaintLifecycle} says in which states, and by whom. */
public enum ComplaintAction {
  /** Register a complaint at once (CP-2). */
  REGISTER,
  /** Assess it as not substantiated, with the explanation given to the customer (CP-3). */
  REJECT,
  /** Assess it as substantiated and name the responsible department (CP-3). */
  SUBSTANTIATE,
  /** Record the cause and the responsible party found by investigation (CP-4). */
  RECORD_CAUSE,
  /** Propose one or more resolution options (CP-5). */
  PROPOSE_RESOLUTION,
  /** Approve one option: supervisors only (CP-5). */
  APPROVE_RESOLUTION,
  /** Record that the resolution was carried out and communicated (CP-6). */
  CARRY_OUT,
  /** Record the customer's acceptance (CP-6). */
  RECORD_ACCEPTANCE,
  /** Record the customer's refusal: back to proposal (CP-6). */
  RECORD_REFUSAL,
  /** Record the revisit after handling (CP-7). */
  RECORD_REVISIT,
  /** Review and classify (CP-8). */
  REVIEW,
  /** Archive: read-only from then on (CP-9). */
  ARCHIVE,
  /** QA verifies or dismisses the record on a named agent (CP-12); does not move the complaint. */
  VERIFY_AGENT_RECORD
}
