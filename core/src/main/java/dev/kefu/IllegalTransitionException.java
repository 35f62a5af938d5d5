package dev.kefu;

import java.util.List;

/**
 * A lifecycle does not allow an action in the current state: closing a ticket that is not
 * resolved, responding to a closed one. Names the state, the action and the actions the state
 * allows. Nothing was changed.
 */
public final class IllegalTransitionException extends KefuException {

  private static final long serialVersionUID = 1L;

  private final String aggregateType;
  private final String aggregateId;
  private final String currentState;
  private final String action;
  private final List<String> allowedActions;

  /**
   * Creates the exception.
   *
   * @param aggregateType for example {@code "ticket"}
   * @param aggregateId the aggregate's id
   * @param currentState the state it is in
   * @param action the action attempted
   * @param allowedActions the actions the state allows
   */
  public IllegalTransitionException(
      String aggregateType, String aggregateId, String currentState, String action, List<String> allowedActions) {
    super(aggregateType + " " + aggregateId + " is " + currentState + ": cannot " + action
        + "; allowed: " + (allowedActions.isEmpty() ? "nothing" : String.join(", ", allowedActions)));
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
    this.currentState = currentState;
    this.action = action;
    this.allowedActions = List.copyOf(allowedActions);
  }

  /** @return the aggregate type */
  public String aggregateType() {
    return aggregateType;
  }

  /** @return the aggregate id */
  public String aggregateId() {
    return aggregateId;
  }

  /** @return the state the aggregate is in */
  public String currentState() {
    return currentState;
  }

  /** @return the action attempted */
  public String action() {
    return action;
  }

  /** @return the actions the current state allows */
  public List<String> allowedActions() {
    return allowedActions;
  }
}
