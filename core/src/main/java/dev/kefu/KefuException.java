package dev.kefu;

/**
 * The base of the exceptions kefu throws when a command cannot be carried out: it was invalid,
 * the actor may not make it, or the aggregate's state does not allow it. None of them leaves
 * anything changed.
 */
public abstract class KefuException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, without personal data
   */
  protected KefuException(String message) {
    super(message);
  }
}
